package org.minzheng.eldercare.catalogue;

import org.minzheng.shared.Money;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The band a monthly service package must price within, per person and month. Binzhou's chain providers
 * deliver packages at 160–300 yuan; other cities set their own band.
 */
@ConfigurationProperties("minzheng.eldercare.package-price")
record PackagePriceRange(
        @DefaultValue("16000") long minFen,
        @DefaultValue("30000") long maxFen) {

    PackagePriceRange {
        if (minFen < 0 || maxFen < minFen) {
            throw new IllegalArgumentException("The package price band needs 0 <= min <= max");
        }
    }

    boolean contains(Money price) {
        return price.fen() >= minFen && price.fen() <= maxFen;
    }

    public Money min() {
        return Money.ofFen(minFen);
    }

    public Money max() {
        return Money.ofFen(maxFen);
    }
}
