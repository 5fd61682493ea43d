package org.minzheng.lottery.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.lottery.sales.SalesFixtures;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Rankings on a worked example far in the past, where only this test's teams sell: three teams in the week holding
 * 7 March of a year (baseline: the same days a year earlier). Each test takes its own year, three apart, and closes
 * its outlets and members at the start of April so no example meets another.
 *
 * <pre>
 *            week sales   baseline   growth   opened in the week
 *   A         1000.00      800.00    200.00          0
 *   B          650.00      100.00    550.00          1  (b2, 50.00)
 *   C          300.00      400.00   -100.00          0
 * </pre>
 *
 * Sales ranks A, B, C; growth B, A, C; new outlets B, then A and C at 0 by name. C is last everywhere and flagged.
 */
@IntegrationTest
class LotteryRankingPagesTests {

    private static final String BASE = "/console/lottery/rankings";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    SalesFixtures fixtures;
    String a;
    String b;
    String c;
    long cId;
    long aId;

    int year;

    void example(int year) {
        this.year = year;
        fixtures = new SalesFixtures(jdbc);
        LocalDate monday = LocalDate.of(year, 3, 7).with(java.time.DayOfWeek.MONDAY);
        LocalDate joined = LocalDate.of(year - 2, 1, 1);
        String suffix = SalesFixtures.unique();
        aId = team("A队" + suffix);
        long bId = team("B队" + suffix);
        cId = team("C队" + suffix);
        a = name(aId);
        b = name(bId);
        c = name(cId);
        long am = member(aId, "甲" + suffix, joined);
        long bm = member(bId, "乙" + suffix, joined);
        long cm = member(cId, "丙" + suffix, joined);
        String a1 = outlet("TRADITIONAL", aId, am, joined);
        String b1 = outlet("TRADITIONAL", bId, bm, joined);
        String b2 = outlet("CHAIN_STORE", bId, bm, monday.plusDays(2));
        String c1 = outlet("TRADITIONAL", cId, cm, joined);
        LocalDate lastYear = monday.minusYears(1);
        fixtures.sale(a1, "SSQ", monday, 100_000);
        fixtures.sale(a1, "SSQ", lastYear, 80_000);
        fixtures.sale(b1, "KL8", monday.plusDays(6), 60_000);
        fixtures.sale(b1, "KL8", lastYear.plusDays(1), 10_000);
        fixtures.sale(b2, "GGL", monday.plusDays(3), 5_000);
        fixtures.sale(c1, "FC3D", monday.plusDays(1), 30_000);
        fixtures.sale(c1, "FC3D", lastYear.plusDays(2), 40_000);
    }

    private LocalDate closing() {
        return LocalDate.of(year, 4, 1);
    }

    private String outlet(String kind, long team, Long member, LocalDate opened) {
        return fixtures.outlet(kind, team, member, opened, closing());
    }

    private long member(long team, String name, LocalDate joined) {
        long id = fixtures.member(team, name, joined);
        jdbc.sql("update lottery.team_members set left_on = :left where id = :id")
                .param("left", closing())
                .param("id", id)
                .update();
        return id;
    }

