package org.minzheng.charity.donation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.shared.Money;

/** Allocating undirected gifts from a county's general fund to its projects, never beyond the balance. */
@IntegrationTest
class GeneralFundPagesTests extends DonationFixtures {

    static final String ALLOCATE = GENERAL_FUND + "/allocations";

    Map<String, String> allocation(long project, String yuan) {
        return Map.of("projectId", String.valueOf(project), "amountYuan", yuan, "reason", "按清单统筹拨付");
    }

    long transfers(long project) {
        return count(
                "select count(*) from charity.fund_transfers t join charity.funds f on f.id = t.to_fund_id"
                        + " where f.project_id = ?",
                project);
    }

    @Test
    void generalGiftsAreAllocatedToACountyProject() throws Exception {
        long donor = donor("资金池捐赠人", BINCHENG);
        long project = project("资金池拨付", BINCHENG, "RUNNING");
        mvc.perform(submit(DONATIONS, gift(donor, "5000", null)).with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection());
        long before = generalBalance(BINCHENG);

        mvc.perform(submit(ALLOCATE, allocation(project, "3000")).with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashSuccess", containsString("3000.00")));

        assertThat(generalBalance(BINCHENG)).isEqualTo(before - 300_000);
        assertThat(balanceOfProject(project)).isEqualTo(300_000);
        long general = ledger.generalOf(BINCHENG).orElseThrow().fundId();
        long fund = ledger.ofProject(project).orElseThrow().fundId();
        assertThat(ledger.fundsOutOfBalance()).doesNotContain(general, fund);
        assertThat(count(
                        "select count(*) from audit.audit_entries where action = 'charity.fund.allocate'"
                                + " and detail like ?",
                        "%project " + project + " %"))
                .isEqualTo(1);
        mvc.perform(get(GENERAL_FUND).with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("按清单统筹拨付")))
                .andExpect(content().string(not(containsString("allocation-form"))));
    }

    @Test
    void moreThanTheBalanceOrAnotherCountysProjectIsRefused() throws Exception {
        long project = project("超额拨付", BINCHENG, "RUNNING");
        long zhanhua = project("沾化拨付", ZHANHUA, "RUNNING");
        long proposed = project("未开始拨付", BINCHENG, "PROPOSED");
        long balance = generalBalance(BINCHENG);

        mvc.perform(submit(
                                ALLOCATE,
                                allocation(project, Money.ofFen(balance + 1).toYuanString()))
                        .with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("资金余额不足")));
        for (long other : new long[] {zhanhua, proposed}) {
            mvc.perform(submit(ALLOCATE, allocation(other, "1")).with(logins.as("bincheng")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("请选择本级募集中或实施中的项目")));
        }
        mvc.perform(submit(ALLOCATE, allocation(project, "0")).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("金额必须大于 0")));
        mvc.perform(submit(ALLOCATE, Map.of("projectId", String.valueOf(project), "amountYuan", "1", "reason", "<b>"))
                        .with(logins.as("bincheng")))
                .andExpect(content().string(containsString("不能包含尖括号")));

        assertThat(generalBalance(BINCHENG)).isEqualTo(balance);
        assertThat(transfers(project) + transfers(zhanhua) + transfers(proposed))
                .isZero();
        mvc.perform(submit(ALLOCATE, allocation(project, "1")).with(logins.as("pengli")))
                .andExpect(status().isForbidden());
        mvc.perform(submit(ALLOCATE, allocation(project, "1")).with(logins.as("auditor")))
                .andExpect(status().isForbidden());
        mvc.perform(get(GENERAL_FUND).with(logins.as("cunwei"))).andExpect(status().isForbidden());
        assertThat(transfers(project)).isZero();
    }
}
