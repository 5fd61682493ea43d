package org.minzheng.policy.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import org.minzheng.shared.security.DataScope;
import org.minzheng.staff.login.StaffLogins;
import org.minzheng.workbench.BackgroundJobs;
import org.minzheng.workbench.JobProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Screening over the real registry and the demo policy catalogue (rural 低保 standard 820 yuan, asset
 * limit and allowance age 80 from the demo standards), on three households built for the test.
 */
@IntegrationTest
class ScreeningTests {

    static final RegionCode VILLAGE = RegionCode.of("371602012201");
    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    static final AtomicInteger SEQUENCE =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(500));

    @Autowired
    Households households;

    @Autowired
    Screener screener;

    @Autowired
    ScreeningRuns runs;

    @Autowired
    ScreeningFindings findings;

    @Autowired
    Screening screening;

    @Autowired
    BackgroundJobs jobs;

    @Autowired
    StaffLogins logins;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    HouseholdId poor;
    HouseholdId onDibao;
    HouseholdId unknownIncome;
    String poorNumber;

    @BeforeEach
    void registerHouseholds() {
        logins.signIn("lize");
        poor = households.register(household(Set.of(), "找人甲", 1975, "找人乙", 2001));
        onDibao = households.register(household(Set.of(HouseholdCategory.DIBAO), "找人丙", 1970, "找人丁", 1940));
        unknownIncome = households.register(household(Set.of(), "找人戊", 1968, "找人己", 1999));
        SecurityContextHolder.clearContext();
        income(poor, 40_000L, 0L);
        income(onDibao, 40_000L, 0L);
        income(unknownIncome, 40_000L, null);
        poorNumber = jdbc.sql("select number from registry.households where id = :id")
                .param("id", poor.value())
                .query(String.class)
                .single();
    }

    @AfterEach
    void removeHouseholds() {
        SecurityContextHolder.clearContext();
        jdbc.sql("delete from registry.households where id in (:ids)")
                .param("ids", List.of(poor.value(), onDibao.value(), unknownIncome.value()))
                .update();
    }

    static String idBorn(int year) {
        String first17 = String.format("371625%04d0612%03d", year, SEQUENCE.incrementAndGet() % 1000);
        return first17 + IdNumber.checkChar(first17);
    }

    static NewHousehold household(
            Set<HouseholdCategory> categories, String head, int headBorn, String other, int otherBorn) {
        return new NewHousehold(
                VILLAGE,
                "找人路" + SEQUENCE.get() + "号",
                HukouType.RURAL,
                categories,
                List.of(
                        new NewPerson(
                                head,
                                IdNumber.parse(idBorn(headBorn)),
                                "02",
                                null,
                                null,
                                null,
                                WorkAbility.PARTIAL,
                                true),
                        new NewPerson(
                                other,
                                IdNumber.parse(idBorn(otherBorn)),
                                "20",
                                null,
                                null,
                                null,
                                WorkAbility.NONE,
                                false)),
                false);
    }

    /** Sets the head's and the other member's monthly income (fen, null = not collected) and no assets. */
    void income(HouseholdId household, Long headFen, Long otherFen) {
        jdbc.sql("update registry.households set assets_fen = 0 where id = :id")
                .param("id", household.value())
                .update();
        jdbc.sql(
                        "update registry.persons set monthly_income_fen = case when head then :head else :other end where household_id = :id")
                .param("id", household.value())
                .param("head", headFen)
                .param("other", otherFen)
                .update();
    }

    long screenVillage() {
        long run = runs.begin(VILLAGE, TODAY, ScreeningTrigger.ON_DEMAND, "测试").orElseThrow();
        screener.run(run, VILLAGE, TODAY, new NoProgress());
        return run;
    }

    List<String> found(long run, HouseholdId household) {
        return findings.ofHousehold(run, VILLAGE.value(), household.value()).stream()
                .map(found -> found.policyCode() + (found.forHousehold() ? "" : "/" + found.personName()))
                .toList();
    }

    @Test
    void findsThePoorHouseholdWithoutDibaoAndTheOldManOfTheDibaoHousehold() {
        long run = screenVillage();

        // 200 yuan a head is below the 820 rural standard; no category says the household receives 低保
        assertThat(found(run, poor)).contains("MZ-01").doesNotContain("MZ-13/找人甲");
        assertThat(findings.ofHousehold(run, VILLAGE.value(), poor.value()))
                .filteredOn(found -> found.policyCode().equals("MZ-01"))
                .singleElement()
                .satisfies(found -> assertThat(found.receiptKnown()).isTrue());
        // receives 低保 already; its member born 1940 is over the allowance age of 80 in a 低保 household
        assertThat(found(run, onDibao)).doesNotContain("MZ-01").contains("MZ-13/找人丁");
        // the son's income was never collected: cannot tell, so not listed for 低保
        assertThat(found(run, unknownIncome)).doesNotContain("MZ-01");

        ScreeningRunRow done = runs.find(run, new DataScope(VILLAGE)).orElseThrow();
        assertThat(done.done()).isTrue();
        assertThat(done.households()).isGreaterThanOrEqualTo(3);
        assertThat(done.findings()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void villageListShowsTheHouseholdsToTheVillageAndItsTiersOnly() throws Exception {
        screenVillage();
        String list = "/console/policy/screening/villages/" + VILLAGE.value();

        for (String user : List.of("cunwei", "lize", "bincheng", "auditor")) {
            mvc.perform(get(list).with(logins.as(user)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(poorNumber)));
        }
        mvc.perform(get(list).with(logins.as("pengli"))).andExpect(status().isNotFound());
        mvc.perform(get(list).param("policy", "MZ-13").with(logins.as("lize")))
                .andExpect(content().string(not(containsString(poorNumber))));
        mvc.perform(get(list).param("name", "找人甲").with(logins.as("lize")))
                .andExpect(content().string(containsString(poorNumber)));
        mvc.perform(get(list).param("format", "xlsx").with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
        mvc.perform(get("/console/policy/screening/villages/371602005001").with(logins.as("lize")))
                .andExpect(status().isNotFound());
    }

    @Test
    void explanationShowsTheRuleAndTheFactsItRead() throws Exception {
        screenVillage();

        mvc.perform(get("/console/policy/screening/households/{id}", poor.value())
                        .with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("城乡最低生活保障")))
                // (400 + 0) / 2 yuan a head, and the rural standard it was held against
                .andExpect(content().string(containsString("200.00")))
                .andExpect(content().string(containsString("820.00")))
                .andExpect(content().string(containsString("仍符合")));
        mvc.perform(get("/console/policy/screening/households/{id}", poor.value())
                        .with(logins.as("pengli")))
                .andExpect(status().isNotFound());
    }

    @Test
    void staffStartARunOfTheirAreaAsABackgroundJobAndVillagesMayNot() throws Exception {
        MvcResult started = mvc.perform(
                        post("/console/policy/screening/runs").with(csrf()).with(logins.as("lize")))
                .andExpect(redirectedUrlPattern("/console/jobs/*"))
                .andReturn();
        long job = Long.parseLong(started.getResponse().getRedirectedUrl().replaceAll("\\D", ""));

        BackgroundJobs.JobState state = await().atMost(Duration.ofSeconds(60))
                .until(() -> jobs.state(job).orElseThrow(), s -> s.status() != BackgroundJobs.JobStatus.RUNNING);
        assertThat(state.status()).isEqualTo(BackgroundJobs.JobStatus.SUCCEEDED);
        assertThat(state.summary()).contains("户");
        mvc.perform(get("/console/policy/screening").with(logins.as("lize")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("里则街")));

        mvc.perform(post("/console/policy/screening/runs").with(csrf()).with(logins.as("cunwei")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/policy/screening/villages/{code}/tasks", VILLAGE.value())
                        .with(csrf())
                        .with(logins.as("cunwei")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aSecondRunOverTheSameGroundWaitsForTheFirst() {
        long first =
                runs.begin(VILLAGE, TODAY, ScreeningTrigger.ON_DEMAND, "测试").orElseThrow();
        try {
            assertThat(runs.begin(VILLAGE, TODAY, ScreeningTrigger.ON_DEMAND, "测试"))
                    .isEmpty();
            assertThat(runs.begin(RegionCode.of("371602012000"), TODAY, ScreeningTrigger.ON_DEMAND, "测试"))
                    .isEmpty();
            assertThat(runs.begin(RegionCode.of("371602005001"), TODAY, ScreeningTrigger.ON_DEMAND, "测试"))
                    .hasValueSatisfying(other -> runs.fail(other));
        } finally {
            runs.fail(first);
        }
    }

    @Test
    void theNightlyRunHappensOnceEvenWhenTriggeredTwice() {
        long before = nightlyRuns();

        screening.nightly();
        screening.nightly();

        assertThat(nightlyRuns()).isEqualTo(before + 1);
        long job = jdbc.sql(
                        "select job_id from policy.screening_runs where trigger = 'NIGHTLY' order by id desc limit 1")
                .query(Long.class)
                .single();
        await().atMost(Duration.ofSeconds(120))
                .until(() -> jobs.state(job).orElseThrow().status() != BackgroundJobs.JobStatus.RUNNING);
        assertThat(jobs.state(job).orElseThrow().status()).isEqualTo(BackgroundJobs.JobStatus.SUCCEEDED);
    }

    long nightlyRuns() {
        return jdbc.sql("select count(*) from policy.screening_runs where trigger = 'NIGHTLY'")
                .query(Long.class)
                .single();
    }

    static final class NoProgress implements JobProgress {
        @Override
        public void total(long total) {}

        @Override
        public void done(long done) {}

        @Override
        public void stage(String stage) {}
    }
}
