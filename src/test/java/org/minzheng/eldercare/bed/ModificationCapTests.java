package org.minzheng.eldercare.bed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-home subsidy cap: what public money pays and what the family must cover. */
class ModificationCapTests {

    final ModificationCap cap = new ModificationCap(300_000);

    static PlanLine line(int quantity, long unitPriceFen, long coPaymentFen) {
        return new PlanLine(1, "扶手安装", "根", quantity, unitPriceFen, coPaymentFen);
    }

    @Test
    void planUnderTheCapIsFullySubsidised() {
        var split = cap.split(List.of(line(4, 15_000, 0), line(1, 20_000, 0)));
        assertThat(split.totalFen()).isEqualTo(80_000);
        assertThat(split.subsidyFen()).isEqualTo(80_000);
        assertThat(split.excessFen()).isZero();
        assertThat(split.covered()).isTrue();
    }

    @Test
    void planExactlyAtTheCapNeedsNoCoPayment() {
        var split = cap.split(List.of(line(2, 150_000, 0)));
        assertThat(split.subsidyFen()).isEqualTo(300_000);
        assertThat(split.excessFen()).isZero();
        assertThat(split.covered()).isTrue();
    }

    @Test
    void planOverTheCapStandsWhenTheCoPaymentCoversTheExcess() {
        var split = cap.split(List.of(line(1, 150_000, 0), line(3, 60_000, 10_000), line(1, 40_000, 20_000)));
        assertThat(split.totalFen()).isEqualTo(370_000);
        assertThat(split.excessFen()).isEqualTo(70_000);
        assertThat(split.coPaymentFen()).isEqualTo(30_000);
        assertThat(split.covered()).isFalse();

        var enough = cap.split(List.of(line(1, 150_000, 0), line(3, 60_000, 50_000), line(1, 40_000, 20_000)));
        assertThat(enough.covered()).isTrue();
        assertThat(enough.subsidyFen()).isEqualTo(300_000);
        assertThat(enough.coPaymentFen()).isEqualTo(70_000);
    }

    @Test
    void coPaymentBeyondTheExcessLowersTheSubsidy() {
        var split = cap.split(List.of(line(1, 100_000, 30_000)));
        assertThat(split.covered()).isTrue();
        assertThat(split.subsidyFen()).isEqualTo(70_000);
    }
}
