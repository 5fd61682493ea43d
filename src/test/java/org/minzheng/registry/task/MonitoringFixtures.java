package org.minzheng.registry.task;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.minzheng.registry.HouseholdCategory;
import org.minzheng.registry.HouseholdId;
import org.minzheng.registry.Households;
import org.minzheng.registry.HukouType;
import org.minzheng.registry.NewHousehold;
import org.minzheng.registry.NewPerson;
import org.minzheng.registry.Warnings.NewWarning;
import org.minzheng.registry.Warnings.WarningLevel;
import org.minzheng.registry.WorkAbility;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.RegionCode;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Households, warnings and ID numbers for the monitoring tests. ID numbers use address code 371627, which no
 * demo household and no other fixture uses; households are recognised by their address and removed after.
 */
public final class MonitoringFixtures {

    /** 里则街村委会, the village of the {@code cunwei} account. */
    public static final RegionCode LIZE_VILLAGE = RegionCode.of("371602012201");
    /** A community of 彭李街道. */
    public static final RegionCode PENGLI_COMMUNITY = RegionCode.of("371602005001");
    /** The address every fixture household has, so that a test can remove what it made. */
    public static final String ADDRESS = "监测测试路8号";

    private static final AtomicInteger SEQUENCE =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(500));

    private MonitoringFixtures() {}

    /** A registered household: its id and its head's and spouse's ID numbers. */
    public record Registered(HouseholdId id, String headIdNumber, String spouseIdNumber) {}

    public static String freshIdNumber() {
        int n = SEQUENCE.incrementAndGet();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String first17 = String.format(
                "371627%04d%02d%02d%03d",
                1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28), n % 1000);
        return first17 + IdNumber.checkChar(first17);
    }

    public static Registered aHouseholdIn(Households households, RegionCode village) {
        String head = freshIdNumber();
        String spouse = freshIdNumber();
        HouseholdId id = households.register(new NewHousehold(
                village,
                ADDRESS,
                HukouType.RURAL,
                Set.of(HouseholdCategory.DIBAO),
                List.of(
                        new NewPerson("监测户主", IdNumber.parse(head), "02", null, null, null, WorkAbility.PARTIAL, true),
                        new NewPerson("监测配偶", IdNumber.parse(spouse), "10", null, null, null, WorkAbility.NONE, false)),
                false));
        return new Registered(id, head, spouse);
    }

    public static NewWarning aLargeMedicalSpending(HouseholdId household) {
        return new NewWarning(
                household,
                null,
                "test-medical-large",
                "大额医疗支出",
                WarningLevel.ORANGE,
                "近12个月个人自付医疗费用 52,000.00 元",
                7,
                false);
    }

    /** Removes the fixture households, with their warnings and tasks. */
    public static void removeHouseholds(JdbcTemplate jdbc) {
        jdbc.update("delete from registry.households where address = ?", ADDRESS);
    }
}
