package org.minzheng.rescue.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.minzheng.rescue.cases.RescueCaseFixtures.CASES;
import static org.minzheng.rescue.cases.RescueCaseFixtures.CITY;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The stay: extensions, hospital and back, release which freezes the case, identity correction. */
@IntegrationTest
class RescueCaseStayTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    RescueCaseFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new RescueCaseFixtures(mvc, logins, jdbc);
    }

    private static String now(long minutesAgo) {
        return LocalDateTime.now(StayLimit.BEIJING)
                .minusMinutes(minutesAgo)
                .withSecond(0)
                .withNano(0)
                .toString();
    }

    private long extensions(long id) {
        return jdbc.sql("select count(*) from rescue.stay_extensions where case_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    @Test
    void anExtensionAddsItsDaysToTheLimitAndClearsTheOverdueFlag() throws Exception {
        long id = fixtures.admitted("jiuzhu", CITY);
        fixtures.admittedDaysAgo(id, 12);
        mvc.perform(get(CASES + "/" + id).with(logins.as("jiuzhu")))
                .andExpect(content().string(containsString("第 12 天 / 期限 10 天")))
                .andExpect(content().string(containsString("已超期未报备")));

        mvc.perform(post(CASES + "/" + id + "/extensions")
                        .param("extraDays", "20")
                        .param("reason", "等待家属来接")
                        .param("reportedTo", "滨州市民政局社会救助科")
                        .param("reportedOn", LocalDate.now(StayLimit.BEIJING).toString())
                        .with(logins.as("jiuzhu"))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flashSuccess"));
        mvc.perform(get(CASES + "/" + id).with(logins.as("jiuzhu")))
                .andExpect(content().string(containsString("第 12 天 / 期限 30 天")))
                .andExpect(content().string(not(containsString("badge bad\">已超期未报备"))));
        assertThat(fixtures.audits(id, "rescue.case.extend")).isEqualTo(1);
    }

    @Test
    void anExtensionOutOfRangeOrReportedInTheFutureIsRefused() throws Exception {
        long id = fixtures.admitted("jiuzhu", CITY);
        mvc.perform(post(CASES + "/" + id + "/extensions")
                        .param("extraDays", "366")
                        .param("reason", "原因")
                        .param("reportedTo", "民政局")
                        .param("reportedOn", LocalDate.now(StayLimit.BEIJING).toString())
                        .with(logins.as("jiuzhu"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("延期天数应在 1 到 365 天之间")));
        mvc.perform(post(CASES + "/" + id + "/extensions")
                        .param("extraDays", "5")
                        .param("reason", "原因")
                        .param("reportedTo", "民政局")
                        .param(
                                "reportedOn",
                                LocalDate.now(StayLimit.BEIJING).plusDays(1).toString())
                        .with(logins.as("jiuzhu"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("报备日期不能晚于今天")));
        mvc.perform(post(CASES + "/" + id + "/extensions")
                        .param("extraDays", "5")
                        .param("reason", "<script>x</script>")
                        .param("reportedTo", "民政局")
                        .param("reportedOn", LocalDate.now(StayLimit.BEIJING).toString())
                        .with(logins.as("jiuzhu"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableEntity());
        assertThat(extensions(id)).isZero();
    }

    @Test
    void aReferralTakesThePersonToHospitalAndTheReturnBringsThemBack() throws Exception {
        long id = fixtures.admitted("jiuzhu", CITY);
        fixtures.admittedDaysAgo(id, 2);
        mvc.perform(post(CASES + "/" + id + "/referrals")
                        .param("hospital", "滨州市精神卫生中心")
                        .param("reason", "疑似精神障碍")
                        .param("referredAt", now(120))
                        .with(logins.as("jiuzhu"))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flashSuccess"));
        assertThat(fixtures.statusOf(id)).isEqualTo("IN_HOSPITAL");

        mvc.perform(post(CASES + "/" + id + "/return")
                        .param("returnedAt", now(180))
                        .param("outcome", "好转")
                        .with(logins.as("jiuzhu"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("返站时间不能早于送医时间")));
        assertThat(fixtures.statusOf(id)).isEqualTo("IN_HOSPITAL");

        mvc.perform(post(CASES + "/" + id + "/release")
                        .param("kind", "ESCORTED")
                        .param("releasedAt", now(1))
                        .with(logins.as("jiuzhu"))
                        .with(csrf()))
                .andExpect(flash().attribute("flashError", containsString("正在住院")));
        assertThat(fixtures.statusOf(id)).isEqualTo("IN_HOSPITAL");

        mvc.perform(post(CASES + "/" + id + "/return")
                        .param("returnedAt", now(10))
                        .param("outcome", "病情稳定，出院")
                        .with(logins.as("jiuzhu"))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flashSuccess"));
        assertThat(fixtures.statusOf(id)).isEqualTo("IN_CARE");
        assertThat(fixtures.audits(id, "rescue.case.refer")).isEqualTo(1);
        assertThat(fixtures.audits(id, "rescue.case.return")).isEqualTo(1);
    }

    @Test
    void aReferralBeforeAdmissionIsRefused() throws Exception {
        long id = fixtures.admitted("jiuzhu", CITY);
        mvc.perform(post(CASES + "/" + id + "/referrals")
                        .param("hospital", "医院")
                        .param("reason", "原因")
                        .param("referredAt", now(60 * 24 * 3))
                        .with(logins.as("jiuzhu"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("时间不能早于入站时间")));
        assertThat(fixtures.statusOf(id)).isEqualTo("IN_CARE");
    }

    @Test
    void releaseEndsTheStayAndNothingChangesAfterwards() throws Exception {
        long id = fixtures.admitted("jiuzhu", CITY);
        fixtures.admittedDaysAgo(id, 3);
        mvc.perform(post(CASES + "/" + id + "/release")
                        .param("kind", "ESCORTED")
                        .param("releasedAt", now(-60))
                        .with(logins.as("jiuzhu"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("时间不能晚于现在")));
        assertThat(fixtures.statusOf(id)).isEqualTo("IN_CARE");

        mvc.perform(post(CASES + "/" + id + "/release")
                        .param("kind", "ESCORTED")
                        .param("releasedAt", now(5))
                        .param("note", "与家属交接")
                        .with(logins.as("jiuzhu"))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flashSuccess"));
        assertThat(fixtures.statusOf(id)).isEqualTo("RELEASED");
        assertThat(fixtures.audits(id, "rescue.case.release")).isEqualTo(1);

        mvc.perform(get(CASES + "/" + id).with(logins.as("jiuzhu")))
                .andExpect(content().string(containsString("共在站 3 天")))
                .andExpect(content().string(not(containsString("id=\"release-form\""))))
                .andExpect(content().string(not(containsString("id=\"extension-form\""))));
        mvc.perform(post(CASES + "/" + id + "/extensions")
                        .param("extraDays", "5")
                        .param("reason", "原因")
                        .param("reportedTo", "民政局")
                        .param("reportedOn", LocalDate.now(StayLimit.BEIJING).toString())
                        .with(logins.as("jiuzhu"))
                        .with(csrf()))
                .andExpect(flash().attribute("flashError", containsString("已离站")));
        mvc.perform(post(CASES + "/" + id + "/referrals")
                        .param("hospital", "医院")
                        .param("reason", "原因")
                        .param("referredAt", now(1))
                        .with(logins.as("jiuzhu"))
                        .with(csrf()))
                .andExpect(flash().attribute("flashError", containsString("已离站")));
        mvc.perform(post(CASES + "/" + id + "/release")
                        .param("kind", "DIED")
                        .param("releasedAt", now(1))
                        .with(logins.as("jiuzhu"))
                        .with(csrf()))
                .andExpect(flash().attribute("flashError", containsString("已离站")));
        assertThat(extensions(id)).isZero();
        assertThat(jdbc.sql("select release_kind from rescue.cases where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("ESCORTED");
    }

    @Test
    void anUnknownPersonIsIdentifiedWithNameAndIdNumberAudited() throws Exception {
        var form = fixtures.intake(fixtures.station(CITY), RescueCaseFixtures.unique("无名氏"));
        form.put("identityStatus", "UNKNOWN");
        form.put("name", "");
        long id = fixtures.admit("jiuzhu", form);
        fixtures.admittedDaysAgo(id, 11);
        mvc.perform(get(CASES + "/" + id).with(logins.as("jiuzhu")))
                .andExpect(content().string(containsString("badge bad\">滞留")));

        String idNumber = RescueCaseFixtures.idNumber(true);
        String name = RescueCaseFixtures.unique("查明");
        mvc.perform(post(CASES + "/" + id + "/identity")
                        .param("identityStatus", "VERIFIED")
                        .param("name", "")
                        .param("sex", "M")
                        .with(logins.as("jiuzhu"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("须填写姓名")));
        mvc.perform(post(CASES + "/" + id + "/identity")
                        .param("identityStatus", "VERIFIED")
                        .param("name", name)
                        .param("sex", "M")
                        .param("idNumber", idNumber)
                        .with(logins.as("jiuzhu"))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flashSuccess"));
        var row = jdbc.sql("select identity_status, name, id_number_masked from rescue.cases where id = :id")
                .param("id", id)
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3))
                .single();
        assertThat(row)
                .startsWith("VERIFIED|" + name + "|")
                .doesNotContain(idNumber)
                .contains("*");
        assertThat(fixtures.audits(id, "rescue.case.identify")).isEqualTo(1);
        mvc.perform(get(CASES + "/" + id).with(logins.as("jiuzhu")))
                .andExpect(content().string(not(containsString("badge bad\">滞留"))));
    }

    @Test
    void theListCountsAndShowsTheFlags() throws Exception {
        var form = fixtures.intake(fixtures.station(CITY), RescueCaseFixtures.unique("滞留者"));
        form.put("identityStatus", "UNKNOWN");
        form.put("name", "");
        long id = fixtures.admit("jiuzhu", form);
        fixtures.admittedDaysAgo(id, 95);
        String number = jdbc.sql("select number from rescue.cases where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        mvc.perform(get(CASES).param("q", number).with(logins.as("jiuzhu")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(number)))
                .andExpect(content().string(containsString("id=\"stay-summary\"")))
                .andExpect(content().string(containsString("满三个月·可落户安置")))
                .andExpect(content().string(containsString("badge bad\">滞留")));
        mvc.perform(get(CASES)
                        .param("sort", "days")
                        .param("identity", "UNKNOWN")
                        .with(logins.as("jiuzhu")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(number)));
    }
}
