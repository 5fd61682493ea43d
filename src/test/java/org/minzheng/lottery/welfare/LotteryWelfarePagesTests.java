package org.minzheng.lottery.welfare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.lottery.channel.LotteryFixtures;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** The 快乐吧 hall's visitors and events, and welfare projects with grants within the budget. */
@IntegrationTest
@Transactional
class LotteryWelfarePagesTests {

    static final String HALLS = "/console/lottery/halls";
    static final String PROJECTS = "/console/lottery/welfare-projects";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    LotteryFixtures fixtures;
    final String unique = LotteryFixtures.unique();
    long hall;

    @BeforeEach
    void fixtures() {
        fixtures = new LotteryFixtures(jdbc);
        long team = fixtures.team("厅队" + unique, "CHANNEL_DEPARTMENT");
        hall = fixtures.outlet(
                LotteryFixtures.outletCode(),
                "测试快乐吧" + unique,
                "HAPPY_HALL",
                LotteryFixtures.PENGLI,
                LocalDate.now().minusYears(1),
                team);
    }

    MockHttpServletRequestBuilder visit(LocalDate day, String visitors) {
        return post(HALLS + "/" + hall + "/visits")
                .with(csrf())
                .param("visitDate", day.toString())
                .param("visitors", visitors)
                .param("note", "");
    }