    private long team(String name) {
        return jdbc.sql("insert into lottery.teams (name, kind) values (:name, 'DISTRIBUTION') returning id")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    private String name(long team) {
        return jdbc.sql("select name from lottery.teams where id = :id")
                .param("id", team)
                .query(String.class)
                .single();
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(logins.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The ranking table's rows as "rank name value bottom?" in order. */
    private static List<String> rows(String html) {
        List<String> rows = new ArrayList<>();
        Matcher row = Pattern.compile(
                        "<tr( class=\"lottery-bottom\")?>\\s*<td class=\"num\">(\\d+)</td>\\s*<td>([^<]*)</td>"
                                + "\\s*<td class=\"num\">([^<]*)</td>")
                .matcher(html);
        while (row.find()) {
            rows.add(row.group(2) + " " + row.group(3) + " " + row.group(4) + (row.group(1) == null ? "" : " bottom"));
        }
        return rows;
    }

    @Test
    void weeklyRankingsBySalesGrowthAndNewOutletsFlagTheLast() throws Exception {
        example(1983);
        String week = "?kind=WEEK&week=1983-03-09&subject=TEAM&measure=";
        assertThat(rows(page(BASE + week + "SALES", "fucai")))
                .containsExactly("1 " + a + " 1000.00", "2 " + b + " 650.00", "3 " + c + " 300.00 bottom");
        assertThat(rows(page(BASE + week + "GROWTH", "auditor")))
                .containsExactly("1 " + b + " 550.00", "2 " + a + " 200.00", "3 " + c + " -100.00 bottom");
        assertThat(rows(page(BASE + week + "NEW_OUTLETS", "fucai")))
                .containsExactly("1 " + b + " 1", "2 " + a + " 0", "3 " + c + " 0 bottom");
        String members = page(BASE + "?kind=WEEK&week=1983-03-09&subject=MEMBER&measure=SALES", "fucai");
        assertThat(members).contains("1983-03-07").contains("1983-03-13");
    }

    @Test
    void monthlyRankingsCoverTheWholeMonth() throws Exception {
        example(1986);
        LocalDate outside = LocalDate.of(1986, 3, 30);
        String extra = outlet("MALL", cId, null, LocalDate.of(1986, 3, 28));
        fixtures.sale(extra, "SSQ", outside, 200_000);
        String month = "?kind=MONTH&month=1986-03&subject=TEAM&measure=";
        assertThat(rows(page(BASE + month + "SALES", "fucai")))
                .containsExactly("1 " + c + " 2300.00", "2 " + a + " 1000.00", "3 " + b + " 650.00 bottom");
        assertThat(rows(page(BASE + month + "GROWTH", "fucai")))
                .containsExactly("1 " + c + " 1900.00", "2 " + b + " 550.00", "3 " + a + " 200.00 bottom");
        assertThat(rows(page(BASE + month + "NEW_OUTLETS", "fucai")))
                .containsExactly("1 " + b + " 1", "2 " + c + " 1", "3 " + a + " 0 bottom");
        for (String subject : new String[] {"MEMBER", "AREA"}) {
            assertThat(page(BASE + "?kind=MONTH&month=1986-03&measure=GROWTH&subject=" + subject, "auditor"))
                    .contains("1986-03-01")
                    .contains("1986-03-31");
        }
    }

    @Test
    void aPublishedBulletinIsFrozenOncePrintableAndItsLastIsInterviewed() throws Exception {
        example(1989);
        LocalDate monday = LocalDate.of(1989, 3, 7).with(java.time.DayOfWeek.MONDAY);
        String location = mvc.perform(post(BASE + "/publish")
                        .param("kind", "WEEK")
                        .param("week", monday.toString())
                        .param("subject", "TEAM")
                        .param("measure", "SALES")
                        .param("comment", "C 队连续两周末位，请分析原因。")
                        .with(csrf())
                        .with(logins.as("fucai")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flashSuccess"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith(BASE + "/bulletins/");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        // the sales change after publishing; the bulletin keeps what it said
        fixtures.sale(outlet("MALL", cId, null, monday.minusYears(1)), "SSQ", monday, 900_000);
        String bulletin = page(location, "auditor");
        assertThat(rows(bulletin))
                .containsExactly("1 " + a + " 1000.00", "2 " + b + " 650.00", "3 " + c + " 300.00 bottom");
        assertThat(bulletin)
                .contains("C 队连续两周末位")
                .contains("id=\"awaiting\"")
                .contains(c)
                .doesNotContain("id=\"interview-form\"");
        assertThat(page(BASE + "/bulletins", "auditor")).contains(location);
        assertThat(page(BASE + "/bulletins?kind=WEEK&page=0", "fucai")).contains(location);
        String print = page(location + "/print", "auditor");
        assertThat(rows(print)).hasSize(3);
        assertThat(print).contains("id=\"bulletin-sheet\"").contains("滨州市福利彩票发行中心");

        // once only: the live ranking says so and a second publish is refused
        String live = page(BASE + "?kind=WEEK&week=" + monday + "&subject=TEAM&measure=SALES", "fucai");
        assertThat(live).contains("id=\"already-published\"").doesNotContain("id=\"publish-form\"");
        mvc.perform(post(BASE + "/publish")
                        .param("kind", "WEEK")
                        .param("week", monday.toString())
                        .param("subject", "TEAM")
                        .param("measure", "SALES")
                        .with(csrf())
                        .with(logins.as("fucai")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", "该周期、对象和指标的通报已经发布过，不能重复发布。"));
        assertThat(bulletins(monday)).isEqualTo(1);

        String form = page(location, "fucai");
        assertThat(form).contains("id=\"interview-form\"");
        String refused = interview(id, aId, monday.plusDays(8).toString(), "王主任", "原因", "措施")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("只能为本通报中标注末位的对象记录约谈");
        String early = interview(id, cId, monday.toString(), "王主任", "原因", "措施")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(early).contains("不能早于");
        String scripted = interview(id, cId, "1989-02-30", "<b>王</b>", "<script>alert(1)</script>", "")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(scripted).contains("has-error").doesNotContain("<script>alert(1)</script>");
        assertThat(interviews(id)).isZero();

        interview(id, cId, monday.plusDays(8).toString(), "王主任", "新网点分流了客源。", "每周走访两次，推广快乐8。")
                .andExpect(status().is3xxRedirection());
        assertThat(interviews(id)).isEqualTo(1);
        String done = page(location, "fucai");
        assertThat(done).contains("新网点分流了客源。").doesNotContain("id=\"interview-form\"");
        assertThat(page(location + "/print", "fucai")).contains("已约谈");
        interview(id, cId, monday.plusDays(9).toString(), "李主任", "再来一次", "措施").andExpect(status().isOk());
        assertThat(interviews(id)).isEqualTo(1);
    }

    @Test
    void unfinishedPeriodsAndScriptedCommentsAreNotPublished() throws Exception {
        example(1992);
        LocalDate thisWeek = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        mvc.perform(post(BASE + "/publish")
                        .param("kind", "WEEK")
                        .param("week", thisWeek.toString())
                        .param("subject", "TEAM")
                        .param("measure", "SALES")
                        .with(csrf())
                        .with(logins.as("fucai")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flashError"));
        LocalDate monday = LocalDate.of(1992, 3, 7).with(java.time.DayOfWeek.MONDAY);
        mvc.perform(post(BASE + "/publish")
                        .param("kind", "WEEK")
                        .param("week", monday.toString())
                        .param("subject", "TEAM")
                        .param("measure", "GROWTH")
                        .param("comment", "<script>alert(1)</script>")
                        .with(csrf())
                        .with(logins.as("fucai")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flashError"));
        assertThat(bulletins(monday)).isZero();
        assertThat(page(BASE + "?kind=WEEK&week=" + thisWeek + "&subject=TEAM&measure=SALES", "fucai"))
                .doesNotContain("id=\"publish-form\"");
    }

    @Test
    void onlyLotteryStaffPublishAndStrangersSeeNothing() throws Exception {
        example(1980);
        LocalDate monday = LocalDate.of(1980, 3, 7).with(java.time.DayOfWeek.MONDAY);
        mvc.perform(post(BASE + "/publish")
                        .param("kind", "WEEK")
                        .param("week", monday.toString())
                        .with(csrf())
                        .with(logins.as("auditor")))
                .andExpect(status().isForbidden());
        assertThat(page(BASE + "?kind=WEEK&week=" + monday, "auditor")).doesNotContain("id=\"publish-form\"");
        assertThat(page(BASE + "?kind=WEEK&week=" + monday, "fucai")).contains("id=\"publish-form\"");
        assertThat(bulletins(monday)).isZero();
        String stranger = logins.createAccount("norank", "371602000000", "RESCUE_STAFF");
        for (String user : new String[] {"bincheng", stranger}) {
            for (String path : new String[] {BASE, BASE + "/bulletins"}) {
                mvc.perform(get(path).with(logins.as(user))).andExpect(status().isForbidden());
            }
            mvc.perform(post(BASE + "/publish").with(csrf()).with(logins.as(user)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get(BASE + "/bulletins/999999999").with(logins.as("fucai"))).andExpect(status().isNotFound());
    }

    private org.springframework.test.web.servlet.ResultActions interview(
            long bulletin, long subject, String on, String interviewer, String causes, String measures)
            throws Exception {
        return mvc.perform(post(BASE + "/bulletins/" + bulletin + "/interviews")
                .param("subjectId", String.valueOf(subject))
                .param("interviewedOn", on)
                .param("interviewer", interviewer)
                .param("causes", causes)
                .param("measures", measures)
                .with(csrf())
                .with(logins.as("fucai")));
    }

    private long bulletins(LocalDate start) {
        return jdbc.sql("select count(*) from lottery.ranking_bulletins where period_start = :start")
                .param("start", start)
                .query(Long.class)
                .single();
    }

    private long interviews(long bulletin) {
        return jdbc.sql("select count(*) from lottery.interviews where bulletin_id = :id")
                .param("id", bulletin)
                .query(Long.class)
                .single();
    }
}
