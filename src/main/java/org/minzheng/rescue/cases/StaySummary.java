package org.minzheng.rescue.cases;

/** How many people are in care now and how many of them carry each stay flag. */
record StaySummary(
        long inCare,
        long inHospital,
        long dueSoon,
        long overdue,
        long stranded,
        long monthReached,
        long settlementDue) {}
