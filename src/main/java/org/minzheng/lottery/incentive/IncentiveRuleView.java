package org.minzheng.lottery.incentive;

import java.time.LocalDate;

/** A stored incentive rule. */
public record IncentiveRuleView(
        long id,
        String name,
        String kind,
        String outletKind,
        Long amountFen,
        Integer ratePermille,
        LocalDate validFrom,
        LocalDate validTo,
        boolean active,
        boolean demo,
        String createdBy) {}
