package org.minzheng.lottery.outlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
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

/** Outlets: opening under a partner's agreement, who opened and services it, closing, and what is refused. */
@IntegrationTest
@Transactional
class LotteryOutletPagesTests {

    static final String OUTLETS = "/console/lottery/outlets";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    LotteryFixtures fixtures;
    final String unique = LotteryFixtures.unique();
    long team;
    long member;
    long otherTeam;
    long otherMember;
    long partner;
    long agreement;

    @BeforeEach
    void fixtures() {
        fixtures = new LotteryFixtures(jdbc);
        team = fixtures.team("拓展队" + unique, "CHANNEL_DEPARTMENT");
        member = fixtures.member(team, "拓展员" + unique);
        otherTeam = fixtures.team("配管队" + unique, "SOCIAL_CHANNEL_SERVICE");
        otherMember = fixtures.member(otherTeam, "配管员" + unique);
        partner = fixtures.partner("网点渠道商" + unique);
        agreement = fixtures.agreement(
                partner,
                "A-" + unique,
                LocalDate.now().minusMonths(6),
                LocalDate.now().plusYears(2));
    }

    /** The form of a good new-channel outlet, with {@code changes} (name, value, name, value …) replacing fields. */
    MockHttpServletRequestBuilder open(String code, String name, String... changes) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("code", code);
        fields.put("name", name);
        fields.put("kind", "CHAIN_STORE");
        fields.put("address", "黄河五路 " + unique);
        fields.put("regionCode", LotteryFixtures.PENGLI);
        fields.put("partnerId", String.valueOf(partner));
        fields.put("agreementId", String.valueOf(agreement));
        fields.put("openedOn", LocalDate.now().minusDays(2).toString());
        fields.put("openedByTeamId", String.valueOf(team));
        fields.put("openedByMemberId", String.valueOf(member));
        fields.put("servicedByTeamId", String.valueOf(otherTeam));
        fields.put("servicedByMemberId", String.valueOf(otherMember));
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(OUTLETS).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    long coded(String code) {
        return fixtures.count("select count(*) from lottery.outlets where code = ?", code);
    }

