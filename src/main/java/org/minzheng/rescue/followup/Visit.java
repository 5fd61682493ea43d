package org.minzheng.rescue.followup;

import java.time.LocalDate;

record Visit(
        long id,
        Long planId,
        LocalDate visitedOn,
        VisitWay way,
        String visitor,
        String visitorOrg,
        VisitFinding finding,
        String note,
        LocalDate nextVisitOn,
        String createdBy) {}
