package org.minzheng.charity.donation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;
import org.springframework.beans.factory.annotation.Autowired;

/** Pledges and how the gifts naming them decide whether they are pending, partly or fully kept, or overdue. */
@IntegrationTest
class PledgePagesTests extends DonationFixtures {

    static final DataScope BINCHENG_SCOPE = new DataScope(RegionCode.of("371602"));

    @Autowired
    PledgeRepository pledges;

    Map<String, String> pledge(long donor, String yuan, LocalDate pledged, LocalDate due) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("donorId", String.valueOf(donor));
        form.put("amountYuan", yuan);
        form.put("projectId", "");
        form.put("pledgedOn", pledged.toString());
        form.put("dueOn", due.toString());
        form.put("note", "年度认捐");
        return form;
    }

    long create(long donor, String yuan, LocalDate pledged, LocalDate due) throws Exception {
        mvc.perform(submit(PLEDGES, pledge(donor, yuan, pledged, due)).with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection());
        return count("select max(id) from charity.pledges where donor_id = ?", donor);
    }

    void give(long donor, String yuan, long pledge) throws Exception {
        mvc.perform(submit(DONATIONS, with(gift(donor, yuan, null), "pledgeId", String.valueOf(pledge)))
                        .with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection());
    }

    Pledge find(long id) {
        return pledges.find(id, BINCHENG_SCOPE, KeepingRegion.today()).orElseThrow();
    }

    @Test
    void giftsNamingAPledgeDecideItsStatus() throws Exception {
        LocalDate today = KeepingRegion.today();
        long donor = donor("认捐企业", BINCHENG);
        long pending = create(donor, "1000", today.minusDays(5), today.plusMonths(1));
        long partly = create(donor, "1000", today.minusDays(5), today.plusMonths(1));
        long kept = create(donor, "1000", today.minusDays(5), today.plusMonths(1));
        long overdue = create(donor, "1000", today.minusDays(30), today.minusDays(1));
        long cancelled = create(donor, "1000", today.minusDays(5), today.plusMonths(1));

        give(donor, "400", partly);
        give(donor, "600", kept);
        mvc.perform(submit(
                                DONATIONS,
                                with(
                                        with(gift(donor, "400", null), "pledgeId", String.valueOf(kept)),
                                        "notDuplicate",
                                        "true"))
                        .with(logins.as("bincheng")))
                .andExpect(status().is3xxRedirection());
        give(donor, "999", overdue);
        mvc.perform(post(PLEDGES + "/" + cancelled + "/cancel").with(csrf()).with(logins.as("bincheng")))
                .andExpect(flash().attributeExists("flashSuccess"));

        assertThat(find(pending).status()).isEqualTo(PledgeStatus.PENDING);
        assertThat(find(partly).status()).isEqualTo(PledgeStatus.PARTIAL);
        assertThat(find(partly).percent()).isEqualTo(40);
        assertThat(find(kept).status()).isEqualTo(PledgeStatus.FULFILLED);
        assertThat(find(overdue).status()).isEqualTo(PledgeStatus.OVERDUE);
        assertThat(find(cancelled).status()).isEqualTo(PledgeStatus.CANCELLED);

        long partGift = count("select id from charity.donations where pledge_id = ?", partly);
        mvc.perform(post(DONATIONS + "/" + partGift + "/void")
                        .with(csrf())
                        .param("reason", "退回")
                        .with(logins.as("bincheng")))
                .andExpect(flash().attributeExists("flashSuccess"));
        assertThat(find(partly).status()).isEqualTo(PledgeStatus.PENDING);

        mvc.perform(get(PLEDGES)
                        .param("q", "认捐企业" + unique)
                        .param("status", "OVERDUE")
                        .with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("逾期未履行")))
                .andExpect(content().string(containsString("99%")));
        mvc.perform(get(DONORS + "/" + donor).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("已履行")))
                .andExpect(content().string(containsString("已取消")));
        mvc.perform(post(PLEDGES + "/" + kept + "/cancel").with(csrf()).with(logins.as("bincheng")))
                .andExpect(flash().attribute("flashError", containsString("不能取消")));
        assertThat(count(
                        "select count(*) from audit.audit_entries where action = 'charity.pledge.cancel' and target_id = ?",
                        String.valueOf(cancelled)))
                .isEqualTo(1);
    }

    @Test
    void badPledgesAreRefusedAndNothingIsStored() throws Exception {
        LocalDate today = KeepingRegion.today();
        long donor = donor("错误认捐", BINCHENG);
        long other = donor("别人", BINCHENG);
        long closed = project("已结项认捐", BINCHENG, "CLOSED");
        mvc.perform(submit(PLEDGES, pledge(donor, "1000", today, today.minusDays(1)))
                        .with(logins.as("bincheng")))
                .andExpect(content().string(containsString("约定履行日期不能早于认捐日期")));
        mvc.perform(submit(PLEDGES, pledge(donor, "0", today, today)).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("金额必须大于 0")));
        mvc.perform(submit(PLEDGES, with(pledge(donor, "10", today, today), "note", "<script>"))
                        .with(logins.as("bincheng")))
                .andExpect(content().string(containsString("不能包含尖括号")));
        mvc.perform(submit(PLEDGES, with(pledge(donor, "10", today, today), "projectId", String.valueOf(closed)))
                        .with(logins.as("bincheng")))
                .andExpect(content().string(containsString("只能定向给募集中或实施中的项目")));
        assertThat(count("select count(*) from charity.pledges where donor_id = ?", donor))
                .isZero();

        long theirs = create(other, "500", today, today.plusDays(10));
        mvc.perform(submit(DONATIONS, with(gift(donor, "10", null), "pledgeId", String.valueOf(theirs)))
                        .with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("所选认捐不属于这位捐赠人")));
        assertThat(donationsOf(donor)).isZero();
        mvc.perform(submit(PLEDGES, pledge(donor, "10", today, today)).with(logins.as("pengli")))
                .andExpect(status().isForbidden());
        mvc.perform(get(PLEDGES).with(logins.as("cunwei"))).andExpect(status().isForbidden());
        long zhanhua = donor("沾化认捐", ZHANHUA);
        mvc.perform(submit(PLEDGES, pledge(zhanhua, "10", today, today)).with(logins.as("bincheng")))
                .andExpect(status().isOk());
        assertThat(count("select count(*) from charity.pledges where donor_id = ?", zhanhua))
                .isZero();
    }
}
