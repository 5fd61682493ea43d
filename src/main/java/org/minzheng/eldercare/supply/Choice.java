package org.minzheng.eldercare.supply;

/** An option of a select box. */
record Choice(long id, String label) {}
