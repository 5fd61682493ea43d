package org.minzheng.policy.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.minzheng.registry.DepartmentFacts.PersonFeedFacts;
import org.minzheng.registry.HouseholdCategory;
import org.minzheng.registry.HouseholdId;
import org.minzheng.registry.HukouType;
import org.minzheng.registry.RegistrySnapshot.HouseholdFacts;
import org.minzheng.registry.RegistrySnapshot.MemberFacts;
import org.minzheng.registry.WorkAbility;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.Sex;

/** Made-up households and department reports, built by hand so each test says exactly what it knows. */
final class MonitoringFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final RegionCode VILLAGE = RegionCode.of("371602001017");

    /** Urban and rural 低保 standards as the parameter table would give them. */
    static final Map<String, Object> STANDARDS = Map.of("local.dibao_urban", 900.0, "local.dibao_rural", 700.0);

    private static final AtomicLong IDS = new AtomicLong(9_000_000);

    private MonitoringFixtures() {}

    /** A household builder: categories, hukou and members with their own incomes (yuan a month, or null). */
    static Household aHousehold(HouseholdCategory... categories) {
        return new Household(Set.of(categories));
    }

    /** A report with nothing in it: alive, no spending, no certificate, no vehicle or home. */
    static PersonFeedFacts nothingReportedOn(long personId) {
        return new PersonFeedFacts(personId, 0, null, null, null, null, false, 0, 0);
    }

    static PersonFeedFacts medicalSpending(long personId, long yuan) {
        return new PersonFeedFacts(personId, yuan * 100, null, null, null, null, false, 0, 0);
    }

    static PersonFeedFacts died(long personId, LocalDate on) {
        return new PersonFeedFacts(personId, 0, on, null, null, null, false, 0, 0);
    }

    static PersonFeedFacts certified(long personId, int grade, LocalDate on) {
        return new PersonFeedFacts(personId, 0, null, "4", grade, on, false, 0, 0);
    }

    static PersonFeedFacts owns(long personId, int vehicles, int properties) {
        return new PersonFeedFacts(personId, 0, null, null, null, null, false, vehicles, properties);
    }

    static final class Household {
        private final Set<HouseholdCategory> categories;
        private final List<MemberFacts> members = new ArrayList<>();
        private HukouType hukou = HukouType.URBAN;

        private Household(Set<HouseholdCategory> categories) {
            this.categories = categories;
        }

        Household rural() {
            hukou = HukouType.RURAL;
            return this;
        }

        /** Adds a member aged {@code age} with this monthly income in yuan (null: not collected). */
        Household member(int age, Integer incomeYuan) {
            long id = IDS.incrementAndGet();
            members.add(new MemberFacts(
                    id,
                    "成员" + members.size(),
                    members.size() % 2 == 0 ? Sex.MALE : Sex.FEMALE,
                    TODAY.minusYears(age).minusDays(10),
                    members.isEmpty() ? "02" : "10",
                    members.isEmpty(),
                    null,
                    null,
                    WorkAbility.PARTIAL,
                    incomeYuan == null ? null : incomeYuan * 100L));
            return this;
        }

        HouseholdFacts build() {
            return new HouseholdFacts(
                    new HouseholdId(IDS.incrementAndGet()),
                    "T-" + IDS.get(),
                    VILLAGE,
                    hukou,
                    categories,
                    null,
                    members);
        }
    }
}
