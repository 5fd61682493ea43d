package org.minzheng.charity.disclosure;

import java.time.YearMonth;

/** A project fund's money in and out in one month. */
record MonthFlow(YearMonth month, long inFen, long outFen) {}
