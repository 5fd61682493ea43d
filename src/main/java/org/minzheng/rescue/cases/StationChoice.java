package org.minzheng.rescue.cases;

/** A station the staff member may register people in. */
record StationChoice(long id, String name, String regionCode) {}
