package org.minzheng.childwelfare.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.staff.login.StaffLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** Sessions allocated to the three funds under their caps, and the funding pages, against the real database. */
@IntegrationTest
@Transactional
class FundingPagesTests {

    static final String FUNDING = "/console/childwelfare/funding";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FundAllocation allocation;

    long institution;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void anInstitution() {
        institution = jdbc.sql(
                        "insert into childwelfare.institutions (name, region_code) values (:n, '371600000000') returning id")
                .param("n", "资金测试福利院-" + UUID.randomUUID())
                .query(Long.class)
                .single();
    }

    long child(String guardianship, boolean rehab, boolean insured) {
        String unique = UUID.randomUUID().toString();
        return jdbc.sql("""
                        insert into childwelfare.children (institution_id, region_code, name, id_number_cipher, id_number_index,
                            masked_id_number, birth_date, sex, guardianship, disability_type, disability_grade,
                            rehab_assistance_registered, medical_insurance_enrolled, admitted_on, created_by)
                        values (:inst, '371600000000', :name, :cipher, :index, '371602********001X', :birth, 'MALE',
                                :guardianship, 'PHYSICAL', 2, :rehab, :insured, :admitted, 'test')
                        returning id
                        """)
                .param("inst", institution)
                .param("name", "资金测试儿童" + unique.substring(0, 4))
                .param("cipher", unique.getBytes())
                .param("index", unique)
                .param("birth", today.minusYears(8))
                .param("guardianship", guardianship)
                .param("rehab", rehab)
                .param("insured", insured)
                .param("admitted", LocalDate.of(today.getYear() - 2, 3, 1))
                .query(Long.class)
                .single();
    }

    /** One hour of physical therapy (160 yuan an hour in the illustrative price list). */
    long session(long child, LocalDate day) {
        long id = jdbc.sql("""
                        insert into childwelfare.sessions (child_id, therapy_code, session_date, minutes, status, cost_fen,
                                                           region_code, recorded_by)
                        values (:child, 'PHYSICAL', :day, 60, 'DONE', 16000, '371600000000', 'test') returning id
                        """)
                .param("child", child)
                .param("day", day)
                .query(Long.class)
                .single();
        allocation.allocate(id);
        return id;
    }

    List<Map<String, Object>> shares(long session) {
        return jdbc.sql("select coalesce(fund_code, 'HOME') as fund, amount_fen from childwelfare.allocations"
                        + " where session_id = :s order by amount_fen desc")
                .param("s", session)
                .query()
                .listOfRows();
    }

