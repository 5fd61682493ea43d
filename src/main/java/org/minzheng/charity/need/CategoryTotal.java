package org.minzheng.charity.need;

/** The needs of one category added up over the townships in scope. */
record CategoryTotal(String categoryCode, long people, long neededFen, long coveredFen, long gapFen) {}
