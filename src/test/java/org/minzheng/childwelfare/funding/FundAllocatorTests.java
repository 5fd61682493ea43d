package org.minzheng.childwelfare.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.childwelfare.funding.FundAllocator.Budget;
import org.minzheng.childwelfare.funding.FundAllocator.Share;

/** Allocation of session costs to the funds under their caps, on hand-worked examples. */
class FundAllocatorTests {

    static final long DPF_CAP = 1_500_000;
    static final long MEDICAL_CAP = 2_700_000;
    static final long TOMORROW_CAP = 3_000_000;

    @Test
    void theFirstFundPaysWhileItHasMoney() {
        // 2 hours of physical therapy at 160 yuan an hour = 320 yuan
        assertThat(FundAllocator.allocate(
                        32_000, List.of(new Budget("DPF", DPF_CAP, 0), new Budget("MEDICAL", MEDICAL_CAP, 0))))
                .containsExactly(new Share("DPF", 32_000));
    }

    @Test
    void aCapReachedInTheMiddleOfASessionSplitsIt() {
        // 残联 has 14,900 of 15,000 spent: 100 yuan left, the medical insurance pays the other 220
        assertThat(FundAllocator.allocate(
                        32_000, List.of(new Budget("DPF", DPF_CAP, 1_490_000), new Budget("MEDICAL", MEDICAL_CAP, 0))))
                .containsExactly(new Share("DPF", 10_000), new Share("MEDICAL", 22_000));
    }

    @Test
    void whatNoFundCoversIsTheHomesOwn() {
        assertThat(FundAllocator.allocate(
                        32_000,
                        List.of(new Budget("DPF", DPF_CAP, DPF_CAP), new Budget("TOMORROW", TOMORROW_CAP, 2_990_000))))
                .containsExactly(new Share("TOMORROW", 10_000), new Share(null, 22_000));
        assertThat(FundAllocator.allocate(5_000, List.of())).containsExactly(new Share(null, 5_000));
    }

    @Test
    void aFundOverspentByAnEarlierCapChangeIsSkippedNotNegative() {
        assertThat(FundAllocator.allocate(
                        1_000, List.of(new Budget("DPF", 100_000, 120_000), new Budget("MEDICAL", MEDICAL_CAP, 0))))
                .containsExactly(new Share("MEDICAL", 1_000));
    }

    @Test
    void nothingCostsNothing() {
        assertThat(FundAllocator.allocate(0, List.of(new Budget("DPF", DPF_CAP, 0))))
                .isEmpty();
        assertThatThrownBy(() -> FundAllocator.allocate(-1, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * A whole year: an orphan eligible for all three funds has 2 hours a day on 22 working days a month at 150
     * yuan an hour, 300 yuan a day. The 残联 15,000 lasts 50 working days (into March), medical insurance's
     * 27,000 the next 90 (into July), the 明天计划's 30,000 the next 100 (into November); the rest of the year is
     * the home's own.
     */
    @Test
    void aYearOfDailySessionsSpendsTheFundsInOrderAndNeverBeyondACap() {
        long dpf = 0;
        long medical = 0;
        long tomorrow = 0;
        long own = 0;
        List<String> firstDayPaidBy = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            for (int day = 1; day <= 22; day++) {
                var shares = FundAllocator.allocate(
                        30_000,
                        List.of(
                                new Budget("DPF", DPF_CAP, dpf),
                                new Budget("MEDICAL", MEDICAL_CAP, medical),
                                new Budget("TOMORROW", TOMORROW_CAP, tomorrow)));
                assertThat(shares.stream().mapToLong(Share::amountFen).sum()).isEqualTo(30_000);
                for (Share share : shares) {
                    if (share.fundCode() == null) {
                        own += share.amountFen();
                    } else if (share.fundCode().equals("DPF")) {
                        dpf += share.amountFen();
                    } else if (share.fundCode().equals("MEDICAL")) {
                        medical += share.amountFen();
                    } else {
                        tomorrow += share.amountFen();
                    }
                }
                if (day == 1) {
                    firstDayPaidBy.add(shares.get(0).fundCode());
                }
            }
        }
        // 264 days × 300 yuan = 79,200 yuan: 15,000 + 27,000 + 30,000 = 72,000 from the funds, 7,200 the home's
        assertThat(dpf).isEqualTo(DPF_CAP);
        assertThat(medical).isEqualTo(MEDICAL_CAP);
        assertThat(tomorrow).isEqualTo(TOMORROW_CAP);
        assertThat(own).isEqualTo(720_000);
        // who paid the first working day of each month
        assertThat(firstDayPaidBy)
                .containsExactly(
                        "DPF",
                        "DPF",
                        "DPF",
                        "MEDICAL",
                        "MEDICAL",
                        "MEDICAL",
                        "MEDICAL",
                        "TOMORROW",
                        "TOMORROW",
                        "TOMORROW",
                        "TOMORROW",
                        null);
    }
}
