package org.minzheng.eldercare.bed;

/** An elder or a provider offered in the new-bed form. */
record Choice(long id, String label) {}
