package org.minzheng.rescue.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.crypto.BlindIndex;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.shared.security.DataScope;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 反复流浪率 on a worked example: four stays taken in by 博兴县's station in one past quarter, one of them confirmed as
 * a repeat, one only suggested and one rejected: 1 of 4, 25.0%. Counted as a difference so other data does not
 * disturb it.
 */
@IntegrationTest
class RepeatRateTests {

    private static final String BOXING = "371625000000";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    BlindIndex blindIndex;

    @Autowired
    RepeatRateRepository figures;

    FollowUpFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new FollowUpFixtures(jdbc, cipher, blindIndex);
    }

    private long stay(long station, LocalDate admitted) {
        return jdbc.sql("""
                        insert into rescue.cases (number, station_id, region_code, admitted_at, found_at, found_place,
                               source, identity_status, sex, health, status, released_at, release_kind, created_by)
                        values (:number, :station, :region, :at, :at, '比率测试', 'POLICE', 'UNKNOWN', 'M', 'GOOD',
                               'RELEASED', :at + interval '2 days', 'RETURNED_HOME', 'test')
                        returning id
                        """)
                .param("number", FollowUpFixtures.unique("BL"))
                .param("station", station)
                .param("region", BOXING)
                .param(
                        "at",
                        admitted.atTime(10, 0)
                                .atZone(ZoneId.of("Asia/Shanghai"))
                                .toOffsetDateTime())
                .query(Long.class)
                .single();
    }

    private void link(long caseId, long earlier, String status) {
        jdbc.sql("""
                        insert into rescue.repeat_links (case_id, earlier_case_id, method, score, status, decided_by,
                               decided_at)
                        values (:id, :earlier, 'MATCH', 80, :status,
                               case when :status = 'SUGGESTED' then null else 'test' end,
                               case when :status = 'SUGGESTED' then null else now() end)
                        """)
                .param("id", caseId)
                .param("earlier", earlier)
                .param("status", status)
                .update();
    }

    @Test
    void oneConfirmedRepeatInFourStaysIsTwentyFivePercent() {
        DataScope city = new DataScope(RegionCode.of("371600000000"));
        var quarters = RepeatRate.lastQuarters(LocalDate.now(ZoneId.of("Asia/Shanghai")), 8);
        LocalDate quarter = quarters.get(3);
        RateCell before = figures.rate(city, BOXING, quarters).cell(BOXING, quarter);

        long station = fixtures.station(BOXING);
        long a = stay(station, quarter.plusDays(5));
        long b = stay(station, quarter.plusDays(20));
        long c = stay(station, quarter.plusDays(40));
        long d = stay(station, quarter.plusDays(60));
        link(b, a, "CONFIRMED");
        link(c, a, "SUGGESTED");
        link(d, a, "REJECTED");

        RepeatRate after = figures.rate(city, BOXING, quarters);
        RateCell cell = after.cell(BOXING, quarter);
        RateCell mine = new RateCell(cell.admitted() - before.admitted(), cell.repeats() - before.repeats());
        assertThat(mine).isEqualTo(new RateCell(4, 1));
        assertThat(mine.ratePercent()).hasToString("25.0");
        assertThat(after.cell(BOXING, quarters.get(2)).admitted())
                .isEqualTo(figures.rate(city, BOXING, quarters)
                        .cell(BOXING, quarters.get(2))
                        .admitted());
        assertThat(after.year(BOXING, quarter.getYear()).admitted()).isGreaterThanOrEqualTo(4);

        var bincheng = new DataScope(RegionCode.of("371602000000"));
        assertThat(figures.rate(bincheng, BOXING, quarters).counties()).doesNotContainKey(BOXING);
    }

    @Test
    void theRatePageAndItsExportShowTheCounties() throws Exception {
        fixtures.station(BOXING);
        stay(fixtures.station(BOXING), LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1));
        mvc.perform(get("/console/rescue/repeat-rate").with(logins.as("jiuzhu")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("博兴县")))
                .andExpect(content().string(containsString("id=\"returnee-figures\"")));
        mvc.perform(get("/console/rescue/repeat-rate").with(logins.as("zhanhua")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("博兴县"))));
        mvc.perform(get("/console/rescue/repeat-rate/export").with(logins.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(header().exists("Content-Disposition"));
    }
}