    void budget(long child, String fund, String yuan) throws Exception {
        mvc.perform(post(FUNDING + "/children/" + child + "/budgets")
                        .param("year", String.valueOf(today.getYear()))
                        .param("fund", fund)
                        .param("amount", yuan)
                        .with(logins.as("fuliyuan"))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flashSuccess"));
    }

    @Test
    void aCapReachedMidMonthSplitsTheSessionAndTheNextFundPays() throws Exception {
        long child = child("ORPHAN", true, true);
        budget(child, "DPF", "300");
        long first = session(child, today.withDayOfMonth(1));
        long second = session(child, today.withDayOfMonth(1));
        assertThat(shares(first)).containsExactly(Map.of("fund", "DPF", "amount_fen", 16000L));
        assertThat(shares(second))
                .containsExactly(
                        Map.of("fund", "DPF", "amount_fen", 14000L), Map.of("fund", "MEDICAL", "amount_fen", 2000L));

        mvc.perform(get(FUNDING + "/children/" + child).with(logins.as("fuliyuan")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已用完")))
                .andExpect(content().string(containsString("核定额度 300.00 元")))
                .andExpect(content().string(containsString("<th class=\"num\" id=\"funded\">320.00</th>")));
    }

    @Test
    void aChildWithoutInsuranceSkipsMedicalAndANonOrphanSkipsTheTomorrowPlan() throws Exception {
        long orphan = child("ABANDONED", true, false);
        budget(orphan, "DPF", "100");
        assertThat(shares(session(orphan, today)))
                .containsExactly(
                        Map.of("fund", "DPF", "amount_fen", 10000L), Map.of("fund", "TOMORROW", "amount_fen", 6000L));

        long unsupported = child("DE_FACTO_UNSUPPORTED", false, false);
        assertThat(shares(session(unsupported, today))).containsExactly(Map.of("fund", "HOME", "amount_fen", 16000L));
        mvc.perform(get(FUNDING + "/children/" + unsupported).with(logins.as("fuliyuan")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("低于保障标准 72000.00 元")))
                .andExpect(content().string(containsString("残联康复救助")))
                .andExpect(content().string(containsString("未获残疾儿童康复救助")))
                .andExpect(content().string(containsString("不是孤儿或弃婴")));
    }

    @Test
    void anEligibleOrphanMeetsTheGuaranteeAndARunningOutFundIsWarned() throws Exception {
        long child = child("ORPHAN", true, true);
        budget(child, "DPF", "170");
        session(child, today);
        mvc.perform(get(FUNDING).param("warnings", "true").with(logins.as("fuliyuan")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("funding-" + child)))
                .andExpect(content().string(containsString("即将用完")));
        mvc.perform(get(FUNDING + "/children/" + child).with(logins.as("fuliyuan")))
                .andExpect(content().string(containsString("低于保障标准 72000.00 元")))
                .andExpect(content().string(containsString("残联康复救助核定额度 170.00 元，低于上限 15000.00 元")));

        long full = child("ORPHAN", true, true);
        mvc.perform(get(FUNDING + "/children/" + full).with(logins.as("fuliyuan")))
                .andExpect(content().string(containsString("可享额度 72000.00 元，达到保障标准 72000.00 元")));
    }

    @Test
    void theClaimListsTheSessionsAFundPaidAndExports() throws Exception {
        long child = child("ORPHAN", true, true);
        session(child, today);
        String month = YearMonth.from(today).toString();
        mvc.perform(get(FUNDING + "/claims")
                        .param("fund", "DPF")
                        .param("month", month)
                        .with(logins.as("fuliyuan")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("160.00")));
        mvc.perform(get(FUNDING + "/claims/export")
                        .param("fund", "DPF")
                        .param("month", month)
                        .with(logins.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .contentTypeCompatibleWith(
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        mvc.perform(get(FUNDING + "/export").with(logins.as("fuliyuan"))).andExpect(status().isOk());
    }

    @Test
    void aBadBudgetIsRefusedAndNothingIsStored() throws Exception {
        long child = child("ORPHAN", true, true);
        for (String[] bad : new String[][] {
            {"DPF", "15000.01", ""}, {"DPF", "abc", ""}, {"DPF", "100", "<script>x</script>"}, {"NOPE", "100", ""}
        }) {
            mvc.perform(post(FUNDING + "/children/" + child + "/budgets")
                            .param("fund", bad[0])
                            .param("amount", bad[1])
                            .param("note", bad[2])
                            .with(logins.as("fuliyuan"))
                            .with(csrf()))
                    .andExpect(flash().attributeExists("flashError"));
        }
        assertThat(jdbc.sql("select count(*) from childwelfare.budgets where child_id = :c")
                        .param("c", child)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void onlyTheHomeAndTheCityChangeFundsAndOthersAreRefused() throws Exception {
        long child = child("ORPHAN", true, true);
        mvc.perform(get(FUNDING).with(logins.as("bincheng"))).andExpect(status().isForbidden());
        mvc.perform(get(FUNDING + "/children/" + child).with(logins.as("zhanhua")))
                .andExpect(status().isForbidden());
        mvc.perform(post(FUNDING + "/children/" + child + "/budgets")
                        .param("fund", "DPF")
                        .param("amount", "100")
                        .with(logins.as("auditor"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/childwelfare/funds/DPF")
                        .param("cap", "16000")
                        .param("minAge", "0")
                        .param("maxAge", "17")
                        .param("warnPercent", "15")
                        .with(logins.as("zhiliao"))
                        .with(csrf()))
                .andExpect(status().isForbidden());

        mvc.perform(post("/console/childwelfare/funds/DPF")
                        .param("cap", "16000")
                        .param("minAge", "9")
                        .param("maxAge", "3")
                        .param("warnPercent", "15")
                        .with(logins.as("fuliyuan"))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flashError"));
        mvc.perform(post("/console/childwelfare/funds/TOMORROW/earlier")
                        .with(logins.as("fuliyuan"))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flashSuccess"));
        assertThat(jdbc.sql("select code from childwelfare.funds order by pay_order")
                        .query(String.class)
                        .list())
                .containsExactly("DPF", "TOMORROW", "MEDICAL");
        mvc.perform(get("/console/childwelfare/funds").with(logins.as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("明天计划")));
    }
}
