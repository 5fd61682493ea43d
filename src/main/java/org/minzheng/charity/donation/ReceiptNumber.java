package org.minzheng.charity.donation;

import org.minzheng.shared.RegionCode;

/**
 * 捐赠票据号: {@code CS} and the keeping region's six-digit code, the year and a six-digit running number,
 * e.g. {@code CS371600-2026-000001}; the running number starts again each year.
 */
final class ReceiptNumber {

    private ReceiptNumber() {}

    static String format(RegionCode region, int year, int number) {
        return "CS%s-%d-%06d".formatted(region.value().substring(0, 6), year, number);
    }
}
