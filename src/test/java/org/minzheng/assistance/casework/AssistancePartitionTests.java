package org.minzheng.assistance.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.assistance.casework.CaseFixtures.LIZE_VILLAGE;
import static org.minzheng.assistance.casework.CaseFixtures.aDibaoCaseIn;
import static org.minzheng.assistance.casework.CaseFixtures.freshIdNumber;
import static org.minzheng.assistance.casework.CaseFixtures.freshKey;
import static org.minzheng.shared.PartitionedTables.ZHANHUA_VILLAGE;
import static org.minzheng.shared.PartitionedTables.addZhanhuaVillage;
import static org.minzheng.shared.PartitionedTables.assertPartitionedByCounty;
import static org.minzheng.shared.PartitionedTables.partitionsOf;
import static org.minzheng.shared.PartitionedTables.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.assistance.AssistanceCases;
import org.minzheng.assistance.CaseNumber;
import org.minzheng.assistance.CaseRefused;
import org.minzheng.assistance.Channel;
import org.minzheng.assistance.Programme;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases and the rows about them are hash-partitioned by county, a county's or township's inbox and counts read
 * one partition of cases, a case's rows follow its county, and a person still has one open case per programme
 * city-wide. Every test rolls back.
 */
@IntegrationTest
@Transactional
class AssistancePartitionTests {

    private static final CaseSearch EVERYTHING = new CaseSearch("", "", "", false);

    private static final Pageable PAGE = PageRequest.of(0, 50);

    @Autowired
    AssistanceCases cases;

    @Autowired
    CaseHandling handling;

    @Autowired
    CaseRepository repository;

    @Autowired
    HomeVisitRepository visits;

    @Autowired
    ObjectionRepository objections;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    private final LocalDate today = LocalDate.now(CaseService.CHINA);

