package org.minzheng.charity.donation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.charity.ledger.TransferKind;
import org.minzheng.shared.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;

/** Recording, listing, printing and voiding gifts against the real database and ledger. */
@IntegrationTest
class DonationPagesTests extends DonationFixtures {

    @Autowired
    DonationService service;

    long record(String user, Map<String, String> form) throws Exception {
        mvc.perform(submit(DONATIONS, form).with(logins.as(user)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flashSuccess"));
        return lastDonationOf(Long.parseLong(form.get("donorId")));
    }

    String receipt(long donation) {
        return jdbc.sql("select receipt_number from charity.donations where id = :id")
                .param("id", donation)
                .query(String.class)
                .single();
    }

    @Test
    void aDirectedGiftGetsAReceiptAndReachesTheProjectFund() throws Exception {
        long project = project("滨城助老", BINCHENG, "RUNNING");
        long donor = donor("定向捐赠人", BINCHENG);

        long id = record("bincheng", gift(donor, "12000", project));

        var row = jdbc.sql("select amount_fen, region_code, directed, status, recorded_by, fund_id"
                        + " from charity.donations where id = :id")
                .param("id", id)
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("amount_fen", 1_200_000L)
                .containsEntry("region_code", BINCHENG)
                .containsEntry("directed", true)
                .containsEntry("status", "RECEIVED")
                .containsEntry("recorded_by", "bincheng");
        assertThat(receipt(id)).matches("CS371602-" + KeepingRegion.today().getYear() + "-\\d{6}");
        assertThat(balanceOfProject(project)).isEqualTo(1_200_000L);
        assertThat(ledger.fundsOutOfBalance()).doesNotContain((Long) row.get("fund_id"));
        assertThat(count(
                        "select count(*) from audit.audit_entries where action = 'charity.donation.create'"
                                + " and target_id = ?",
                        String.valueOf(id)))
                .isEqualTo(1);

        mvc.perform(get(DONATIONS + "/" + id + "/receipt").with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("壹万贰仟元整")))
                .andExpect(content().string(containsString(receipt(id))))
                .andExpect(content().string(containsString("滨城区慈善总会")));
        mvc.perform(get(DONATIONS).param("project", String.valueOf(project)).with(logins.as("pengli")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(receipt(id))))
                .andExpect(content().string(containsString("合计 ¥12000.00")));
        mvc.perform(get(DONATIONS + "/export")
                        .param("project", String.valueOf(project))
                        .with(logins.as("auditor")))
                .andExpect(status().isOk());
    }

    @Test
    void aGeneralGiftGoesToTheCountysGeneralFund() throws Exception {
        long donor = donor("非定向捐赠人", BINCHENG);
        long before = generalBalance(BINCHENG);

        long id = record("bincheng", gift(donor, "2,500.50", null));

        assertThat(generalBalance(BINCHENG)).isEqualTo(before + 250_050L);
        assertThat(count(
                        "select count(*) from charity.donations where id = ? and project_id is null and not directed",
                        id))
                .isEqualTo(1);
        mvc.perform(get(DONATIONS + "/" + id).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("贰仟伍佰元伍角整")));
    }

