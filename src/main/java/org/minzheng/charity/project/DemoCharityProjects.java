package org.minzheng.charity.project;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.minzheng.registry.HouseholdCategory;
import org.minzheng.registry.RegistrySnapshot;
import org.minzheng.registry.RegistrySnapshot.HouseholdFacts;
import org.minzheng.shared.Masking;
import org.minzheng.shared.RegionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * DEMO DATA. Four made-up 一米阳光-style projects of the demo charity federation, three of the city and one of
 * 滨城区, with demo households of 滨城区's registry as beneficiaries; once. Budgets and periods are invented. The
 * donations, providers and evaluation demo runners look these projects up by name.
 */
@Component
@Order(74)
@ConditionalOnProperty(name = "minzheng.demo-data.enabled", havingValue = "true")
class DemoCharityProjects implements ApplicationRunner {

    static final String ORGANISATION = "滨州市慈善总会（演示）";
    static final String HOME_CARE = "一米阳光·居家安养（演示）";
    static final String SCHOOLING = "一米阳光·助学圆梦（演示）";
    static final String ILLNESS = "一米阳光·大病帮扶（演示）";
    static final String CHILDREN = "滨城区困境儿童关爱（演示）";

    private static final Logger log = LoggerFactory.getLogger(DemoCharityProjects.class);
    private static final String CITY = "371600000000";
    private static final String BINCHENG = "371602000000";
    private static final String BY = "demo";

    private final JdbcClient jdbc;
    private final RegistrySnapshot registry;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoCharityProjects(JdbcClient jdbc, RegistrySnapshot registry, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean loaded = jdbc.sql("select exists (select 1 from charity.projects where demo)")
                .query(Boolean.class)
                .single();
        if (loaded) {
            return;
        }
        transaction.executeWithoutResult(status -> load(LocalDate.now(clock)));
        log.info("Loaded the demo charity projects");
    }

    private void load(LocalDate today) {
        long organisation = jdbc.sql("""
                        insert into charity.organisations (name, contact, demo) values (:name, :contact, true)
                        on conflict (name) do update set demo = true
                        returning id
                        """)
                .param("name", ORGANISATION)
                .param("contact", "慈善总会项目部（演示）")
                .query(Long.class)
                .single();
        LocalDate yearStart = today.withDayOfYear(1);
        LocalDate yearEnd = yearStart.plusYears(1).minusDays(1);
        long homeCare = project(
                HOME_CARE,
                "为独居、失能的困难老人提供上门照护、助餐助浴和居家适老化改造，补上政府保障之外的照料缺口。",
                1_200_000_00L,
                40,
                organisation,
                CITY,
                yearStart,
                yearEnd,
                ProjectStatus.RUNNING,
                List.of("ELDERLY_ALONE_DISABLED", "DISABLED_ELDERLY_CARE"));
        long schooling = project(
                SCHOOLING,
                "资助低保、特困家庭在校学生的学习和生活费用，开展课业辅导和心理关爱。",
                600_000_00L,
                30,
                organisation,
                CITY,
                yearStart,
                yearEnd,
                ProjectStatus.RUNNING,
                List.of("SCHOOL_CHILDREN"));
        project(
                ILLNESS,
                "对医保报销和医疗救助之后仍有沉重自付费用的大病患者家庭给予补助。",
                800_000_00L,
                50,
                organisation,
                CITY,
                today.withDayOfMonth(1).plusMonths(1),
                today.withDayOfMonth(1).plusMonths(1).plus(Period.ofYears(1)).minusDays(1),
                ProjectStatus.FUNDRAISING,
                List.of("SERIOUS_ILLNESS"));
        long children = project(
                CHILDREN,
                "为滨城区困境儿童提供陪伴成长、心理疏导和学习用品帮助。",
                300_000_00L,
                20,
                organisation,
                BINCHENG,
                yearStart,
                yearEnd,
                ProjectStatus.RUNNING,
                List.of("CHILDREN_IN_DIFFICULTY"));

        List<HouseholdFacts> households = new ArrayList<>();
        registry.forEach(RegionCode.of(BINCHENG), households::add);
        Set<Long> taken = new HashSet<>();
        beneficiaries(homeCare, "ELDERLY_ALONE_DISABLED", households, taken, 25, (h, d) -> anyAged(h, d, 60, 120));
        beneficiaries(
                schooling, "SCHOOL_CHILDREN", households, taken, 20, (h, d) -> recipient(h) && anyAged(h, d, 6, 18));
        beneficiaries(children, "CHILDREN_IN_DIFFICULTY", households, taken, 12, (h, d) -> anyAged(h, d, 0, 17));
    }

    private long project(
            String name,
            String goal,
            long budgetFen,
            int target,
            long organisation,
            String region,
            LocalDate starts,
            LocalDate ends,
            ProjectStatus status,
            List<String> needs) {
        long id = jdbc.sql("""
                        insert into charity.projects (name, goal, budget_fen, target_beneficiaries, organisation_id,
                            region_code, starts_on, ends_on, status, created_by, demo)
                        values (:name, :goal, :budget, :target, :org, :region, :starts, :ends, :status, :by, true)
                        returning id
                        """)
                .param("name", name)
                .param("goal", goal)
                .param("budget", budgetFen)
                .param("target", target)
                .param("org", organisation)
                .param("region", region)
                .param("starts", starts)
                .param("ends", ends)
                .param("status", status.name())
                .param("by", BY)
                .query(Long.class)
                .single();
        for (String need : needs) {
            jdbc.sql("insert into charity.project_needs (project_id, category_code) values (:p, :c)")
                    .param("p", id)
                    .param("c", need)
                    .update();
        }
        return id;
    }

    /** Up to {@code limit} households that fit, each household in one demo project only. */
    private void beneficiaries(
            long project,
            String need,
            List<HouseholdFacts> households,
            Set<Long> taken,
            int limit,
            BiPredicate<HouseholdFacts, LocalDate> fits) {
        LocalDate today = LocalDate.now(clock);
        int added = 0;
        for (HouseholdFacts household : households) {
            if (added == limit) {
                return;
            }
            if (taken.contains(household.id().value()) || !fits.test(household, today)) {
                continue;
            }
            jdbc.sql("""
                            insert into charity.beneficiaries (project_id, household_id, category_code, region_code,
                                household_number, head_name_masked, added_by)
                            values (:p, :h, :c, :region, :number, :head, :by)
                            """)
                    .param("p", project)
                    .param("h", household.id().value())
                    .param("c", need)
                    .param("region", household.village().value())
                    .param("number", household.number())
                    .param("head", Masking.name(household.head().name()))
                    .param("by", BY)
                    .update();
            taken.add(household.id().value());
            added++;
        }
    }

    private static boolean recipient(HouseholdFacts household) {
        return household.categories().contains(HouseholdCategory.DIBAO)
                || household.categories().contains(HouseholdCategory.TEKUN);
    }

    private static boolean anyAged(HouseholdFacts household, LocalDate today, int from, int to) {
        return household.members().stream().anyMatch(m -> {
            int age = Period.between(m.birthDate(), today).getYears();
            return age >= from && age <= to;
        });
    }
}