    @BeforeEach
    void aVillageInAnotherCounty() {
        addZhanhuaVillage(jdbc);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void casesAndTheirRowsAreHashPartitionedByCountyIntoEightPartitions() {
        for (String table : List.of("cases", "case_steps", "case_attachments", "home_visits", "objections")) {
            assertPartitionedByCounty(jdbc, "assistance", table);
        }
    }

    @Test
    void aCaseItsStepsAttachmentsVisitAndObjectionsAreFiledUnderItsCounty() {
        long bincheng = withEverything(cases.submit(aDibaoCaseIn(LIZE_VILLAGE, freshIdNumber()), freshKey()));
        long zhanhua = withEverything(cases.submit(aDibaoCaseIn(ZHANHUA_VILLAGE, freshIdNumber()), freshKey()));

        assertThat(countiesOf(bincheng)).isEqualTo(everyTableIn("371602"));
        assertThat(countiesOf(zhanhua)).isEqualTo(everyTableIn("371603"));
        assertThat(jdbc.sql("select tableoid::regclass::text from assistance.cases where id = :id")
                        .param("id", zhanhua)
                        .query(String.class)
                        .single())
                .matches("assistance\\.cases_p\\d");
    }

    @Test
    void aCaseTransferredToAVillageOfAnotherCountyTakesItsRowsAlong() {
        CaseNumber number = cases.submit(aDibaoCaseIn(LIZE_VILLAGE, freshIdNumber()), freshKey());
        long id = withEverything(number);
        logins.signIn("lize");

        handling.transfer(number, 0, ZHANHUA_VILLAGE, "户籍在沾化区", CaseInboxTests.LIZE, today);

        assertThat(countiesOf(id)).isEqualTo(everyTableIn("371603"));
        assertThat(handling.search(EVERYTHING, new DataScope(RegionCode.of("371603")), today, PAGE)
                        .map(CaseRow::number))
                .contains(number);
        assertThat(handling.search(EVERYTHING, new DataScope(RegionCode.of("371602")), today, PAGE)
                        .map(CaseRow::number))
                .doesNotContain(number);
    }

    @Test
    void countyTownshipAndVillageInboxesReadOnePartitionOfCases() {
        for (String region : List.of("371602", "371602012", "371602012201")) {
            var scope = new DataScope(RegionCode.of(region));
            Map<String, Object> params = CaseRepository.searchParams(EVERYTHING, scope, today);
            assertThat(partitionsOf("cases", plan(jdbc, CaseRepository.pageSql(EVERYTHING, scope), params)))
                    .as("inbox of %s", region)
                    .hasSize(1);
            assertThat(partitionsOf("cases", plan(jdbc, CaseRepository.countSql(EVERYTHING, scope), params)))
                    .as("inbox count of %s", region)
                    .hasSize(1);
            assertThat(partitionsOf(
                            "cases",
                            plan(jdbc, CaseRepository.countsSql(scope), CaseRepository.countsParams(scope, today))))
                    .as("workbench counts of %s", region)
                    .hasSize(1);
        }
    }

    @Test
    void cityWideInboxReadsEveryPartitionUnlessFilteredToAVillage() {
        var city = new DataScope(RegionCode.of("3716"));
        String everything = plan(
                jdbc, CaseRepository.pageSql(EVERYTHING, city), CaseRepository.searchParams(EVERYTHING, city, today));
        assertThat(partitionsOf("cases", everything)).hasSize(8);

        var oneVillage = new CaseSearch("", "", ZHANHUA_VILLAGE.value(), false);
        String narrowed = plan(
                jdbc, CaseRepository.countSql(oneVillage, city), CaseRepository.searchParams(oneVillage, city, today));
        assertThat(partitionsOf("cases", narrowed)).hasSize(1);
    }

    @Test
    void aPersonWithAnOpenCaseInOneCountyCannotFileTheSameProgrammeInAnother() {
        String idNumber = freshIdNumber();
        CaseNumber bincheng = cases.submit(aDibaoCaseIn(LIZE_VILLAGE, idNumber), freshKey());

        assertThatThrownBy(() -> cases.submit(aDibaoCaseIn(ZHANHUA_VILLAGE, idNumber), freshKey()))
                .isInstanceOf(CaseRefused.class)
                .extracting("messageKey")
                .isEqualTo("assistance.refused.openCase");
        StoredCase filed = repository.findByNumber(bincheng).orElseThrow();
        String idIndex = jdbc.sql("select id_number_index from assistance.cases where id = :id")
                .param("id", filed.id())
                .query(String.class)
                .single();

        // The service refuses such a case before writing; this is the database's guard behind it, for two
        // clerks filing the same person in two counties at once.
        assertThatThrownBy(() -> repository.insert(new CaseRepository.NewRecord(
                        freshKey(),
                        ZHANHUA_VILLAGE,
                        Programme.DIBAO,
                        "测试申请人",
                        filed.idNumberCipher(),
                        idIndex,
                        filed.phoneCipher(),
                        filed.phoneIndex(),
                        2,
                        "同时在两县申请",
                        Channel.WALK_IN,
                        "zhanhua",
                        today)))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void aClosedCaseLeavesThePersonFreeToFileInAnotherCounty() {
        String idNumber = freshIdNumber();
        CaseNumber bincheng = cases.submit(aDibaoCaseIn(LIZE_VILLAGE, idNumber), freshKey());
        jdbc.sql("update assistance.cases set status = 'REJECTED' where number = :number")
                .param("number", bincheng.value())
                .update();

        CaseNumber zhanhua = cases.submit(aDibaoCaseIn(ZHANHUA_VILLAGE, idNumber), freshKey());

        assertThat(jdbc.sql(
                                "select o.county_code from assistance.open_cases o join assistance.cases c on c.id = o.case_id"
                                        + " where c.number in (:numbers)")
                        .param("numbers", List.of(bincheng.value(), zhanhua.value()))
                        .query(String.class)
                        .list())
                .containsExactly("371603");
    }

    /** The case's id, after giving it an attachment, a home visit and an objection besides its first step. */
    private long withEverything(CaseNumber number) {
        long id = repository.findByNumber(number).orElseThrow().id();
        repository.addAttachment(id, UUID.randomUUID());
        visits.save(
                id,
                HomeVisitRepository.NONE,
                new HomeVisitRepository.Document(
                        "RURAL", "测试地址", today, "张三、李四", List.of(), List.of(), List.of(), List.of(), null, null, null,
                        null),
                new HomeVisitRepository.Conclusion(true, 30_000, 60_000),
                "lize");
        objections.add(id, today, null, "测试异议", "lize");
        return id;
    }

    /** Each table that holds rows about the case, with the county of each of them. */
    private TreeSet<String> countiesOf(long id) {
        return new TreeSet<>(jdbc.sql("""
                        select 'cases ' || county_code from assistance.cases where id = :id
                        union all select 'case_steps ' || county_code from assistance.case_steps where case_id = :id
                        union all select 'case_attachments ' || county_code
                                  from assistance.case_attachments where case_id = :id
                        union all select 'home_visits ' || county_code from assistance.home_visits where case_id = :id
                        union all select 'objections ' || county_code from assistance.objections where case_id = :id
                        union all select 'open_cases ' || county_code from assistance.open_cases where case_id = :id
                        """).param("id", id).query(String.class).list());
    }

    private static TreeSet<String> everyTableIn(String county) {
        var expected = new TreeSet<String>();
        for (String table :
                List.of("cases", "case_steps", "case_attachments", "home_visits", "objections", "open_cases")) {
            expected.add(table + " " + county);
        }
        return expected;
    }
}
