package org.minzheng.charity.evaluation;

/** A charity organisation to choose on the upload form. */
record Organisation(long id, String name) {}
