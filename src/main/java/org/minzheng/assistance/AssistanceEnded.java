package org.minzheng.assistance;

import java.time.LocalDate;
import java.time.YearMonth;
import org.minzheng.shared.RegionCode;
import org.springframework.modulith.events.Externalized;

/**
 * The county ended a running 低保 or 特困 benefit (低保办法 art. 32, 特困办法 art. 24), on its own or at a
 * periodic review. Other departments that grant on the strength of 低保 or 特困 (medical insurance, housing,
 * education) stop doing so from {@code firstMonthWithout}. Carries no personal data: the case number the
 * approval carried links the two; the clerk's free-text note stays in the register, since it may name
 * people or illnesses. Topic {@code minzheng.assistance.ended}, keyed by the six-digit county code.
 *
 * @param lastAmountFen the monthly amount paid until then
 * @param reason why, one of {@code DEATH}, {@code INCOME_ABOVE_STANDARD}, {@code MOVED_AWAY}, {@code VOLUNTARY},
 *     {@code OTHER}
 * @param decidedOn the day the county recorded the decision
 */
@Externalized("minzheng.assistance.ended::#{village().value().substring(0, 6)}")
public record AssistanceEnded(
        CaseNumber number,
        RegionCode village,
        Programme programme,
        long lastAmountFen,
        YearMonth firstMonthWithout,
        String reason,
        LocalDate decidedOn) {}
