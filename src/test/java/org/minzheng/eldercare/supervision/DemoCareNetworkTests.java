package org.minzheng.eldercare.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo home-care network gives the supervision centre and the caregiver's phone something real to show. */
@IntegrationTest
class DemoCareNetworkTests {

    @Autowired
    JdbcClient jdbc;

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void everyCountyHasDemoProvidersAndTwentyToFortyActiveBeds() {
        List<Map<String, Object>> counties = jdbc.sql("""
                        select r.code,
                               (select count(*) from eldercare.providers p where p.demo and p.county_code = r.code) as providers,
                               (select count(*) from eldercare.beds b join eldercare.elders e on e.id = b.elder_id
                                where e.demo and b.status = 'ACTIVE' and b.region_code like substr(r.code, 1, 6) || '%') as beds
                        from region.regions r where r.level = 'COUNTY' and r.code like '3716%'
                        """).query().listOfRows();
        assertThat(counties).hasSizeGreaterThanOrEqualTo(7);
        assertThat(counties).allSatisfy(county -> {
            assertThat(((Number) county.get("providers")).longValue()).isBetween(1L, 3L);
            assertThat(((Number) county.get("beds")).longValue()).isBetween(20L, 40L);
        });
    }

    @Test
    void plansCostTheirPackageAndHaveOneVisitPerPackageVisit() {
        assertThat(count("""
                        select count(*) from eldercare.service_plans sp
                        join eldercare.beds b on b.id = sp.bed_id join eldercare.elders e on e.id = b.elder_id
                        where e.demo and sp.planned_fen <> (
                            select sum(i.unit_price_fen * p.visits_per_month) from eldercare.service_packages p
                            join eldercare.service_items i on i.id = p.item_id where p.capability_level = sp.capability_level)
                        """)).isZero();
        assertThat(count("""
                        select count(*) from eldercare.service_plans sp
                        join eldercare.beds b on b.id = sp.bed_id join eldercare.elders e on e.id = b.elder_id
                        where e.demo and (select count(*) from eldercare.visits v where v.plan_id = sp.id) <> (
                            select sum(p.visits_per_month) from eldercare.service_packages p
                            where p.capability_level = sp.capability_level)
                        """)).isZero();
        assertThat(count("select count(distinct month) from eldercare.service_plans where created_by = 'demo'"))
                .isEqualTo(3);
    }

    @Test
    void anomaliesMatchWhatHappenedOnTheVisit() {
        assertThat(count("""
                        select count(*) from eldercare.visit_anomalies a join eldercare.visits v on v.id = a.visit_id
                        where v.demo and a.kind = 'TOO_SHORT'
                          and extract(epoch from v.checked_out_at - v.checked_in_at) / 60 >= v.standard_minutes / 2.0
                        """)).isZero();
        assertThat(count("""
                        select count(*) from eldercare.visit_anomalies a join eldercare.visits v on v.id = a.visit_id
                        where v.demo and a.kind = 'CHECK_OUT_BEFORE_CHECK_IN' and v.checked_out_at >= v.checked_in_at
                        """)).isZero();
        assertThat(count("""
                        select count(*) from eldercare.visit_anomalies a join eldercare.visits v on v.id = a.visit_id
                        where v.demo and a.kind = 'MISSED' and v.status <> 'MISSED'
                        """)).isZero();
        assertThat(count("""
                        select count(*) from eldercare.visit_anomalies a join eldercare.visits v on v.id = a.visit_id
                        where v.demo and a.kind = 'OVERLAP' and not exists (
                            select 1 from eldercare.visits o join eldercare.visit_anomalies oa on oa.visit_id = o.id
                            where oa.kind = 'OVERLAP' and o.id <> v.id and o.caregiver_id = v.caregiver_id
                              and o.checked_in_at < v.checked_out_at and v.checked_in_at < o.checked_out_at)
                        """)).isZero();
        assertThat(
                        count(
                                "select count(distinct kind) from eldercare.visit_anomalies a join eldercare.visits v on v.id = a.visit_id where v.demo"))
                .isEqualTo(4);
        assertThat(
                        count(
                                "select count(*) from eldercare.visit_anomalies a join eldercare.visits v on v.id = a.visit_id where v.demo and a.reviewed_at is not null"))
                .isPositive();
    }

    @Test
    void theDemoCaregiverHuliHasVisitsInPengliToday() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long visits = jdbc.sql("""
                        select count(*) from eldercare.visits v join eldercare.caregivers g on g.id = v.caregiver_id
                        where g.username = 'huli' and g.name = '赵春梅' and v.status = 'DISPATCHED'
                          and v.scheduled_on = :today and v.region_code like '371602005%'
                        """).param("today", today).query(Long.class).single();
        assertThat(visits).isBetween(2L, 3L);
    }

    @Test
    void someComplaintsOfEachCountyAreClosed() {
        assertThat(count("""
                        select count(distinct p.county_code) from eldercare.provider_complaints c
                        join eldercare.providers p on p.id = c.provider_id where p.demo
                        """)).isGreaterThanOrEqualTo(7);
        assertThat(count("""
                        select count(*) from eldercare.provider_complaints c join eldercare.providers p on p.id = c.provider_id
                        where p.demo and c.closed_at is not null
                        """)).isPositive();
    }
}
