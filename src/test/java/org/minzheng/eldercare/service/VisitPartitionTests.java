package org.minzheng.eldercare.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.shared.PartitionedTables.addZhanhuaVillage;
import static org.minzheng.shared.PartitionedTables.assertPartitionedByCounty;
import static org.minzheng.shared.PartitionedTables.partitionsOf;
import static org.minzheng.shared.PartitionedTables.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.shared.security.DataScope;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visits and their anomalies are hash-partitioned by the county of the elder's home, an anomaly lies in its
 * visit's county, and a county's or township's visit list reads one partition of each. Every test rolls back.
 */
@IntegrationTest
@Transactional
class VisitPartitionTests {

    /** A township of 沾化区, another county than 彭李街道 (滨城区), with a village of the test's own. */
    private static final String ZHANHUA_TOWNSHIP = "371603001";

    /** Only flagged visits, so that the list reads anomalies too. */
    private static final VisitSearch FLAGGED = new VisitSearch(YearMonth.of(2023, 4), "", "", null, true);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffLogins logins;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    VisitRepository visits;

    ServiceFixtures fixtures;
    long provider;
    long caregiver;

    @BeforeEach
    void aProviderServingTwoCounties() {
        addZhanhuaVillage(jdbc);
        fixtures = new ServiceFixtures(jdbc, logins, cipher);
        provider = fixtures.provider(ServiceFixtures.PENGLI);
        jdbc.sql("insert into eldercare.provider_areas (provider_id, township_code) values (:p, :t)")
                .param("p", provider)
                .param("t", ZHANHUA_TOWNSHIP + "000")
                .update();
        caregiver = fixtures.caregiver(provider, false).id();
    }

    @Test
    void visitsAndAnomaliesAreHashPartitionedByCountyIntoEightPartitions() {
        for (String table : List.of("visits", "visit_anomalies")) {
            assertPartitionedByCounty(jdbc, "eldercare", table);
        }
    }

    @Test
    void countyTownshipAndVillageVisitListsReadOnePartitionOfEachTable() {
        for (String region : List.of("371602", "371602005", "371602005001")) {
            var scope = new DataScope(RegionCode.of(region));
            String page =
                    plan(jdbc, VisitRepository.pageSql(FLAGGED, scope), VisitRepository.searchParams(FLAGGED, scope));
            assertThat(partitionsOf("visits", page)).as("visits of %s", region).hasSize(1);
            assertThat(partitionsOf("visit_anomalies", page))
                    .as("anomalies of %s", region)
                    .hasSize(1);
            String count =
                    plan(jdbc, VisitRepository.countSql(FLAGGED, scope), VisitRepository.searchParams(FLAGGED, scope));
            assertThat(partitionsOf("visits", count)).as("count of %s", region).hasSize(1);
        }
    }

    @Test
    void cityWideVisitListReadsEveryPartitionUnlessFilteredToAVillage() {
        var city = new DataScope(RegionCode.of("3716"));
        assertThat(partitionsOf(
                        "visits",
                        plan(
                                jdbc,
                                VisitRepository.pageSql(FLAGGED, city),
                                VisitRepository.searchParams(FLAGGED, city))))
                .hasSize(8);

        var oneVillage = new VisitSearch(YearMonth.of(2023, 4), "", "371603001201", null, false);
        assertThat(partitionsOf(
                        "visits",
                        plan(
                                jdbc,
                                VisitRepository.countSql(oneVillage, city),
                                VisitRepository.searchParams(oneVillage, city))))
                .hasSize(1);
    }

    @Test
    void aVisitAndItsAnomaliesAreFiledUnderTheElderCounty() {
        long visit = aDoneVisitIn(ServiceFixtures.PENGLI);

        visits.flag(visit, AnomalyKind.TOO_SHORT, 10L, null);
        visits.flag(visit, AnomalyKind.TOO_SHORT, 10L, null);

        assertThat(jdbc.sql("select county_code from eldercare.visits where id = :id")
                        .param("id", visit)
                        .query(String.class)
                        .single())
                .isEqualTo("371602");
        assertThat(jdbc.sql("""
                        select a.county_code = v.county_code
                               and right(a.tableoid::regclass::text, 1) = right(v.tableoid::regclass::text, 1)
                        from eldercare.visit_anomalies a join eldercare.visits v on v.id = a.visit_id
                        where a.visit_id = :id
                        """).param("id", visit).query(Boolean.class).list())
                .as("one anomaly, in the partition of its visit's number")
                .containsExactly(true);
    }

    @Test
    void anOverlapWithAVisitInAnotherCountyNamesThatCountyAndIsClearedWhenItGoes() {
        long bincheng = aDoneVisitIn(ServiceFixtures.PENGLI);
        long zhanhua = aDoneVisitIn(ZHANHUA_TOWNSHIP);

        visits.flag(bincheng, AnomalyKind.OVERLAP, 20L, zhanhua);

        assertThat(overlap(bincheng)).isEqualTo("371602 " + zhanhua + " 371603");
        jdbc.sql("delete from eldercare.visits where id = :id")
                .param("id", zhanhua)
                .update();
        assertThat(overlap(bincheng)).isEqualTo("371602 - -");
    }

    @Test
    void plannedVisitsAreFiledUnderTheirPlansCounty(@Autowired ServicePlanning planning) {
        long elder = fixtures.elder(ZHANHUA_TOWNSHIP, 2, null);
        long bed = fixtures.activeBed(elder, provider);

        planning.plan(YearMonth.from(planning.today()), new DataScope(RegionCode.of(ZHANHUA_TOWNSHIP)), "test");

        assertThat(jdbc.sql("""
                        select distinct v.county_code from eldercare.visits v
                        join eldercare.service_plans p on p.id = v.plan_id where p.bed_id = :bed
                        """).param("bed", bed).query(String.class).list()).containsExactly("371603");
    }

    @Test
    void aConfirmationLinkIsFoundInAnyCounty() {
        long visit = aDoneVisitIn(ZHANHUA_TOWNSHIP);
        String hash = "a".repeat(64);
        jdbc.sql("update eldercare.visits set confirm_token_hash = :hash where id = :id")
                .param("hash", hash)
                .param("id", visit)
                .update();

        assertThat(visits.byToken(hash))
                .hasValueSatisfying(found -> assertThat(found.id()).isEqualTo(visit));
    }

    private long aDoneVisitIn(String township) {
        long elder = fixtures.elder(township, 2, null);
        long bed = fixtures.activeBed(elder, provider);
        LocalDate day = LocalDate.of(2023, 4, 10);
        long plan = fixtures.pastPlan(bed, day, 2);
        return fixtures.pastVisit(plan, "DONE", caregiver, 30_00, day);
    }

    private String overlap(long visit) {
        return jdbc.sql("""
                        select county_code || ' ' || coalesce(cast(other_visit_id as text), '-') || ' '
                               || coalesce(other_county_code, '-')
                        from eldercare.visit_anomalies where visit_id = :id and kind = 'OVERLAP'
                        """).param("id", visit).query(String.class).single();
    }
}
