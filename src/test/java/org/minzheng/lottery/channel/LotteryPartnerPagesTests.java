package org.minzheng.lottery.channel;

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
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** Partners and agreements: encrypted phones, credit codes, bad input, roles; every test rolls back. */
@IntegrationTest
@Transactional
class LotteryPartnerPagesTests {

    static final String PARTNERS = "/console/lottery/partners";
    static final List<String> PAGES = List.of(
            PARTNERS,
            PARTNERS + "/new",
            PARTNERS + "/export",
            "/console/lottery/outlets",
            "/console/lottery/outlets/new",
            "/console/lottery/outlets/export",
            "/console/lottery/teams",
            "/console/lottery/areas",
            "/console/lottery/areas/new",
            "/console/lottery/halls",
            "/console/lottery/welfare-projects",
            "/console/lottery/welfare-projects/export");

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalDataCipher cipher;

    LotteryFixtures fixtures;
    final String unique = LotteryFixtures.unique();

    @BeforeEach
    void fixtures() {
        fixtures = new LotteryFixtures(jdbc);
    }

    MockHttpServletRequestBuilder register(String name, String code, String phone) {
        return post(PARTNERS)
                .with(csrf())
                .param("name", name)
                .param("kind", "CHAIN")
                .param("creditCode", code)
                .param("contactName", "联系人" + unique)
                .param("phone", phone)
                .param("regionCode", LotteryFixtures.PENGLI);
    }

    long named(String name) {
        return fixtures.count("select count(*) from lottery.partners where name = ?", name);
    }

