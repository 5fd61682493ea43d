package org.minzheng.dictionary.catalog;

/** A row of the dictionary list. */
record DictionaryListing(Dictionary dictionary, int entryCount, int enabledCount) {}
