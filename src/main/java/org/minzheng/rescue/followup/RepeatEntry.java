package org.minzheng.rescue.followup;

import java.time.LocalDate;

/** A confirmed later stay of a returnee (再次流浪), for the returnee's page. */
record RepeatEntry(
        long linkId, long caseId, String caseNumber, LocalDate admittedOn, String stationName, String method) {}
