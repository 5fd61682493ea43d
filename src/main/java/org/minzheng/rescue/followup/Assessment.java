package org.minzheng.rescue.followup;

import java.time.LocalDate;
import java.util.List;

record Assessment(
        long id,
        LocalDate assessedOn,
        String assessor,
        String assessorOrg,
        List<RiskFactor> factors,
        int score,
        RiskLevel level,
        String note,
        String createdBy) {}
