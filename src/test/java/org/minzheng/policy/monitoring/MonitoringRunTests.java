package org.minzheng.policy.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.registry.HouseholdCategory;
import org.minzheng.registry.HouseholdId;
import org.minzheng.registry.Households;
import org.minzheng.registry.HukouType;
import org.minzheng.registry.NewHousehold;
import org.minzheng.registry.NewPerson;
import org.minzheng.registry.WorkAbility;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.RegionCode;
import org.minzheng.staff.login.StaffLogins;
import org.minzheng.workbench.BackgroundJobs;
import org.minzheng.workbench.BackgroundJobs.JobState;
import org.minzheng.workbench.BackgroundJobs.JobStatus;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.MultiValueMap;

/**
 * Monitoring rules firing on what departments deliver: a delivery through the registry's feed import
 * reaches the listener, which raises a warning and a task once; a run over a region as a background job;
 * the nightly run on one instance at a time. Real registry beans throughout.
 */
@IntegrationTest
class MonitoringRunTests {

    /** 市中街道's 17th village: no demo household lives there. */
    static final RegionCode VILLAGE = RegionCode.of("371602001017");

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final String VEHICLE_HEADINGS = "记录编号,身份证号码,姓名,登记日期,号牌号码,车辆类型\n";

    /** Every household of these tests lives here, so that they can be removed after. */
    static final String ADDRESS = "规则监测测试路3号";

