package org.minzheng.eldercare.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.shared.Money;

class ServicePackageTests {

    static final ServiceItem BATHING = new ServiceItem(1, "daily-living", "助浴", 60, Money.ofYuan(50), true);
    static final ServiceItem NURSING = new ServiceItem(2, "nursing", "基础护理", 45, Money.ofYuan(40), true);
    static final PackagePriceRange BINZHOU = new PackagePriceRange(16_000, 30_000);

    @Test
    void pricesAPackageFromItsItemsAndVisits() {
        var servicePackage = new ServicePackage(3, List.of(new PackageLine(BATHING, 2), new PackageLine(NURSING, 2)));

        assertThat(servicePackage.price()).isEqualTo(Money.ofYuan(180));
        assertThat(servicePackage.minutesPerMonth()).isEqualTo(210);
        assertThat(BINZHOU.contains(servicePackage.price())).isTrue();
    }

    @Test
    void theBandIncludesBothEnds() {
        assertThat(BINZHOU.contains(Money.ofYuan(160))).isTrue();
        assertThat(BINZHOU.contains(Money.ofYuan(300))).isTrue();
        assertThat(BINZHOU.contains(Money.ofFen(15_999))).isFalse();
        assertThat(BINZHOU.contains(Money.ofFen(30_001))).isFalse();
    }

    @Test
    void packagesExistOnlyForLevelsOneToFour() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ServicePackage(0, List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new ServicePackage(5, List.of()));
    }
}
