package org.minzheng.charity.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.attachment.Attachments;
import org.minzheng.attachment.Upload;
import org.minzheng.charity.ledger.FundLedger;
import org.minzheng.charity.ledger.TransferKind;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public charity page against the real database, read by someone with no account: it shows each project's
 * money and household count from the records, names only consenting donors, and never a person's details. Every
 * test rolls back.
 */
@IntegrationTest
@Transactional
class PublicCharityPagesTests {

    /** 博兴县: no other test keeps charity money there. */
    static final String REGION = "371625000000";

    static final LocalDate QUIET_WEEK = LocalDate.of(2023, 5, 8);
    static final Pattern PHONE = Pattern.compile("1[3-9][0-9]{9}");
    static final Pattern ID_NUMBER = Pattern.compile("[1-9][0-9]{16}[0-9X]");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FundLedger ledger;

    @Autowired
    WeeklyUpdates updates;

    @Autowired
    PublicCharity publicCharity;

    @Autowired
    StaffLogins logins;

    @Autowired
    Attachments attachments;

    final String unique = UUID.randomUUID().toString().substring(0, 8);
    long project;
    long proposed;
    long organisation;

    @BeforeEach
    void records() {
        organisation = jdbc.sql("insert into charity.organisations (name) values (:n) returning id")
                .param("n", "公开测试慈善会" + unique)
                .query(Long.class)
                .single();
        project = project("公开测试项目" + unique, "RUNNING");
        proposed = project("尚未公开的项目" + unique, "PROPOSED");
        long named = donor("ENTERPRISE", "同意公开的企业" + unique, true);
        long privateDonor = donor("INDIVIDUAL", "不愿具名的张三" + unique, false);
        long fund = ledger.projectFund(project);
        give(named, fund, 600_000_00, QUIET_WEEK.plusDays(1));
        give(privateDonor, fund, 1_234_00, QUIET_WEEK.plusDays(2));
        long general = ledger.generalFund(REGION);
        give(privateDonor, general, 100_00, QUIET_WEEK.plusDays(3));
        ledger.transfer(general, fund, 100_00, TransferKind.ALLOCATION, "拨付", "test");
        pay(fund, 200_000_00, QUIET_WEEK.plusDays(4));
        jdbc.sql("""
                        insert into charity.beneficiaries (project_id, household_id, category_code, region_code,
                            household_number, head_name_masked, added_by)
                        values (:p, 990000001, 'SERIOUS_ILLNESS', '371602005001', :number, :head, 'test'),
                               (:p, 990000002, 'SERIOUS_ILLNESS', '371602005001', :number2, :head, 'test'),
                               (:p, 990000003, 'SERIOUS_ILLNESS', '371602012201', :number3, :head, 'test')
                        """)
                .param("p", project)
                .param("number", "HH-SECRET-" + unique)
                .param("number2", "HH-SECRET2-" + unique)
                .param("number3", "HH-SECRET3-" + unique)
                .param("head", "李*" + unique)
                .update();
    }

    @Test
    void anyoneSeesEachProjectsMoneyFromTheRecords() throws Exception {
        String page = publicPage("/charity?region=" + REGION);

        assertThat(page).contains("公开测试项目" + unique);
        assertThat(page).doesNotContain("尚未公开的项目" + unique);
        // received 600,000.00 + 1,234.00 + 100.00 allocated; spent 200,000.00
        assertThat(page).contains("¥601,334.00").contains("¥200,000.00").contains("¥401,334.00");
        assertThat(page).contains("同意公开的企业" + unique);
    }

    @Test
    void theProjectPageCountsHouseholdsByTownshipAndNamesProviders() throws Exception {
        String page = publicPage("/charity/projects/" + project);

        assertThat(page).contains("公开测试项目" + unique);
        assertThat(page).contains("彭李街道").contains("里则街道");
        assertThat(page).contains("公开测试机构" + unique);
        assertThat(page).contains("同意公开的企业" + unique);
        assertThat(page).contains("2023-05");
    }

