package org.minzheng.charity.disclosure;

/** Those who gave without agreeing to be named: only how many and how much. */
record UnnamedDonors(int donors, long totalFen) {}
