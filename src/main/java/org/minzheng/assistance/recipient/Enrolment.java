package org.minzheng.assistance.recipient;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.minzheng.assistance.CaseNumber;
import org.minzheng.assistance.Programme;
import org.minzheng.registry.HukouType;
import org.minzheng.registry.WorkAbility;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.RegionCode;

/**
 * What a confirmed case brings to the recipients' register: the household as the home visit found
 * it, the monthly amount and the month payment starts (the month after approval, 低保办法 art. 21).
 *
 * @param monthlyAmountFen the monthly benefit; for 临时救助 the one-off amount
 * @param phone the applicant's phone, told by SMS when the benefit changes, is suspended or ends
 * @param reviewCycle how often the household is reviewed (低保办法 art. 31); null for 临时救助
 * @param demo generated demo data: the household and the recipient are marked demo too
 */
public record Enrolment(
        CaseNumber caseNumber,
        RegionCode village,
        Programme programme,
        HukouType hukouType,
        String address,
        List<Member> members,
        PhoneNumber phone,
        long monthlyAmountFen,
        YearMonth startMonth,
        ReviewCycle reviewCycle,
        LocalDate approvedOn,
        String approvedBy,
        boolean demo) {

    public Enrolment {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(village, "village");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(hukouType, "hukouType");
        Objects.requireNonNull(startMonth, "startMonth");
        members = List.copyOf(members);
        if (members.stream().filter(Member::head).count() != 1) {
            throw new IllegalArgumentException("a household has exactly one head");
        }
    }

    /** The head of the household: the applicant. */
    public Member head() {
        return members.stream().filter(Member::head).findFirst().orElseThrow();
    }

    /**
     * One person living in the household.
     *
     * @param relationship code of dictionary {@code relationship} (与户主关系), {@code 02} for the head
     * @param workAbility null when nobody assessed it yet: 临时救助 paid first, before the home visit
     */
    public record Member(String name, IdNumber idNumber, String relationship, WorkAbility workAbility, boolean head) {

        public Member {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(idNumber, "idNumber");
            Objects.requireNonNull(relationship, "relationship");
        }
    }
}
