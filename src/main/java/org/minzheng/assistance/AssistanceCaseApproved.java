package org.minzheng.assistance;

import java.time.LocalDate;
import java.time.YearMonth;
import org.minzheng.shared.RegionCode;
import org.springframework.modulith.events.Externalized;

/**
 * The county confirmed a case, or a township paid 临时救助 first (先行救助, {@code advance}): the
 * household is to be enrolled with {@code amountFen} (monthly for 低保 and 特困, once for 临时救助)
 * from {@code startMonth}. Carries no personal data: the event registry stores it as JSON, and when
 * externalisation is on it goes to other departments on topic {@code minzheng.assistance.approved}, keyed by
 * the six-digit county code (docs/events.md).
 */
@Externalized("minzheng.assistance.approved::#{village().value().substring(0, 6)}")
public record AssistanceCaseApproved(
        CaseNumber number,
        RegionCode village,
        Programme programme,
        long amountFen,
        YearMonth startMonth,
        LocalDate approvedOn,
        boolean advance) {}
