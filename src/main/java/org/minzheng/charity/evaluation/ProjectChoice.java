package org.minzheng.charity.evaluation;

/** A visible project offered on the audit report form, with its organisation. */
record ProjectChoice(long id, String name, String organisation) {}