    @Test
    void aDayRecordedAgainReplacesItsCountWithAnAuditTrail() throws Exception {
        LocalDate day = LocalDate.now().minusDays(1);
        mvc.perform(visit(day, "45").with(logins.as("fucai"))).andExpect(status().is3xxRedirection());
        mvc.perform(visit(day, "52").with(logins.as("fucai"))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select visitors from lottery.hall_visits where outlet_id = :h and visit_date = :d")
                        .param("h", hall)
                        .param("d", day)
                        .query(Integer.class)
                        .list())
                .containsExactly(52);
        assertThat(fixtures.audits("lottery.hall.visit.record", hall)).isEqualTo(1);
        assertThat(fixtures.audits("lottery.hall.visit.replace", hall)).isEqualTo(1);
        assertThat(jdbc.sql("select detail from audit.audit_entries where action = 'lottery.hall.visit.replace'"
                                + " and target_id = :id")
                        .param("id", String.valueOf(hall))
                        .query(String.class)
                        .single())
                .contains("45 -> 52");
        mvc.perform(get(HALLS + "/" + hall + "?year=" + day.getYear()).with(logins.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("测试快乐吧" + unique)))
                .andExpect(content().string(containsString("id=\"visitors-year\">52<")));
        mvc.perform(get(HALLS + "/" + hall + "/export?year=" + day.getYear()).with(logins.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(
                                LotteryFixtures.cells(result.getResponse().getContentAsByteArray()))
                        .hasSize(2));
    }

    @Test
    void badVisitsAndEventsStoreNothing() throws Exception {
        mvc.perform(visit(LocalDate.now().plusDays(1), "10").with(logins.as("fucai")))
                .andExpect(model().attributeHasFieldErrors("lotteryHallVisitForm", "visitDate"));
        mvc.perform(visit(LocalDate.now(), "-3").with(logins.as("fucai")))
                .andExpect(model().attributeHasFieldErrors("lotteryHallVisitForm", "visitors"));
        mvc.perform(visit(LocalDate.now(), "12")
                        .param("note", "<script>x</script>")
                        .with(logins.as("fucai")))
                .andExpect(model().attributeHasFieldErrors("lotteryHallVisitForm", "note"));
        assertThat(fixtures.count("select count(*) from lottery.hall_visits where outlet_id = ?", hall))
                .isZero();
        mvc.perform(post(HALLS + "/" + hall + "/events")
                        .with(csrf())
                        .with(logins.as("fucai"))
                        .param("heldOn", LocalDate.now().toString())
                        .param("title", "<script>x</script>")
                        .param("kind", "WELFARE")
                        .param("participants", "30"))
                .andExpect(model().attributeHasFieldErrors("lotteryHallEventForm", "title"));
        assertThat(fixtures.count("select count(*) from lottery.hall_events where outlet_id = ?", hall))
                .isZero();
        mvc.perform(visit(LocalDate.now(), "10").with(logins.as("auditor"))).andExpect(status().isForbidden());
        long notAHall = fixtures.outlet(
                LotteryFixtures.outletCode(),
                "投注站" + unique,
                "TRADITIONAL",
                LotteryFixtures.PENGLI,
                LocalDate.now(),
                fixtures.team("站队" + unique, "OUTLET_MANAGERS"));
        mvc.perform(get(HALLS + "/" + notAHall).with(logins.as("fucai"))).andExpect(status().isNotFound());
    }

    @Test
    void eventsAreLoggedAndCountedByMonth() throws Exception {
        String title = "公益义卖" + unique;
        mvc.perform(post(HALLS + "/" + hall + "/events")
                        .with(csrf())
                        .with(logins.as("fucai"))
                        .param("heldOn", LocalDate.now().toString())
                        .param("title", title)
                        .param("kind", "WELFARE")
                        .param("participants", "37")
                        .param("note", "社区志愿者参加"))
                .andExpect(status().is3xxRedirection());
        long event = jdbc.sql("select id from lottery.hall_events where title = :t and participants = 37")
                .param("t", title)
                .query(Long.class)
                .single();
        assertThat(fixtures.audits("lottery.hall.event.create", event)).isEqualTo(1);
        mvc.perform(get(HALLS + "/" + hall).with(logins.as("fucai")))
                .andExpect(content().string(containsString(title)))
                .andExpect(result -> assertThat(((java.util.List<?>)
                                result.getModelAndView().getModel().get("months")))
                        .hasSize(12));
        mvc.perform(get(HALLS).with(logins.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("测试快乐吧" + unique)));
    }

    MockHttpServletRequestBuilder grant(long project, String amount) {
        return post(PROJECTS + "/" + project + "/grants")
                .with(csrf())
                .param("grantedOn", LocalDate.now().toString())
                .param("amount", amount)
                .param("purpose", "设备采购");
    }

    @Test
    void grantsStayWithinTheBudgetAndACompletedProjectTakesNoMore() throws Exception {
        String name = "青年洗车房" + unique;
        mvc.perform(post(PROJECTS)
                        .with(csrf())
                        .with(logins.as("fucai"))
                        .param("name", name)
                        .param("purpose", "困境青年就业")
                        .param("budget", "10000")
                        .param("startedOn", LocalDate.now().minusMonths(2).toString()))
                .andExpect(status().is3xxRedirection());
        long project = jdbc.sql("select id from lottery.welfare_projects where name = :n and budget_fen = 1000000")
                .param("n", name)
                .query(Long.class)
                .single();
        assertThat(fixtures.audits("lottery.welfare-project.create", project)).isEqualTo(1);

        mvc.perform(grant(project, "6000").with(logins.as("fucai"))).andExpect(status().is3xxRedirection());
        mvc.perform(grant(project, "4000.01").with(logins.as("fucai")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("lotteryGrantForm", "amount"))
                .andExpect(content().string(containsString("4000.00")));
        mvc.perform(grant(project, "0").with(logins.as("fucai")))
                .andExpect(model().attributeHasFieldErrors("lotteryGrantForm", "amount"));
        mvc.perform(grant(project, "4000").with(logins.as("fucai"))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select sum(amount_fen) from lottery.welfare_grants where project_id = :p")
                        .param("p", project)
                        .query(Long.class)
                        .single())
                .isEqualTo(1_000_000L);
        assertThat(fixtures.audits("lottery.welfare-grant.create", project)).isEqualTo(2);

        mvc.perform(post(PROJECTS + "/" + project + "/complete")
                        .with(csrf())
                        .with(logins.as("fucai"))
                        .param("endedOn", LocalDate.now().toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from lottery.welfare_projects where id = :p")
                        .param("p", project)
                        .query(String.class)
                        .single())
                .isEqualTo("COMPLETED");
        mvc.perform(grant(project, "1").with(logins.as("fucai")))
                .andExpect(model().attributeHasFieldErrors("lotteryGrantForm", "amount"));
        assertThat(fixtures.count("select count(*) from lottery.welfare_grants where project_id = ?", project))
                .isEqualTo(2);

        mvc.perform(get(PROJECTS + "?q=" + name).with(logins.as("auditor")))
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("10000.00")));
        byte[] xlsx = mvc.perform(get(PROJECTS + "/export?q=" + name).with(logins.as("auditor")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(LotteryFixtures.cells(xlsx).get(1)).contains(name, "10000.00");
    }

    @Test
    void badProjectInputStoresNothing() throws Exception {
        String name = "坏项目" + unique;
        for (String[] bad : new String[][] {{name, "0"}, {name, "abc"}, {"<script>x</script>", "100"}, {"", "100"}}) {
            mvc.perform(post(PROJECTS)
                            .with(csrf())
                            .with(logins.as("fucai"))
                            .param("name", bad[0])
                            .param("purpose", "用途")
                            .param("budget", bad[1])
                            .param("startedOn", LocalDate.now().toString()))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasErrors("lotteryWelfareProjectForm"));
        }
        assertThat(fixtures.count("select count(*) from lottery.welfare_projects where name = ?", name))
                .isZero();
    }
}