    @Test
    void staffRegistersAPartnerWithAnEncryptedPhoneAndEditsIt() throws Exception {
        String name = "测试连锁" + unique;
        String code = LotteryFixtures.creditCode();
        mvc.perform(register(name, code.toLowerCase(), "199 0543 6611").with(logins.as("fucai")))
                .andExpect(status().is3xxRedirection());
        var row = jdbc.sql("select id, credit_code, phone_cipher, phone_masked from lottery.partners where name = :n")
                .param("n", name)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getBytes(3), rs.getString(4)})
                .single();
        long id = (Long) row[0];
        assertThat(row[1]).isEqualTo(code);
        assertThat(cipher.decrypt((byte[]) row[2], LotteryPartnerRepository.PHONE_CONTEXT))
                .isEqualTo("19905436611");
        assertThat(row[3]).isEqualTo("199****6611");
        assertThat(fixtures.audits("lottery.partner.create", id)).isEqualTo(1);

        mvc.perform(get(PARTNERS + "?q=" + name).with(logins.as("fucai")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("199****6611")))
                .andExpect(content().string(not(containsString("19905436611"))));

        mvc.perform(post(PARTNERS + "/" + id)
                        .with(csrf())
                        .with(logins.as("fucai"))
                        .param("name", name + "改")
                        .param("kind", "MALL")
                        .param("creditCode", code)
                        .param("contactName", "新联系人")
                        .param("phone", "")
                        .param("regionCode", LotteryFixtures.BINCHENG))
                .andExpect(status().is3xxRedirection());
        var changed = jdbc.sql(
                        "select kind, contact_name, phone_masked, region_code from lottery.partners where id = :id")
                .param("id", id)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .single();
        assertThat(changed).containsExactly("MALL", "新联系人", "199****6611", LotteryFixtures.BINCHENG);
        assertThat(fixtures.audits("lottery.partner.update", id)).isEqualTo(1);

        byte[] xlsx = mvc.perform(get(PARTNERS + "/export?q=" + name).with(logins.as("fucai")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        var sheet = LotteryFixtures.cells(xlsx);
        assertThat(sheet).hasSize(2);
        assertThat(sheet.get(1)).contains(name + "改", code, "199****6611");
    }

    @Test
    void badPartnerInputStoresNothing() throws Exception {
        String name = "坏渠道商" + unique;
        String good = LotteryFixtures.creditCode();
        String wrongCheck = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        mvc.perform(register(name, wrongCheck, "19905436612").with(logins.as("fucai")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("lotteryPartnerForm", "creditCode"));
        mvc.perform(register(name, good, "0543-321").with(logins.as("fucai")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("lotteryPartnerForm", "phone"));
        mvc.perform(register(name, good, "").with(logins.as("fucai")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("lotteryPartnerForm", "phone"));
        mvc.perform(register("<script>alert(1)</script>", good, "19905436612").with(logins.as("fucai")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("lotteryPartnerForm", "name"));
        mvc.perform(register(name, good, "19905436612")
                        .param("regionCode", "370102000000")
                        .with(logins.as("fucai")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("lotteryPartnerForm", "regionCode"));
        mvc.perform(register("", good, "19905436612").with(logins.as("fucai")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("lotteryPartnerForm", "name"));
        mvc.perform(register("长".repeat(101), good, "19905436612").with(logins.as("fucai")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("lotteryPartnerForm", "name"));
        assertThat(named(name)).isZero();
        assertThat(fixtures.count("select count(*) from lottery.partners where credit_code = ?", good))
                .isZero();

        String taken = "已有渠道商" + unique;
        long existing = fixtures.partner(taken);
        String existingCode = jdbc.sql("select credit_code from lottery.partners where id = :id")
                .param("id", existing)
                .query(String.class)
                .single();
        mvc.perform(register(taken, LotteryFixtures.creditCode(), "19905436612").with(logins.as("fucai")))
                .andExpect(model().attributeHasFieldErrors("lotteryPartnerForm", "name"));
        mvc.perform(register(name, existingCode, "19905436612").with(logins.as("fucai")))
                .andExpect(model().attributeHasFieldErrors("lotteryPartnerForm", "creditCode"));
        assertThat(named(name)).isZero();
    }

    @Test
    void agreementsAreSignedEndedAndTerminatedOnThePartnerPage() throws Exception {
        long partner = fixtures.partner("协议渠道商" + unique);
        String number = "T-" + unique;
        mvc.perform(post(PARTNERS + "/" + partner + "/agreements")
                        .with(csrf())
                        .with(logins.as("fucai"))
                        .param("number", number)
                        .param("signedOn", LocalDate.now().minusDays(3).toString())
                        .param("validFrom", LocalDate.now().minusDays(3).toString())
                        .param("validTo", LocalDate.now().plusYears(2).toString())
                        .param("plannedOutlets", "12")
                        .param("terms", "门店代销，按月结算"))
                .andExpect(status().is3xxRedirection());
        long agreement = jdbc.sql("select id from lottery.agreements where number = :n")
                .param("n", number)
                .query(Long.class)
                .single();
        assertThat(fixtures.audits("lottery.agreement.create", agreement)).isEqualTo(1);
        mvc.perform(get(PARTNERS + "/" + partner).with(logins.as("fucai")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(number)))
                .andExpect(content().string(containsString("门店代销，按月结算")));

        mvc.perform(post(PARTNERS + "/" + partner + "/agreements")
                        .with(csrf())
                        .with(logins.as("fucai"))
                        .param("number", number)
                        .param("signedOn", LocalDate.now().toString())
                        .param("validFrom", LocalDate.now().toString())
                        .param("validTo", LocalDate.now().minusDays(1).toString())
                        .param("plannedOutlets", "3")
                        .param("terms", "<script>x</script>"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("lotteryAgreementForm", "number", "validTo", "terms"));
        assertThat(fixtures.count("select count(*) from lottery.agreements where partner_id = ?", partner))
                .isEqualTo(1);

        mvc.perform(post(PARTNERS + "/" + partner + "/agreements/" + agreement + "/close")
                        .with(csrf())
                        .with(logins.as("fucai"))
                        .param("terminate", "true")
                        .param("reason", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from lottery.agreements where id = :id")
                        .param("id", agreement)
                        .query(String.class)
                        .single())
                .isEqualTo("ACTIVE");
        mvc.perform(post(PARTNERS + "/" + partner + "/agreements/" + agreement + "/close")
                        .with(csrf())
                        .with(logins.as("fucai"))
                        .param("terminate", "true")
                        .param("reason", "门店关停"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status || '/' || end_reason from lottery.agreements where id = :id")
                        .param("id", agreement)
                        .query(String.class)
                        .single())
                .isEqualTo("TERMINATED/门店关停");
        assertThat(fixtures.audits("lottery.agreement.terminate", agreement)).isEqualTo(1);

        long second = fixtures.agreement(
                partner,
                "E-" + unique,
                LocalDate.now().minusYears(1),
                LocalDate.now().plusYears(1));
        mvc.perform(post(PARTNERS + "/" + partner + "/agreements/" + second + "/close")
                        .with(csrf())
                        .with(logins.as("fucai")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from lottery.agreements where id = :id")
                        .param("id", second)
                        .query(String.class)
                        .single())
                .isEqualTo("ENDED");
    }

    @Test
    void agreementOfAnotherPartnerCannotBeClosedThroughThisOne() throws Exception {
        long mine = fixtures.partner("甲渠道商" + unique);
        long other = fixtures.partner("乙渠道商" + unique);
        long agreement = fixtures.agreement(
                other,
                "O-" + unique,
                LocalDate.now().minusYears(1),
                LocalDate.now().plusYears(1));
        mvc.perform(post(PARTNERS + "/" + mine + "/agreements/" + agreement + "/close")
                        .with(csrf())
                        .with(logins.as("fucai")))
                .andExpect(status().isNotFound());
        mvc.perform(get(PARTNERS + "/999999999").with(logins.as("fucai"))).andExpect(status().isNotFound());
    }

    @Test
    void everyoneOutsideTheCentreIsRefusedEveryPage() throws Exception {
        for (String user : List.of("bincheng", "jiuzhu", "cunwei", "pengli")) {
            for (String page : PAGES) {
                mvc.perform(get(page).with(logins.as(user))).andExpect(status().isForbidden());
            }
        }
    }

    @Test
    void auditorReadsEveryPageButChangesNothing() throws Exception {
        for (String page : List.of(
                PARTNERS,
                "/console/lottery/outlets",
                "/console/lottery/teams",
                "/console/lottery/areas",
                "/console/lottery/welfare-projects")) {
            mvc.perform(get(page).with(logins.as("auditor"))).andExpect(status().isOk());
        }
        String name = "审计员渠道商" + unique;
        mvc.perform(register(name, LotteryFixtures.creditCode(), "19905436613").with(logins.as("auditor")))
                .andExpect(status().isForbidden());
        mvc.perform(get(PARTNERS + "/new").with(logins.as("auditor"))).andExpect(status().isForbidden());
        mvc.perform(post("/console/lottery/teams")
                        .with(csrf())
                        .with(logins.as("auditor"))
                        .param("name", "审计员队伍" + unique)
                        .param("kind", "DISTRIBUTION"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/lottery/welfare-projects")
                        .with(csrf())
                        .with(logins.as("auditor"))
                        .param("name", "审计员项目" + unique)
                        .param("purpose", "x")
                        .param("budget", "100")
                        .param("startedOn", "2025-01-01"))
                .andExpect(status().isForbidden());
        assertThat(named(name)).isZero();
    }

    @Test
    void partnerExcelExportIsASpreadsheet() throws Exception {
        mvc.perform(get(PARTNERS + "/export").with(logins.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(result ->
                        assertThat(result.getResponse().getContentType()).contains("spreadsheetml"));
    }
}
