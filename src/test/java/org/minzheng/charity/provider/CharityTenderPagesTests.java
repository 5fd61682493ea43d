package org.minzheng.charity.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.charity.ledger.FundLedger;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** 招投标: publishing within the budget, bids within the window and ceiling, scores, the award rules and scope. */
@IntegrationTest
class CharityTenderPagesTests {

    static final String TENDERS = "/console/charity/tenders";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FundLedger ledger;

    TenderFixture fixture;
    LocalDate today;

    @BeforeEach
    void fixture() {
        fixture = new TenderFixture(jdbc, ledger);
        today = TenderService.today();
    }

    Map<String, String> tenderForm(long project, String title) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("projectId", String.valueOf(project));
        form.put("title", title);
        form.put("scope", "为 40 户独居老人每周上门照护两次");
        form.put("ceilingYuan", "300000");
        form.put("opensOn", today.toString());
        form.put("closesOn", today.plusDays(20).toString());
        return form;
    }

    static MockHttpServletRequestBuilder submit(String url, Map<String, String> form) {
        MockHttpServletRequestBuilder request = post(url).with(csrf());
        form.forEach(request::param);
        return request;
    }

    MockHttpServletRequestBuilder bid(long tender, long provider, String yuan, LocalDate submitted) {
        return post(TENDERS + "/" + tender + "/bids")
                .with(csrf())
                .param("providerId", String.valueOf(provider))
                .param("amountYuan", yuan)
                .param("proposal", "专职社工 6 名，每周入户两次")
                .param("submittedOn", submitted.toString());
    }

    MockHttpServletRequestBuilder award(long tender, long bid, String reason) {
        return post(TENDERS + "/" + tender + "/award")
                .with(csrf())
                .param("bidId", String.valueOf(bid))
                .param("reason", reason)
                .param("signedOn", today.toString())
                .param("startsOn", today.toString())
                .param("endsOn", today.plusMonths(3).toString());
    }

    long tenders(long project) {
        return fixture.count("select count(*) from charity.tenders where project_id = ?", project);
    }

    @Test
    void countyStaffPublishATenderForTheirProjectAndItIsAudited() throws Exception {
        long project = fixture.project(TenderFixture.BINCHENG, "FUNDRAISING");
        String title = "居家照护服务" + fixture.unique;
        mvc.perform(submit(TENDERS, tenderForm(project, title)).with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from charity.tenders where title = :t")
                .param("t", title)
                .query(Long.class)
                .single();
        assertThat(fixture.count("select ceiling_fen from charity.tenders where id = ?", id))
                .isEqualTo(30_000_000L);
        assertThat(fixture.count(
                        "select count(*) from audit.audit_entries where action = 'charity.tender.create' and target_id = ?",
                        String.valueOf(id)))
                .isEqualTo(1);
        mvc.perform(get(TENDERS).param("project", String.valueOf(project)).with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(title)));
        mvc.perform(get(TENDERS + "/" + id).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("投标截止日期为")));
        mvc.perform(get(TENDERS + "/export")
                        .param("project", String.valueOf(project))
                        .with(logins.as("auditor")))
                .andExpect(status().isOk());
    }

    @Test
    void badTenderInputIsRefusedAndNothingIsStored() throws Exception {
        long project = fixture.project(TenderFixture.BINCHENG, "RUNNING");
        long proposed = fixture.project(TenderFixture.BINCHENG, "PROPOSED");
        long zhanhua = fixture.project(TenderFixture.ZHANHUA, "RUNNING");
        Map<String, Map<String, String>> cases = new LinkedHashMap<>();
        cases.put("最高限价不能超过项目预算", with(project, "ceilingYuan", "500000.01"));
        cases.put("请填写大于 0 的最高限价", with(project, "ceilingYuan", "0"));
        cases.put("投标截止日期不能早于开始日期", with(project, "closesOn", today.minusDays(1).toString()));
        cases.put("请填写招标项目名称", with(project, "title", ""));
        cases.put("请选择您所在地区募集中或实施中的慈善项目", with(zhanhua, "title", "跨区"));
        for (var c : cases.entrySet()) {
            mvc.perform(submit(TENDERS, c.getValue()).with(logins.as("bincheng")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(c.getKey())));
        }
        mvc.perform(submit(TENDERS, tenderForm(proposed, "未募集")).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("只有募集中或实施中的项目可以发布招标")));
        mvc.perform(submit(TENDERS, with(project, "scope", "<script>alert(1)</script>"))
                        .with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
        assertThat(tenders(project)).isZero();
        assertThat(tenders(proposed)).isZero();
        assertThat(tenders(zhanhua)).isZero();
    }

    Map<String, String> with(long project, String field, String value) {
        Map<String, String> form = tenderForm(project, "坏招标" + fixture.unique);
        form.put(field, value);
        return form;
    }

    @Test
    void bidsOutsideTheWindowOrAboveTheCeilingAreRefused() throws Exception {
        long project = fixture.project(TenderFixture.BINCHENG, "RUNNING");
        long tender = fixture.tender(project, 2);
        long provider = fixture.provider("投标机构", TenderFixture.BINCHENG);
        LocalDate opens = today.minusDays(22);
        LocalDate closes = today.minusDays(2);

        mvc.perform(bid(tender, provider, "300000.01", opens.plusDays(1)).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("报价不能超过最高限价")));
        mvc.perform(bid(tender, provider, "200000", closes.plusDays(1)).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("投标日期须在投标期内")));
        mvc.perform(bid(tender, provider, "200000", opens.minusDays(1)).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("投标日期须在投标期内")));
        mvc.perform(bid(tender, provider, "abc", opens).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("请填写大于 0 的报价金额")));
        mvc.perform(bid(tender, provider, "200000", opens)
                        .param("proposal", "<script>alert(1)</script>")
                        .with(logins.as("bincheng")))
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
        assertThat(fixture.count("select count(*) from charity.bids where tender_id = ?", tender))
                .isZero();

        mvc.perform(bid(tender, provider, "280000", closes).with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(bid(tender, provider, "270000", closes).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("同一机构只能投一次")));
        assertThat(fixture.count("select count(*) from charity.bids where tender_id = ?", tender))
                .isEqualTo(1);
        assertThat(fixture.count(
                        "select count(*) from audit.audit_entries where action = 'charity.bid.create' and target_id = ?",
                        String.valueOf(tender)))
                .isEqualTo(1);
    }

    @Test
    void theRecommendedBidIsAwardedWithoutReasonAnotherOnlyWithOne() throws Exception {
        long project = fixture.project(TenderFixture.BINCHENG, "RUNNING");
        long tender = fixture.tender(project, 1);
        long dear = fixture.bid(tender, fixture.provider("甲机构", TenderFixture.BINCHENG), 28_000_000L, null);
        long cheap = fixture.bid(tender, fixture.provider("乙机构", TenderFixture.BINCHENG), 25_000_000L, null);
        long unscored = fixture.bid(tender, fixture.provider("丙机构", TenderFixture.BINCHENG), 20_000_000L, null);
        fixture.provider("旁观机构", TenderFixture.BINCHENG);
        mvc.perform(get("/console/charity/providers")
                        .param("project", String.valueOf(project))
                        .with(logins.as("bincheng")))
                .andExpect(content().string(containsString("甲机构" + fixture.unique)))
                .andExpect(content().string(not(containsString("旁观机构" + fixture.unique))));

        mvc.perform(post(TENDERS + "/" + tender + "/bids/" + dear + "/score")
                        .with(csrf())
                        .param("score", "101")
                        .with(logins.as("bincheng")))
                .andExpect(flash().attribute("flashError", containsString("0 到 100")));
        for (long bid : new long[] {dear, cheap}) {
            mvc.perform(post(TENDERS + "/" + tender + "/bids/" + bid + "/score")
                            .with(csrf())
                            .param("score", "90")
                            .with(logins.as("bincheng")))
                    .andExpect(flash().attributeExists("flashSuccess"));
        }
        assertThat(fixture.count(
                        "select count(*) from audit.audit_entries where action = 'charity.bid.score' and target_id = ?",
                        String.valueOf(tender)))
                .isEqualTo(2);
        mvc.perform(get(TENDERS + "/" + tender).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("评审推荐：乙机构" + fixture.unique)));

        mvc.perform(award(tender, unscored, "最便宜").with(logins.as("bincheng")))
                .andExpect(content().string(containsString("只能选择已评分的投标定标")));
        mvc.perform(award(tender, dear, " ").with(logins.as("bincheng")))
                .andExpect(content().string(containsString("请填写理由")));
        assertThat(fixture.count("select count(*) from charity.contracts where tender_id = ?", tender))
                .isZero();
        assertThat(jdbc.sql("select status from charity.tenders where id = :t")
                        .param("t", tender)
                        .query(String.class)
                        .single())
                .isEqualTo("OPEN");

        mvc.perform(award(tender, dear, "乙机构无养老护理员资质").with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection());
        var contract = jdbc.sql("select number, amount_fen, bid_id from charity.contracts where tender_id = :t")
                .param("t", tender)
                .query()
                .singleRow();
        assertThat(contract).containsEntry("amount_fen", 28_000_000L).containsEntry("bid_id", dear);
        assertThat((String) contract.get("number")).matches("HT371602-" + today.getYear() + "-\\d{4}");
        assertThat(jdbc.sql("select status from charity.tenders where id = :t")
                        .param("t", tender)
                        .query(String.class)
                        .single())
                .isEqualTo("AWARDED");
        assertThat(fixture.count(
                        "select count(*) from audit.audit_entries where action = 'charity.tender.award'"
                                + " and target_id = ? and detail like ?",
                        String.valueOf(tender),
                        "%乙机构无养老护理员资质%"))
                .isEqualTo(1);

        mvc.perform(award(tender, cheap, "").with(logins.as("bincheng")))
                .andExpect(content().string(containsString("已经定标或取消")));
        assertThat(fixture.count("select count(*) from charity.contracts where tender_id = ?", tender))
                .isEqualTo(1);
    }

    @Test
    void contractNumbersRunPerRegionAndYear() throws Exception {
        long project = fixture.project(TenderFixture.BINCHENG, "RUNNING");
        long first = fixture.tender(project, 1);
        long second = fixture.tender(project, 1);
        long a = fixture.bid(first, fixture.provider("编号甲", TenderFixture.BINCHENG), 1_000_000L, 80);
        long b = fixture.bid(second, fixture.provider("编号乙", TenderFixture.BINCHENG), 1_000_000L, 80);
        mvc.perform(award(first, a, "").with(logins.as("bincheng"))).andExpect(status().is3xxRedirection());
        mvc.perform(award(second, b, "").with(logins.as("bincheng"))).andExpect(status().is3xxRedirection());
        var numbers = jdbc.sql("select number from charity.contracts where tender_id in (:t) order by id")
                .param("t", java.util.List.of(first, second))
                .query(String.class)
                .list();
        int one = Integer.parseInt(numbers.get(0).substring(numbers.get(0).length() - 4));
        int two = Integer.parseInt(numbers.get(1).substring(numbers.get(1).length() - 4));
        assertThat(two).isEqualTo(one + 1);
    }

    @Test
    void noAwardBeforeTheClosingDayAndACancelledTenderTakesNoBids() throws Exception {
        long project = fixture.project(TenderFixture.BINCHENG, "FUNDRAISING");
        long tender = fixture.tender(project, 0);
        long provider = fixture.provider("早定标机构", TenderFixture.BINCHENG);
        long bid = fixture.bid(tender, provider, 10_000_000L, 95);
        mvc.perform(award(tender, bid, "").with(logins.as("bincheng")))
                .andExpect(content().string(containsString("之后才能定标")));
        assertThat(fixture.count("select count(*) from charity.contracts where tender_id = ?", tender))
                .isZero();

        mvc.perform(post(TENDERS + "/" + tender + "/cancel")
                        .with(csrf())
                        .param("reason", " ")
                        .with(logins.as("bincheng")))
                .andExpect(flash().attribute("flashError", containsString("请填写取消理由")));
        mvc.perform(post(TENDERS + "/" + tender + "/cancel")
                        .with(csrf())
                        .param("reason", "<script>x</script>")
                        .with(logins.as("bincheng")))
                .andExpect(flash().attribute("flashError", containsString("请填写取消理由")));
        mvc.perform(post(TENDERS + "/" + tender + "/cancel")
                        .with(csrf())
                        .param("reason", "项目需求调整")
                        .with(logins.as("bincheng")))
                .andExpect(flash().attributeExists("flashSuccess"));
        assertThat(jdbc.sql("select status from charity.tenders where id = :t")
                        .param("t", tender)
                        .query(String.class)
                        .single())
                .isEqualTo("CANCELLED");
        long other = fixture.provider("晚到机构", TenderFixture.BINCHENG);
        mvc.perform(bid(tender, other, "1000", today.minusDays(1)).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("已经定标或取消")));
        assertThat(fixture.count("select count(*) from charity.bids where tender_id = ?", tender))
                .isEqualTo(1);
        assertThat(fixture.count(
                        "select count(*) from audit.audit_entries where action = 'charity.tender.cancel' and target_id = ?",
                        String.valueOf(tender)))
                .isEqualTo(1);
    }

    @Test
    void anotherCountysTenderIsNotFoundTownshipsLookAndOthersAreForbidden() throws Exception {
        long zhanhua = fixture.tender(fixture.project(TenderFixture.ZHANHUA, "RUNNING"), 1);
        long bincheng = fixture.tender(fixture.project(TenderFixture.BINCHENG, "RUNNING"), 1);
        long provider = fixture.provider("越权机构", TenderFixture.BINCHENG);

        mvc.perform(get(TENDERS + "/" + zhanhua).with(logins.as("bincheng"))).andExpect(status().isNotFound());
        mvc.perform(bid(zhanhua, provider, "1000", today.minusDays(5)).with(logins.as("bincheng")))
                .andExpect(status().isNotFound());
        mvc.perform(post(TENDERS + "/" + zhanhua + "/cancel")
                        .with(csrf())
                        .param("reason", "越权")
                        .with(logins.as("bincheng")))
                .andExpect(status().isNotFound());
        mvc.perform(get(TENDERS).param("q", fixture.unique).with(logins.as("bincheng")))
                .andExpect(content().string(not(containsString("/console/charity/tenders/" + zhanhua + "\""))));

        mvc.perform(get(TENDERS + "/" + bincheng).with(logins.as("pengli"))).andExpect(status().isOk());
        mvc.perform(get(TENDERS + "/" + zhanhua).with(logins.as("pengli"))).andExpect(status().isNotFound());
        mvc.perform(bid(bincheng, provider, "1000", today.minusDays(5)).with(logins.as("pengli")))
                .andExpect(status().isForbidden());
        mvc.perform(bid(bincheng, provider, "1000", today.minusDays(5)).with(logins.as("auditor")))
                .andExpect(status().isForbidden());
        mvc.perform(get(TENDERS).with(logins.as("cunwei"))).andExpect(status().isForbidden());
        mvc.perform(get(TENDERS + "/" + zhanhua).with(logins.as("zhanhua"))).andExpect(status().isOk());
        assertThat(fixture.count("select count(*) from charity.bids where tender_id in (?, ?)", zhanhua, bincheng))
                .isZero();
    }

    @Test
    void aClosedProjectsTenderTakesNoBidAndNoAward() throws Exception {
        long project = fixture.project(TenderFixture.BINCHENG, "CLOSED");
        long tender = fixture.tender(project, 1);
        long provider = fixture.provider("结项后机构", TenderFixture.BINCHENG);
        mvc.perform(bid(tender, provider, "1000", today.minusDays(5)).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("只有募集中或实施中的项目")));
        long scored = fixture.bid(tender, provider, 100_000L, 80);
        mvc.perform(award(tender, scored, "").with(logins.as("bincheng")))
                .andExpect(content().string(containsString("只有募集中或实施中的项目")));
        assertThat(fixture.count("select count(*) from charity.contracts where tender_id = ?", tender))
                .isZero();
        assertThat(fixture.count("select count(*) from charity.bids where tender_id = ?", tender))
                .isEqualTo(1);
    }
}