    @Test
    void staffOpensANewChannelOutletUnderAnAgreementAndFindsItInTheList() throws Exception {
        String code = LotteryFixtures.outletCode();
        String name = "连锁门店" + unique;
        mvc.perform(open(code, name).with(logins.as("fucai"))).andExpect(status().is3xxRedirection());
        var row = jdbc.sql("""
                        select id, kind, partner_id, agreement_id, opened_by_member_id, serviced_by_team_id,
                               serviced_by_member_id, created_by
                        from lottery.outlets where code = :code
                        """)
                .param("code", code)
                .query((rs, n) -> List.of(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getString(8)))
                .single();
        long id = (Long) row.get(0);
        assertThat(row.subList(1, 8))
                .containsExactly("CHAIN_STORE", partner, agreement, member, otherTeam, otherMember, "fucai");
        assertThat(fixtures.audits("lottery.outlet.create", id)).isEqualTo(1);

        mvc.perform(get(OUTLETS + "?q=" + code + "&kind=CHAIN_STORE&status=open&partner=" + partner)
                        .with(logins.as("fucai")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("badge lottery-new")));
        mvc.perform(get(OUTLETS + "?q=" + code + "&kind=TRADITIONAL").with(logins.as("fucai")))
                .andExpect(content().string(not(containsString(name))));
        mvc.perform(get(OUTLETS + "?q=" + code + "&team=" + team + "&year="
                                + LocalDate.now().minusDays(2).getYear())
                        .with(logins.as("fucai")))
                .andExpect(content().string(containsString(name)));
        mvc.perform(get(OUTLETS + "/" + id).with(logins.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A-" + unique)))
                .andExpect(content().string(containsString("拓展员" + unique)))
                .andExpect(content().string(containsString("配管员" + unique)));
        mvc.perform(get("/console/lottery/partners/" + partner).with(logins.as("fucai")))
                .andExpect(content().string(containsString(code)));

        byte[] xlsx = mvc.perform(get(OUTLETS + "/export?q=" + code).with(logins.as("fucai")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        var sheet = LotteryFixtures.cells(xlsx);
        assertThat(sheet).hasSize(2);
        assertThat(sheet.get(1)).contains(code, name, "连锁门店", "新渠道", "A-" + unique);
    }

    @Test
    void staffEditsAndClosesAnOutlet() throws Exception {
        String code = LotteryFixtures.outletCode();
        long id = fixtures.outlet(
                code,
                "投注站" + unique,
                "TRADITIONAL",
                LotteryFixtures.PENGLI,
                LocalDate.now().minusYears(3),
                team);
        String newCode = LotteryFixtures.outletCode();
        mvc.perform(post(OUTLETS + "/" + id)
                        .with(csrf())
                        .with(logins.as("fucai"))
                        .param("code", newCode)
                        .param("name", "改名投注站" + unique)
                        .param("kind", "TRADITIONAL")
                        .param("address", "新地址 8 号")
                        .param("regionCode", LotteryFixtures.BINCHENG)
                        .param("openedOn", LocalDate.now().minusYears(3).toString())
                        .param("openedByTeamId", String.valueOf(team))
                        .param("servicedByTeamId", String.valueOf(otherTeam))
                        .param("servicedByMemberId", String.valueOf(otherMember)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select code || '/' || name || '/' || region_code || '/' || serviced_by_member_id"
                                + " from lottery.outlets where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo(newCode + "/改名投注站" + unique + "/" + LotteryFixtures.BINCHENG + "/" + otherMember);
        assertThat(fixtures.audits("lottery.outlet.update", id)).isEqualTo(1);

        mvc.perform(post(OUTLETS + "/" + id + "/close")
                        .with(csrf())
                        .with(logins.as("fucai"))
                        .param("closedOn", LocalDate.now().minusYears(4).toString())
                        .param("reason", "停业"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(OUTLETS + "/" + id + "/close")
                        .with(csrf())
                        .with(logins.as("fucai"))
                        .param("closedOn", LocalDate.now().toString())
                        .param("reason", "<script>x</script>"))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.count("select count(*) from lottery.outlets where closed_on is not null and id = ?", id))
                .isZero();
        mvc.perform(post(OUTLETS + "/" + id + "/close")
                        .with(csrf())
                        .with(logins.as("fucai"))
                        .param("closedOn", LocalDate.now().toString())
                        .param("reason", "业主退出"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select close_reason from lottery.outlets where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("业主退出");
        assertThat(fixtures.audits("lottery.outlet.close", id)).isEqualTo(1);
        mvc.perform(get(OUTLETS + "?q=" + newCode + "&status=closed").with(logins.as("fucai")))
                .andExpect(content().string(containsString("改名投注站" + unique)));
    }

    @Test
    void badOutletInputStoresNothing() throws Exception {
        String code = LotteryFixtures.outletCode();
        String name = "坏网点" + unique;
        String taken = LotteryFixtures.outletCode();
        fixtures.outlet(taken, "已有网点" + unique, "TRADITIONAL", LotteryFixtures.PENGLI, LocalDate.now(), team);
        long otherPartner = fixtures.partner("别家渠道商" + unique);
        long othersAgreement = fixtures.agreement(
                otherPartner,
                "B-" + unique,
                LocalDate.now().minusMonths(6),
                LocalDate.now().plusYears(2));
        long expired = fixtures.agreement(
                partner,
                "X-" + unique,
                LocalDate.now().minusYears(3),
                LocalDate.now().minusYears(1));

        expectError(open(taken, name), "code");
        expectError(open("12", name), "code");
        expectError(open(code, name, "openedOn", LocalDate.now().plusDays(1).toString()), "openedOn");
        expectError(open(code, name, "agreementId", String.valueOf(othersAgreement)), "agreementId");
        expectError(open(code, name, "agreementId", String.valueOf(expired)), "agreementId");
        expectError(open(code, name, "openedOn", LocalDate.now().minusYears(1).toString()), "agreementId");
        expectError(open(code, name, "openedByMemberId", String.valueOf(otherMember)), "openedByMemberId");
        expectError(open(code, name, "servicedByMemberId", String.valueOf(member)), "servicedByMemberId");
        expectError(open(code, name, "regionCode", "370102000000"), "regionCode");
        expectError(open(code, name, "regionCode", "371600000000"), "regionCode");
        expectError(open(code, "<script>alert(1)</script>"), "name");
        expectError(open(code, ""), "name");
        expectError(open(code, name, "kind", "CASINO"), "kind");
        expectError(open(code, name, "partnerId", ""), "agreementId");
        assertThat(coded(code)).isZero();
        assertThat(fixtures.count("select count(*) from lottery.outlets where name = ?", name))
                .isZero();
    }

    @Test
    void closingBeforeOpeningIsRefused() throws Exception {
        String code = LotteryFixtures.outletCode();
        long id = fixtures.outlet(
                code,
                "新开网点" + unique,
                "MALL",
                LotteryFixtures.PENGLI,
                LocalDate.now().minusDays(10),
                team);
        mvc.perform(post(OUTLETS + "/" + id + "/close")
                        .with(csrf())
                        .with(logins.as("fucai"))
                        .param("closedOn", LocalDate.now().minusDays(11).toString())
                        .param("reason", "测试"))
                .andExpect(status().is3xxRedirection())
                .andExpect(result ->
                        assertThat(result.getFlashMap().get("flashError")).isNotNull());
        assertThat(fixtures.count("select count(*) from lottery.outlets where closed_on is null and id = ?", id))
                .isEqualTo(1);
        assertThat(fixtures.audits("lottery.outlet.close", id)).isZero();
    }

    @Test
    void countsByKindIncludeANewOutletOfThisYear() throws Exception {
        String code = LotteryFixtures.outletCode();
        fixtures.outlet(code, "分布式" + unique, "DISTRIBUTED", LotteryFixtures.PENGLI, LocalDate.now(), team);
        mvc.perform(get(OUTLETS).with(logins.as("fucai")))
                .andExpect(status().isOk())
                .andExpect(model().attributeExists("counts", "totalOpen", "totalThisYear"))
                .andExpect(result -> assertThat(
                                (Integer) result.getModelAndView().getModel().get("totalThisYear"))
                        .isPositive());
        mvc.perform(get(OUTLETS + "?sort=code;drop").with(logins.as("fucai"))).andExpect(status().isOk());
        mvc.perform(get(OUTLETS + "/999999999").with(logins.as("fucai"))).andExpect(status().isNotFound());
    }

    @Test
    void staffBoundToACountySeeOnlyThatCountysOutlets() throws Exception {
        String county = logins.createAccount("fucai-bincheng", LotteryFixtures.BINCHENG, "LOTTERY_STAFF");
        String mine = LotteryFixtures.outletCode();
        String theirs = LotteryFixtures.outletCode();
        fixtures.outlet(mine, "滨城网点" + unique, "MALL", LotteryFixtures.PENGLI, LocalDate.now(), team);
        long zhanhua = fixtures.outlet(theirs, "沾化网点" + unique, "MALL", "371603000000", LocalDate.now(), team);
        mvc.perform(get(OUTLETS + "?q=" + unique).with(logins.as(county)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("滨城网点" + unique)))
                .andExpect(content().string(not(containsString("沾化网点" + unique))));
        mvc.perform(get(OUTLETS + "/" + zhanhua).with(logins.as(county))).andExpect(status().isNotFound());
        mvc.perform(post(OUTLETS + "/" + zhanhua + "/close")
                        .with(csrf())
                        .with(logins.as(county))
                        .param("closedOn", LocalDate.now().toString())
                        .param("reason", "越权"))
                .andExpect(status().isNotFound());
        mvc.perform(open(LotteryFixtures.outletCode(), "越界网点" + unique, "regionCode", "371603000000")
                        .with(logins.as(county)))
                .andExpect(model().attributeHasFieldErrors("lotteryOutletForm", "regionCode"));
        mvc.perform(get(OUTLETS + "/" + zhanhua).with(logins.as("fucai"))).andExpect(status().isOk());
    }

    void expectError(MockHttpServletRequestBuilder request, String field) throws Exception {
        mvc.perform(request.with(logins.as("fucai")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("lotteryOutletForm", field));
    }
}