    @Test
    void badAmountsDatesAndProjectsAreRefusedAndNothingIsStored() throws Exception {
        long open = project("开放项目", BINCHENG, "FUNDRAISING");
        long proposed = project("未开放项目", BINCHENG, "PROPOSED");
        long closed = project("已结项项目", BINCHENG, "CLOSED");
        long otherCounty = project("沾化项目", ZHANHUA, "RUNNING");
        long donor = donor("错误输入捐赠人", BINCHENG);
        Map<String, String> good = gift(donor, "100", open);

        List<Map.Entry<String, Map<String, String>>> cases = new ArrayList<>();
        cases.add(Map.entry("金额必须大于 0", with(good, "amountYuan", "0")));
        cases.add(Map.entry("金额必须大于 0", with(good, "amountYuan", "-5")));
        cases.add(Map.entry("金额格式不正确", with(good, "amountYuan", "abc")));
        cases.add(Map.entry("金额最多到分", with(good, "amountYuan", "10.123")));
        cases.add(Map.entry("金额超过 10 亿元", with(good, "amountYuan", "2000000000")));
        cases.add(Map.entry("金额超过 10 亿元", with(good, "amountYuan", "99999999999999999999999")));
        cases.add(Map.entry("请填写金额", with(good, "amountYuan", " ")));
        cases.add(Map.entry(
                "到账日期不能晚于今天",
                with(good, "receivedOn", KeepingRegion.today().plusDays(1).toString())));
        cases.add(Map.entry("日期不能早于 2000 年", with(good, "receivedOn", "1999-12-31")));
        cases.add(Map.entry("请按 年-月-日 填写到账日期", with(good, "receivedOn", "昨天")));
        cases.add(Map.entry("企业冠名慈善基金须填写基金名称", with(good, "brand", "ENTERPRISE_FUND")));
        cases.add(Map.entry("村居互助基金须填写村居名称", with(good, "brand", "VILLAGE_MUTUAL_AID")));
        cases.add(Map.entry("请选择捐赠品牌", with(good, "brand", "")));
        cases.add(Map.entry(
                "不能包含尖括号", with(with(good, "brand", "ENTERPRISE_FUND"), "fundName", "<script>alert(1)</script>")));
        for (var c : cases) {
            mvc.perform(submit(DONATIONS, c.getValue()).with(logins.as("bincheng")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(c.getKey())))
                    .andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
        }
        for (long project : new long[] {proposed, closed, otherCounty}) {
            mvc.perform(submit(DONATIONS, gift(donor, "100", project)).with(logins.as("bincheng")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("只能定向给募集中或实施中的项目")));
        }
        assertThat(donationsOf(donor)).isZero();
        assertThat(ledger.ofProject(open)).isEmpty();
        assertThat(ledger.ofProject(proposed)).isEmpty();
    }

    @Test
    void receiptNumbersRunWithoutGapsEvenAfterAFailedSave() throws Exception {
        long donor = donor("票据连号", BINCHENG);
        long first = record("bincheng", gift(donor, "1", null));
        mvc.perform(submit(DONATIONS, gift(donor, "0", null)).with(logins.as("bincheng")))
                .andExpect(status().isOk());
        DonationForm broken = new DonationForm(
                -1L, "5", DonationChannel.CASH, DonationBrand.OTHER, null, null, null, KeepingRegion.today(), false);
        assertThatThrownBy(() -> service.record(broken, 500, RegionCode.of(BINCHENG), KeepingRegion.today(), "test"))
                .isInstanceOf(RuntimeException.class);
        long second = record("bincheng", gift(donor, "2", null));
        long third = record("bincheng", gift(donor, "3", null));

        assertThat(number(receipt(second))).isEqualTo(number(receipt(first)) + 1);
        assertThat(number(receipt(third))).isEqualTo(number(receipt(second)) + 1);
    }

    private static int number(String receipt) {
        return Integer.parseInt(receipt.substring(receipt.lastIndexOf('-') + 1));
    }

    @Test
    void theSameGiftTwiceWithinMinutesIsRefusedUntilTheClerkConfirms() throws Exception {
        long donor = donor("重复登记", BINCHENG);
        record("bincheng", gift(donor, "800", null));

        mvc.perform(submit(DONATIONS, gift(donor, "800", null)).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("10 分钟内已登记过一笔相同的捐赠")))
                .andExpect(content().string(containsString("notDuplicate")));
        assertThat(donationsOf(donor)).isEqualTo(1);

