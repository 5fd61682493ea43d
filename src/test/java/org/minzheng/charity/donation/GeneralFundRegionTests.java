package org.minzheng.charity.donation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;

/**
 * City staff opening a county's general fund: they see its statement and allocate from it, but only to that
 * county's open projects; county staff keep to their own fund.
 */
@IntegrationTest
class GeneralFundRegionTests extends DonationFixtures {

    static final String ALLOCATE = GENERAL_FUND + "/allocations";

    Map<String, String> allocation(String region, long project, String yuan) {
        return Map.of("region", region, "projectId", String.valueOf(project), "amountYuan", yuan, "reason", "区县统筹拨付");
    }

    long transfersTo(long project) {
        return count(
                "select count(*) from charity.fund_transfers t join charity.funds f on f.id = t.to_fund_id"
                        + " where f.project_id = ?",
                project);
    }

    void giveToBinchengsGeneralFund(String yuan) throws Exception {
        long donor = donor("区县资金池捐赠人", BINCHENG);
        mvc.perform(submit(DONATIONS, gift(donor, yuan, null)).with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void cityStaffOpenBinchengsFundAndAllocateToABinchengProject() throws Exception {
        giveToBinchengsGeneralFund("800");
        long project = project("区县资金池项目", BINCHENG, "RUNNING");
        long city = project("市级项目不可选", CITY, "RUNNING");
        long before = generalBalance(BINCHENG);
        long cityBefore = generalBalance(CITY);

        mvc.perform(get(GENERAL_FUND).with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"fund-region\"")))
                .andExpect(content().string(containsString("value=\"" + BINCHENG + "\"")));
        mvc.perform(get(GENERAL_FUND).param("region", BINCHENG).with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("滨城区非定向资金池")))
                .andExpect(content().string(containsString("区县资金池项目" + unique)))
                .andExpect(content().string(not(containsString("市级项目不可选" + unique))))
                .andExpect(content().string(containsString("name=\"region\" value=\"" + BINCHENG + "\"")));

        mvc.perform(submit(ALLOCATE, allocation(BINCHENG, project, "300")).with(logins.as("admin")))
                .andExpect(redirectedUrl(GENERAL_FUND + "?region=" + BINCHENG))
                .andExpect(flash().attribute("flashSuccess", containsString("300.00")));

        assertThat(generalBalance(BINCHENG)).isEqualTo(before - 30_000);
        assertThat(generalBalance(CITY)).isEqualTo(cityBefore);
        assertThat(balanceOfProject(project)).isEqualTo(30_000);
        assertThat(transfersTo(city)).isZero();
        assertThat(count(
                        "select count(*) from audit.audit_entries where action = 'charity.fund.allocate'"
                                + " and region_code = ? and detail like ?",
                        BINCHENG,
                        "%project " + project + " %"))
                .isEqualTo(1);
    }

    @Test
    void countyStaffAskingForAnotherCountysFundGetNotFound() throws Exception {
        long project = project("区县自有项目", BINCHENG, "RUNNING");
        mvc.perform(get(GENERAL_FUND).param("region", ZHANHUA).with(logins.as("bincheng")))
                .andExpect(status().isNotFound());
        mvc.perform(get(GENERAL_FUND).param("region", CITY).with(logins.as("bincheng")))
                .andExpect(status().isNotFound());
        mvc.perform(submit(ALLOCATE, allocation(ZHANHUA, project, "1")).with(logins.as("bincheng")))
                .andExpect(status().isNotFound());
        mvc.perform(get(GENERAL_FUND).param("region", BINCHENG).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("滨城区非定向资金池")))
                .andExpect(content().string(not(containsString("id=\"fund-region\""))));
        mvc.perform(get(GENERAL_FUND).with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("滨城区非定向资金池")));
        mvc.perform(get(GENERAL_FUND).param("region", "not-a-region").with(logins.as("admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get(GENERAL_FUND).param("region", "370100000000").with(logins.as("admin")))
                .andExpect(status().isNotFound());
        assertThat(transfersTo(project)).isZero();
    }

    @Test
    void cityStaffMayNotMoveACountysMoneyToACityOrAnotherCountysProject() throws Exception {
        giveToBinchengsGeneralFund("200");
        long city = project("市级项目拨付", CITY, "RUNNING");
        long zhanhua = project("沾化项目拨付", ZHANHUA, "RUNNING");
        long before = generalBalance(BINCHENG);

        for (long other : new long[] {city, zhanhua}) {
            mvc.perform(submit(ALLOCATE, allocation(BINCHENG, other, "1")).with(logins.as("admin")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("请选择本级募集中或实施中的项目")));
        }

        assertThat(generalBalance(BINCHENG)).isEqualTo(before);
        assertThat(transfersTo(city) + transfersTo(zhanhua)).isZero();
    }
}
