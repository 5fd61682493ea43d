package org.minzheng.charity.project;

/** A project offered in a choice list. */
record ProjectChoice(long id, String name) {}
