package org.minzheng.registry.household;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.minzheng.registry.HouseholdCategory;
import org.minzheng.registry.HukouType;
import org.minzheng.registry.NewHousehold;
import org.minzheng.registry.NewPerson;
import org.minzheng.registry.WorkAbility;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.RegionCode;

/** Households for tests, with made-up ID numbers that no demo household uses (address code 371625). */
final class HouseholdFixtures {

    /** 里则街村委会, a village of 里则街道 (demo villages). */
    static final RegionCode LIZE_VILLAGE = RegionCode.of("371602012201");
    /** A community of 彭李街道. */
    static final RegionCode PENGLI_COMMUNITY = RegionCode.of("371602005001");

    private static final AtomicInteger SEQUENCE =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(400));

    private HouseholdFixtures() {}

    /** A valid, so far unused ID number of someone born in 1960–1999. */
    static String freshIdNumber() {
        int n = SEQUENCE.incrementAndGet();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String first17 = String.format(
                "371625%04d%02d%02d%03d",
                1960 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28), n % 1000);
        return first17 + IdNumber.checkChar(first17);
    }

    /** The number with its check character changed, so that only the check digit is wrong. */
    static String withWrongCheckDigit(String idNumber) {
        char check = idNumber.charAt(17);
        char wrong = check == '1' ? '2' : '1';
        return idNumber.substring(0, 17) + wrong;
    }

    static NewPerson head(String name, String idNumber) {
        return new NewPerson(name, IdNumber.parse(idNumber), "02", null, null, null, WorkAbility.PARTIAL, true);
    }

    static NewPerson member(String name, String idNumber, String relationship) {
        return new NewPerson(name, IdNumber.parse(idNumber), relationship, null, null, null, WorkAbility.NONE, false);
    }

    static NewHousehold aCoupleIn(RegionCode village, String headId, String spouseId) {
        return new NewHousehold(
                village,
                "测试路1号",
                HukouType.RURAL,
                Set.of(HouseholdCategory.DIBAO),
                List.of(head("测试户主", headId), member("测试配偶", spouseId, "10")),
                false);
    }
}