        record("bincheng", with(gift(donor, "800", null), "notDuplicate", "true"));
        assertThat(donationsOf(donor)).isEqualTo(2);
    }

    @Test
    void voidingTakesTheMoneyOutAndKeepsTheReceiptNumber() throws Exception {
        long project = project("作废测试", BINCHENG, "RUNNING");
        long donor = donor("作废捐赠人", BINCHENG);
        long id = record("bincheng", gift(donor, "300", project));
        String number = receipt(id);

        mvc.perform(post(DONATIONS + "/" + id + "/void")
                        .with(csrf())
                        .param("reason", " ")
                        .with(logins.as("bincheng")))
                .andExpect(flash().attribute("flashError", containsString("请填写作废原因")));
        assertThat(count("select count(*) from charity.donations where id = ? and status = 'RECEIVED'", id))
                .isEqualTo(1);

        mvc.perform(post(DONATIONS + "/" + id + "/void")
                        .with(csrf())
                        .param("reason", "金额录错，重新登记")
                        .with(logins.as("bincheng")))
                .andExpect(flash().attributeExists("flashSuccess"));

        assertThat(receipt(id)).isEqualTo(number);
        assertThat(count("select count(*) from charity.donations where id = ? and status = 'VOID'", id))
                .isEqualTo(1);
        assertThat(balanceOfProject(project)).isZero();
        long fund = ledger.ofProject(project).orElseThrow().fundId();
        assertThat(ledger.fundsOutOfBalance()).doesNotContain(fund);
        assertThat(count(
                        "select count(*) from audit.audit_entries where action = 'charity.donation.void'"
                                + " and target_id = ?",
                        String.valueOf(id)))
                .isEqualTo(1);
        mvc.perform(get(DONATIONS + "/" + id + "/receipt").with(logins.as("bincheng")))
                .andExpect(content().string(containsString("作废")));
        mvc.perform(post(DONATIONS + "/" + id + "/void")
                        .with(csrf())
                        .param("reason", "再次")
                        .with(logins.as("bincheng")))
                .andExpect(flash().attribute("flashError", containsString("已经作废")));
    }

    @Test
    void aGiftAlreadyPassedOnCannotBeVoided() throws Exception {
        long project = project("已拨出", BINCHENG, "RUNNING");
        long other = project("接收方", BINCHENG, "RUNNING");
        long donor = donor("已用款捐赠人", BINCHENG);
        long id = record("bincheng", gift(donor, "1000", project));
        long from = ledger.projectFund(project);
        long to = ledger.projectFund(other);
        ledger.transfer(from, to, 60_000, TransferKind.LEFTOVER, "测试转出", "test");

        mvc.perform(post(DONATIONS + "/" + id + "/void")
                        .with(csrf())
                        .param("reason", "测试")
                        .with(logins.as("bincheng")))
                .andExpect(flash().attribute("flashError", containsString("资金余额不足")));

        assertThat(count("select count(*) from charity.donations where id = ? and status = 'RECEIVED'", id))
                .isEqualTo(1);
        assertThat(balanceOfProject(project)).isEqualTo(40_000L);
        assertThat(count("select count(*) from charity.ledger_entries where donation_id = ?", id))
                .isEqualTo(1);
        assertThat(ledger.fundsOutOfBalance()).doesNotContain(from, to);
    }

    @Test
    void staffSeeOnlyTheirAreaAndChangeOnlyWhatTheyKeep() throws Exception {
        long zhanhuaDonor = donor("沾化捐赠人", ZHANHUA);
        long zhanhuaGift = record("zhanhua", gift(zhanhuaDonor, "66", null));
        long cityDonor = donor("市级捐赠人", CITY);
        long cityGift = record("admin", gift(cityDonor, "77", null));
        long binchengDonor = donor("滨城捐赠人", BINCHENG);
        long binchengGift = record("bincheng", gift(binchengDonor, "88", null));

        mvc.perform(get(DONATIONS + "/" + zhanhuaGift).with(logins.as("bincheng")))
                .andExpect(status().isNotFound());
        mvc.perform(get(DONATIONS + "/" + zhanhuaGift + "/receipt").with(logins.as("bincheng")))
                .andExpect(status().isNotFound());
        mvc.perform(post(DONATIONS + "/" + zhanhuaGift + "/void")
                        .with(csrf())
                        .param("reason", "越权")
                        .with(logins.as("bincheng")))
                .andExpect(status().isNotFound());
        mvc.perform(get(DONATIONS).param("q", unique).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("沾化捐赠人" + unique))))
                .andExpect(content().string(containsString("市级捐赠人" + unique)))
                .andExpect(content().string(containsString("滨城捐赠人" + unique)));
        mvc.perform(post(DONATIONS + "/" + cityGift + "/void")
                        .with(csrf())
                        .param("reason", "越级")
                        .with(logins.as("bincheng")))
                .andExpect(status().isNotFound());
        mvc.perform(submit(DONATIONS, gift(zhanhuaDonor, "10", null)).with(logins.as("bincheng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has-error")));
        assertThat(donationsOf(zhanhuaDonor)).isEqualTo(1);

        mvc.perform(get(DONATIONS + "/" + binchengGift).with(logins.as("pengli")))
                .andExpect(status().isOk());
        mvc.perform(post(DONATIONS + "/" + binchengGift + "/void")
                        .with(csrf())
                        .param("reason", "无权")
                        .with(logins.as("pengli")))
                .andExpect(status().isForbidden());
        mvc.perform(submit(DONATIONS, gift(binchengDonor, "10", null)).with(logins.as("pengli")))
                .andExpect(status().isForbidden());
        mvc.perform(get(DONATIONS).with(logins.as("cunwei"))).andExpect(status().isForbidden());
        mvc.perform(get(DONATIONS + "/" + binchengGift).with(logins.as("auditor")))
                .andExpect(status().isOk());
        mvc.perform(submit(DONATIONS, gift(binchengDonor, "10", null)).with(logins.as("auditor")))
                .andExpect(status().isForbidden());
        assertThat(donationsOf(binchengDonor)).isEqualTo(1);
        assertThat(count("select count(*) from charity.donations where id = ? and status = 'RECEIVED'", cityGift))
                .isEqualTo(1);
    }

    @Test
    void theListFiltersSortsAndAddsUp() throws Exception {
        long donor = donor("筛选捐赠人", BINCHENG);
        record("bincheng", with(gift(donor, "100", null), "channel", "CASH"));
        record("bincheng", with(with(gift(donor, "250", null), "brand", "VILLAGE_MUTUAL_AID"), "fundName", "黄河社区"));
        record(
                "bincheng",
                with(
                        gift(donor, "40", null),
                        "receivedOn",
                        KeepingRegion.today().minusDays(40).toString()));

        mvc.perform(get(DONATIONS).param("q", "筛选捐赠人" + unique).with(logins.as("bincheng")))
                .andExpect(content().string(containsString("有效捐赠 3 笔，合计 ¥390.00")));
        mvc.perform(get(DONATIONS)
                        .param("q", "筛选捐赠人" + unique)
                        .param("channel", "CASH")
                        .with(logins.as("bincheng")))
                .andExpect(content().string(containsString("有效捐赠 1 笔，合计 ¥100.00")));
        mvc.perform(get(DONATIONS)
                        .param("q", "筛选捐赠人" + unique)
                        .param("brand", "VILLAGE_MUTUAL_AID")
                        .with(logins.as("bincheng")))
                .andExpect(content().string(containsString("黄河社区")))
                .andExpect(content().string(containsString("合计 ¥250.00")));
        mvc.perform(get(DONATIONS)
                        .param("q", "筛选捐赠人" + unique)
                        .param("from", KeepingRegion.today().minusDays(10).toString())
                        .param("sort", "amount-asc")
                        .with(logins.as("bincheng")))
                .andExpect(content().string(containsString("合计 ¥350.00")));
        mvc.perform(get(DONATIONS)
                        .param("q", "筛选捐赠人" + unique)
                        .param("purpose", "directed")
                        .with(logins.as("bincheng")))
                .andExpect(content().string(containsString("有效捐赠 0 笔")));
    }
}