    @Test
    void noPersonalDataReachesThePublic() throws Exception {
        for (String path : new String[] {"/charity", "/charity?region=" + REGION, "/charity/projects/" + project}) {
            String page = publicPage(path);
            assertThat(page).as(path).doesNotContain("不愿具名的张三" + unique);
            assertThat(page).as(path).doesNotContain("HH-SECRET");
            assertThat(page).as(path).doesNotContain("李*" + unique);
            assertThat(page).as(path).doesNotContain("139****" + unique.substring(0, 4));
            assertThat(page).as(path).doesNotContain("GK-" + unique);
            assertThat(PHONE.matcher(page).find())
                    .as(path + " shows no phone number")
                    .isFalse();
            assertThat(ID_NUMBER.matcher(page).find())
                    .as(path + " shows no ID number")
                    .isFalse();
        }
        assertThat(publicPage("/charity/projects/" + project)).contains("另有 1 位捐赠人未公开名称，共捐赠 ¥1,234.00");
    }

    @Test
    void evaluationsAwardsAndAuditReportsArePublishedWithoutWithheldNames() throws Exception {
        jdbc.sql("""
                        insert into charity.evaluations (project_id, year, quarter, evaluator, management_score,
                            outcome_score, funds_score, satisfaction_score, disclosure_score, findings, evaluated_on,
                            recorded_by)
                        values (:p, 2023, 2, :evaluator, 18, 27, 22, 13, 8, '内部发现', '2023-07-10', 'test')
                        """).param("p", project).param("evaluator", "公开测试评估所" + unique).update();
        long cycle =
                jdbc.sql("""
                        insert into charity.award_cycles (name, first_year, last_year, nominations_close, status,
                            published_on, created_by)
                        values (:n, 2099, 2100, '2099-12-01', 'PUBLISHED', '2099-12-31', 'test') returning id
                        """).param("n", "公开测试评选" + unique).query(Long.class).single();
        jdbc.sql("""
                        insert into charity.nominations (cycle_id, category, nominee, deeds, publish_consent, score,
                            winner, region_code, nominated_by)
                        values (:c, 'PERSON', :secret, '事迹', false, 95, true, :r, 'test'),
                               (:c, 'PERSON', :open, '事迹', true, 90, true, :r, 'test'),
                               (:c, 'PERSON', :loser, '事迹', true, 50, false, :r, 'test')
                        """)
                .param("c", cycle)
                .param("secret", "不愿公开的楷模" + unique)
                .param("open", "同意公开的楷模" + unique)
                .param("loser", "未当选的人" + unique)
                .param("r", REGION)
                .update();
        var stored = attachments.store(new Upload(
                "审计报告.pdf",
                new ByteArrayInputStream("%PDF-1.4\n% test report\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)),
                -1,
                "charity-audit-report",
                null));
        jdbc.sql("""
                        insert into charity.audit_reports (organisation_id, year, audit_firm, opinion, attachment_id,
                            region_code, uploaded_by)
                        values (:o, extract(year from current_date)::int - 1, :firm, 'UNQUALIFIED', :a, :r, 'test')
                        """)
                .param("o", organisation)
                .param("firm", "公开测试会计师事务所" + unique)
                .param("a", stored.id().toString())
                .param("r", REGION)
                .update();

        String overview = publicPage("/charity");
        assertThat(overview).contains("公开测试评选" + unique).contains("同意公开的楷模" + unique);
        assertThat(overview).doesNotContain("不愿公开的楷模" + unique).doesNotContain("未当选的人" + unique);
        assertThat(overview).contains("本人未同意公开姓名");
        assertThat(overview).contains("公开测试会计师事务所" + unique).contains("/charity/audit-reports/" + stored.id());
        assertThat(publicPage("/charity/projects/" + project))
                .contains("公开测试评估所" + unique)
                .contains("2023 年第 2 季度")
                .contains("88 分 · 良好")
                .doesNotContain("内部发现");

        mvc.perform(get("/charity/audit-reports/" + stored.id()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        var other = attachments.store(new Upload(
                "别的文件.pdf",
                new ByteArrayInputStream("%PDF-1.4\n% not a report\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)),
                -1,
                "assistance-case",
                null));
        mvc.perform(get("/charity/audit-reports/" + other.id())).andExpect(status().isNotFound());
        mvc.perform(get("/charity/audit-reports/not-a-file")).andExpect(status().isNotFound());
    }

    /** With the city's general fund giving to a county's project, every area still balances, and the city too. */
    @Test
    void everyAreasHeadlineBalancesEvenWithMoneyMovedBetweenAreas() {
        long cityGeneral = ledger.generalFund("371600000000");
        long donor = donor("ENTERPRISE", "跨区拨付企业" + unique, true);
        give(donor, cityGeneral, 300_00, QUIET_WEEK);
        ledger.transfer(cityGeneral, ledger.projectFund(project), 300_00, TransferKind.ALLOCATION, "市级拨付", "test");

        var county = publicCharity.totals(REGION);
        assertThat(county.receivedFen()).isEqualTo(600_000_00 + 1_234_00 + 100_00 + 300_00);
        for (String region : publicCharity.regions()) {
            var totals = publicCharity.totals(region);
            assertThat(totals.receivedFen()).as(region).isEqualTo(totals.spentFen() + totals.balanceFen());
        }
        var everything = publicCharity.totals(null);
        assertThat(everything.receivedFen()).isEqualTo(everything.spentFen() + everything.balanceFen());
        assertThat(everything.receivedFen())
                .isEqualTo(jdbc.sql("select coalesce(sum(amount_fen), 0) from charity.ledger_entries"
                                + " where kind in ('DONATION', 'DONATION_VOID')")
                        .query(Long.class)
                        .single());
    }

    @Test
    void aProposalIsNotPublic() throws Exception {
        mvc.perform(get("/charity/projects/" + proposed)).andExpect(status().isNotFound());
        mvc.perform(get("/charity/projects/987654321")).andExpect(status().isNotFound());
    }

    @Test
    void theWeeklyLineCountsTheWeeksGiftsPaymentsAndHouseholds() {
        WeeklyUpdate week = updates.publish(QUIET_WEEK.plusDays(3), "test", null);

        assertThat(week.weekStart()).isEqualTo(QUIET_WEEK);
        assertThat(week.donationsCount()).isEqualTo(3);
        assertThat(week.donationsFen()).isEqualTo(600_000_00 + 1_234_00 + 100_00);
        assertThat(week.paymentsCount()).isEqualTo(1);
        assertThat(week.paymentsFen()).isEqualTo(200_000_00);
        assertThat(week.newBeneficiaries()).isZero();

        jdbc.sql("update charity.donations set status = 'VOID', void_reason = '作废' where receipt_number = :r")
                .param("r", "GK-" + unique + "-1234")
                .update();
        WeeklyUpdate again = updates.publish(QUIET_WEEK, "test", null);
        assertThat(again.donationsCount()).isEqualTo(2);
        assertThat(again.donationsFen()).isEqualTo(600_000_00 + 100_00);
    }

    @Test
    void theCityPublishesTheRunningWeekAndOthersMayNot() throws Exception {
        mvc.perform(post("/console/charity/disclosure/publish").with(csrf()).with(logins.as("admin")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select published_by from charity.disclosure_updates where week_start = :w")
                        .param("w", updates.thisWeek())
                        .query(String.class)
                        .single())
                .isEqualTo("admin");

        mvc.perform(post("/console/charity/disclosure/publish").with(csrf()).with(logins.as("bincheng")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/charity/disclosure").with(logins.as("pengli")))
                .andExpect(status().isOk());
        mvc.perform(get("/console/charity/disclosure").with(logins.as("cunwei")))
                .andExpect(status().isForbidden());
    }

    private String publicPage(String path) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long project(String name, String status) {
        long id = jdbc.sql("""
                        insert into charity.projects (name, goal, budget_fen, target_beneficiaries, organisation_id,
                            region_code, starts_on, ends_on, status, created_by)
                        values (:n, '帮助大病患者家庭', 1000000000, 10, :o, :r, '2023-01-01', '2023-12-31', :s, 'test')
                        returning id
                        """)
                .param("n", name)
                .param("o", organisation)
                .param("r", REGION)
                .param("s", status)
                .query(Long.class)
                .single();
        jdbc.sql("insert into charity.project_needs (project_id, category_code) values (:p, 'SERIOUS_ILLNESS')")
                .param("p", id)
                .update();
        return id;
    }

    private long donor(String kind, String name, boolean consent) {
        return jdbc.sql("""
                        insert into charity.donors (kind, name, phone_masked, named_consent, region_code, created_by, demo)
                        values (:k, :n, :phone, :c, :r, 'test', true) returning id
                        """)
                .param("k", kind)
                .param("n", name)
                .param("phone", "139****" + unique.substring(0, 4))
                .param("c", consent)
                .param("r", REGION)
                .query(Long.class)
                .single();
    }

    private void give(long donor, long fund, long fen, LocalDate on) {
        Long projectId = ledger.balance(fund).projectId();
        long gift = jdbc.sql("""
                        insert into charity.donations (donor_id, amount_fen, channel, brand, directed, project_id,
                            fund_id, received_on, receipt_number, region_code, recorded_by)
                        values (:d, :fen, 'BANK_TRANSFER', 'OTHER', :directed, :p, :f, :on, :no, :r, 'test')
                        returning id
                        """)
                .param("d", donor)
                .param("fen", fen)
                .param("directed", projectId != null)
                .param("p", projectId)
                .param("f", fund)
                .param("on", on)
                .param("no", "GK-" + unique + "-" + (fen / 100))
                .param("r", REGION)
                .query(Long.class)
                .single();
        ledger.receiveDonation(fund, gift, fen, "test");
    }

    private void pay(long fund, long fen, LocalDate on) {
        long provider = jdbc.sql("""
                        insert into charity.providers (name, credit_code, kind, contact_name, contact_phone,
                            region_code, created_by)
                        values (:n, :code, 'SOCIAL_WORK', '联系人', '0543-1234567', :r, 'test') returning id
                        """)
                .param("n", "公开测试机构" + unique)
                .param("code", creditCode())
                .param("r", REGION)
                .query(Long.class)
                .single();
        long tender = jdbc.sql("""
                        insert into charity.tenders (project_id, title, scope, ceiling_fen, opens_on, closes_on, status,
                            created_by)
                        values (:p, '服务', '服务', 300000000, '2023-02-01', '2023-02-10', 'AWARDED', 'test') returning id
                        """).param("p", project).query(Long.class).single();
        long bid = jdbc.sql("""
                        insert into charity.bids (tender_id, provider_id, amount_fen, proposal, score, submitted_on,
                            recorded_by)
                        values (:t, :pr, 300000000, '方案', 88, '2023-02-05', 'test') returning id
                        """)
                .param("t", tender)
                .param("pr", provider)
                .query(Long.class)
                .single();
        long contract = jdbc.sql("""
                        insert into charity.contracts (tender_id, bid_id, project_id, provider_id, number, amount_fen,
                            signed_on, starts_on, ends_on, created_by)
                        values (:t, :b, :p, :pr, :no, 300000000, '2023-02-15', '2023-03-01', '2023-12-31', 'test')
                        returning id
                        """)
                .param("t", tender)
                .param("b", bid)
                .param("p", project)
                .param("pr", provider)
                .param("no", "HT-" + unique)
                .query(Long.class)
                .single();
        long payment = jdbc.sql("""
                        insert into charity.payments (contract_id, project_id, amount_fen, paid_on, voucher_number, paid_by)
                        values (:c, :p, :fen, :on, :v, 'test') returning id
                        """)
                .param("c", contract)
                .param("p", project)
                .param("fen", fen)
                .param("on", on)
                .param("v", "PZ-" + unique)
                .query(Long.class)
                .single();
        ledger.pay(fund, payment, fen, "test");
    }

    private String creditCode() {
        String digits = String.valueOf(Math.abs(unique.hashCode()) % 100_000_000L);
        String body = "52371625" + "0".repeat(9 - digits.length()) + digits;
        return body + org.minzheng.shared.CreditCode.checkChar(body);
    }
}
