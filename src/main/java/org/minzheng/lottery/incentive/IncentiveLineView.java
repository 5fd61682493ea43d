package org.minzheng.lottery.incentive;

/** A stored incentive line with the names it refers to. */
public record IncentiveLineView(
        long id,
        String ruleName,
        String ruleKind,
        String teamName,
        Long memberId,
        String memberName,
        String outletCode,
        String outletName,
        Long basisFen,
        long amountFen,
        String detail) {}
