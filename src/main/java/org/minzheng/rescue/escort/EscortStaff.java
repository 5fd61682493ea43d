package org.minzheng.rescue.escort;

/** A station's staff member as the escort forms offer and show them. */
record EscortStaff(long id, String name, String post, String phone) {}