    private static final AtomicInteger SEQUENCE =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(500));

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    Households households;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BackgroundJobs jobs;

    @Autowired
    MonitoringRun run;

    @Autowired
    NightlyMonitoring nightly;

    private final String prefix = "R" + ThreadLocalRandom.current().nextInt(1_000_000) + "-";
    private String extraRule;

    @AfterEach
    void removeWhatTheTestMade() {
        jdbc.sql("""
                        delete from policy.monitoring_findings
                        where household_id in (select id from registry.households where address = :address)
                        """).param("address", ADDRESS).update();
        jdbc.sql("delete from registry.feed_records where external_id like :prefix")
                .param("prefix", prefix + "%")
                .update();
        jdbc.sql("delete from registry.households where address = :address")
                .param("address", ADDRESS)
                .update();
        if (extraRule != null) {
            jdbc.sql("""
                    delete from policy.monitoring_rule_versions
                    where rule_id = (select id from policy.monitoring_rules where code = :code)
                    """).param("code", extraRule).update();
            jdbc.sql("delete from policy.monitoring_rules where code = :code")
                    .param("code", extraRule)
                    .update();
        }
    }

    @Test
    void aReportedDeathInADibaoHouseholdRaisesOneRedWarningWithATaskAndADeliveryAgainRaisesNoSecond() throws Exception {
        Family family = aDibaoFamily();

        upload(
                "death",
                "public-security",
                "记录编号,身份证号码,姓名,死亡日期\n" + prefix + "D1," + family.spouseIdNumber() + ",规则测试配偶," + TODAY.minusDays(3)
                        + "\n");

        await().atMost(Duration.ofSeconds(20)).until(() -> warnings(family.id(), "MEMBER-DEATH") == 1);
        Warning warning = warning(family.id(), "MEMBER-DEATH");
        assertThat(warning.personId()).isEqualTo(family.spouseId());
        assertThat(warning.level()).isEqualTo("RED");
        assertThat(warning.stopPayment()).isTrue();
        assertThat(warning.reason())
                .contains("已去世")
                .contains("低保家庭")
                .doesNotContain(family.spouseIdNumber())
                .doesNotContain("规则测试配偶");
        assertThat(jdbc.sql("""
                        select count(*) from registry.tasks
                        where household_id = :household and origin = 'WARNING' and status = 'OPEN'
                          and due_on = :due
                        """)
                        .param("household", family.id().value())
                        .param("due", TODAY.plusDays(10))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        upload(
                "death",
                "public-security",
                "记录编号,身份证号码,姓名,死亡日期\n" + prefix + "D2," + family.spouseIdNumber() + ",规则测试配偶," + TODAY.minusDays(3)
                        + "\n");
        await().atMost(Duration.ofSeconds(20)).until(() -> listenerRuns(family.id()) >= 2);
        RunTally again = run.households(Set.of(family.id()));

        assertThat(again.raised()).isZero();
        assertThat(again.alreadyKnown()).isEqualTo(1);
        assertThat(warnings(family.id(), "MEMBER-DEATH")).isEqualTo(1);
    }

    @Test
    void aClosedWarningIsNotRaisedAgainForTheSameFactsButIsWhenTheyChange() throws Exception {
        Family family = aDibaoFamily();
        upload(
                "vehicle",
                "traffic-police",
                VEHICLE_HEADINGS + prefix + "V1," + family.headIdNumber() + ",规则测试户主," + TODAY.minusDays(9)
                        + ",鲁M 2C3D4,小型轿车\n");
        await().atMost(Duration.ofSeconds(20)).until(() -> warnings(family.id(), "VEHICLE-PROPERTY") == 1);
        String assistant = logins.createAccount("mvil", VILLAGE.value(), "VILLAGE_ASSISTANT");
        long task =
                jdbc.sql("""
                        select task_id from registry.warnings
                        where household_id = :id and rule_code = 'VEHICLE-PROPERTY'
                        """).param("id", family.id().value()).query(Long.class).single();

        mvc.perform(post("/console/registry/tasks/" + task + "/complete")
                        .param("outcome", "NO_ACTION")
                        .param("note", "车辆为亲属借用登记，已核实")
                        .with(csrf())
                        .with(logins.as(assistant)))
                .andExpect(status().is3xxRedirection());
        assertThat(openWarnings(family.id(), "VEHICLE-PROPERTY")).isZero();
        RunTally sameFacts = run.households(Set.of(family.id()));

        assertThat(sameFacts.raised()).isZero();
        assertThat(sameFacts.alreadyKnown()).isEqualTo(1);
        assertThat(warnings(family.id(), "VEHICLE-PROPERTY")).isEqualTo(1);

        upload(
                "vehicle",
                "traffic-police",
                VEHICLE_HEADINGS + prefix + "V2," + family.headIdNumber() + ",规则测试户主," + TODAY.minusDays(2)
                        + ",鲁M 2C3D5,轻型货车\n");
        await().atMost(Duration.ofSeconds(20)).until(() -> openWarnings(family.id(), "VEHICLE-PROPERTY") == 1);
        assertThat(warnings(family.id(), "VEHICLE-PROPERTY")).isEqualTo(2);
        assertThat(jdbc.sql("""
                        select reason from registry.warnings
                        where household_id = :id and rule_code = 'VEHICLE-PROPERTY' and status = 'OPEN'
                        """)
                        .param("id", family.id().value())
                        .query(String.class)
                        .single())
                .contains("名下机动车数为2");
    }

    @Test
    void aDeliveryAboutAHouseholdOutsideTheRulesRaisesNothing() throws Exception {
        Family family = aFamily(Set.of(HouseholdCategory.EDGE));

        upload(
                "death",
                "public-security",
                "记录编号,身份证号码,姓名,死亡日期\n" + prefix + "D1," + family.spouseIdNumber() + ",规则测试配偶," + TODAY.minusDays(3)
                        + "\n");

        await().atMost(Duration.ofSeconds(20)).until(() -> listenerRuns(family.id()) >= 1);
        assertThat(warnings(family.id(), "MEMBER-DEATH")).isZero();
    }

    @Test
    void aRunOverTheRegionIsABackgroundJobThatRaisesWhatIsNewAndNothingTwice() throws Exception {
        Family family = aDibaoFamily();
        upload(
                "vehicle",
                "traffic-police",
                VEHICLE_HEADINGS
                        + prefix + "V1," + family.headIdNumber() + ",规则测试户主," + TODAY.minusDays(9) + ",鲁M 1A2B3,小型轿车\n"
                        + prefix + "V2," + family.headIdNumber() + ",规则测试户主," + TODAY.minusDays(8) + ",鲁M 1A2B4,小型轿车\n"
                        + prefix + "V3," + family.headIdNumber() + ",规则测试户主," + TODAY.minusDays(7)
                        + ",鲁M 1A2B5,轻型货车\n");
        await().atMost(Duration.ofSeconds(20)).until(() -> warnings(family.id(), "VEHICLE-PROPERTY") == 1);
        extraRule = "T-FLEET-" + SEQUENCE.incrementAndGet();
        mvc.perform(post(MonitoringRuleConsoleTests.BASE)
                        .params(fleetRule())
                        .with(csrf())
                        .with(logins.as("admin")))
                .andExpect(status().is3xxRedirection());
        String villageAdmin = logins.createAccount("mrun", VILLAGE.value(), "CITY_ADMIN");
        long households = jdbc.sql("select count(*) from registry.households where region_code = :village")
                .param("village", VILLAGE.value())
                .query(Long.class)
                .single();

        String location = mvc.perform(post(MonitoringRuleConsoleTests.BASE + "/run")
                        .with(csrf())
                        .with(logins.as(villageAdmin)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long job = Long.parseLong(location.substring("/console/jobs/".length()));
        JobState done = await().atMost(Duration.ofSeconds(30))
                .until(() -> jobs.state(job).orElseThrow(), state -> state.status() != JobStatus.RUNNING);

        assertThat(done.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(done.done()).isEqualTo(households);
        assertThat(done.summary()).isEqualTo("已检查 " + households + " 户，新生成预警 1 条；另有 1 条此前已发现且情况没有变化，未重复生成。");
        assertThat(done.resultPath()).isEqualTo("/console/registry/warnings");
        assertThat(warnings(family.id(), extraRule)).isEqualTo(1);
        assertThat(warnings(family.id(), "VEHICLE-PROPERTY")).isEqualTo(1);
    }

    @Test
    void theNightlyRunIsScheduledAndLockedSoThatOneInstanceStartsIt() throws Exception {
        Method start = NightlyMonitoring.class.getMethod("startNightlyRun");

        assertThat(start.getAnnotation(Scheduled.class).cron()).contains("minzheng.monitoring.nightly-cron");
        assertThat(start.getAnnotation(SchedulerLock.class).name()).isEqualTo("monitoring-nightly");
        assertThat(start.getAnnotation(SchedulerLock.class).lockAtLeastFor()).isEqualTo("PT30M");
        assertThat(AopUtils.isAopProxy(nightly)).as("ShedLock wraps the bean").isTrue();
    }

    private MultiValueMap<String, String> fleetRule() {
        var form = MonitoringRuleConsoleTests.newRule(extraRule, "名下三辆车（测试）");
        form.set("rule", "person.vehicles == 3 && 'dibao' in household.categories");
        return form;
    }

    private Family aDibaoFamily() {
        return aFamily(Set.of(HouseholdCategory.DIBAO));
    }

    private Family aFamily(Set<HouseholdCategory> categories) {
        String head = freshIdNumber();
        String spouse = freshIdNumber();
        HouseholdId id = households.register(new NewHousehold(
                VILLAGE,
                ADDRESS,
                HukouType.RURAL,
                categories,
                List.of(
                        new NewPerson(
                                "规则测试户主", IdNumber.parse(head), "02", null, null, null, WorkAbility.PARTIAL, true),
                        new NewPerson(
                                "规则测试配偶", IdNumber.parse(spouse), "10", null, null, null, WorkAbility.NONE, false)),
                false));
        long spouseId = jdbc.sql("select id from registry.persons where household_id = :id and not head")
                .param("id", id.value())
                .query(Long.class)
                .single();
        return new Family(id, head, spouse, spouseId);
    }

    /** A valid ID number with address code 371628, which no demo household and no other fixture uses. */
    private static String freshIdNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String first17 = String.format(
                "371628%04d%02d%02d%03d",
                1950 + random.nextInt(50),
                1 + random.nextInt(12),
                1 + random.nextInt(28),
                SEQUENCE.incrementAndGet() % 1000);
        return first17 + IdNumber.checkChar(first17);
    }

    private void upload(String kind, String department, String csv) throws Exception {
        mvc.perform(multipart("/console/registry/feeds/import")
                        .file(new MockMultipartFile(
                                "file", "feed.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param("kind", kind)
                        .param("department", department)
                        .with(logins.as("admin"))
                        .with(csrf()))
                .andExpect(status().isOk());
    }

    private long warnings(HouseholdId household, String rule) {
        return jdbc.sql("select count(*) from registry.warnings where household_id = :id and rule_code = :rule")
                .param("id", household.value())
                .param("rule", rule)
                .query(Long.class)
                .single();
    }

    private long openWarnings(HouseholdId household, String rule) {
        return jdbc.sql("""
                        select count(*) from registry.warnings
                        where household_id = :id and rule_code = :rule and status = 'OPEN'
                        """)
                .param("id", household.value())
                .param("rule", rule)
                .query(Long.class)
                .single();
    }

    private Warning warning(HouseholdId household, String rule) {
        return jdbc.sql("""
                        select person_id, level, stop_payment, reason from registry.warnings
                        where household_id = :id and rule_code = :rule
                        """)
                .param("id", household.value())
                .param("rule", rule)
                .query((rs, n) -> new Warning(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getString(4)))
                .single();
    }

    /** How often the monitoring listener finished with an event about this household. */
    private long listenerRuns(HouseholdId household) {
        return jdbc.sql("""
                        select count(*) from event_publication
                        where listener_id like '%DepartmentDataListener%' and completion_date is not null
                          and serialized_event ~ ('\\m' || :id || '\\M')
                        """)
                .param("id", Long.toString(household.value()))
                .query(Long.class)
                .single();
    }

    record Family(HouseholdId id, String headIdNumber, String spouseIdNumber, long spouseId) {}

    record Warning(long personId, String level, boolean stopPayment, String reason) {}
}
