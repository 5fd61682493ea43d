package org.minzheng.assistance.recipient;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.minzheng.assistance.CaseNumber;
import org.minzheng.assistance.Programme;
import org.minzheng.notification.TestPhones;
import org.minzheng.registry.HukouType;
import org.minzheng.registry.WorkAbility;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.RegionCode;

/**
 * Confirmed cases for tests: made-up ID numbers (address code 371621) and case numbers dated 2000,
 * which neither the demo data nor the case sequence produce.
 */
final class RecipientFixtures {

    /** 里则街村委会, a village of 里则街道. */
    static final RegionCode LIZE_VILLAGE = RegionCode.of("371602012201");
    /** A community of 彭李街道. */
    static final RegionCode PENGLI_COMMUNITY = RegionCode.of("371602005001");

    static final long AMOUNT_FEN = 120_000;

    private static final AtomicInteger SEQUENCE =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(900_000));

    private RecipientFixtures() {}

    static String freshIdNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String first17 = String.format(
                "371621%04d%02d%02d%03d",
                1940 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000));
        return first17 + IdNumber.checkChar(first17);
    }

    static CaseNumber freshCaseNumber() {
        return new CaseNumber(String.format("MZ20000101-%06d", SEQUENCE.incrementAndGet() % 1_000_000));
    }

    static YearMonth thisMonth() {
        return YearMonth.now(ZoneId.of("Asia/Shanghai"));
    }

    static Enrolment.Member head(String name, String idNumber) {
        return new Enrolment.Member(name, IdNumber.parse(idNumber), "02", WorkAbility.PARTIAL, true);
    }

    static Enrolment.Member spouse(String name, String idNumber) {
        return new Enrolment.Member(name, IdNumber.parse(idNumber), "10", WorkAbility.NONE, false);
    }

    /** A couple of 里则街村 confirmed for 低保 this month, paid from next month, reviewed yearly. */
    static Enrolment aDibaoCouple(String headName) {
        return anEnrolment(
                Programme.DIBAO,
                LIZE_VILLAGE,
                List.of(head(headName, freshIdNumber()), spouse("测试配偶", freshIdNumber())),
                TestPhones.aMobile(),
                ReviewCycle.YEARLY);
    }

    static Enrolment anEnrolment(
            Programme programme,
            RegionCode village,
            List<Enrolment.Member> members,
            PhoneNumber phone,
            ReviewCycle cycle) {
        return new Enrolment(
                freshCaseNumber(),
                village,
                programme,
                HukouType.RURAL,
                "测试路8号",
                members,
                phone,
                AMOUNT_FEN,
                thisMonth().plusMonths(1),
                cycle,
                LocalDate.now(ZoneId.of("Asia/Shanghai")),
                "bincheng",
                false);
    }
}
