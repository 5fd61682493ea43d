package org.minzheng.charity.donation;

import java.time.LocalDate;

/**
 * The filters of the donation list; every field may be null for "any".
 *
 * @param text part of the donor's name or the receipt number
 * @param directed true for directed gifts, false for general ones
 * @param voided true for voided gifts, false for valid ones
 * @param sort one of {@link #SORTS}
 */
record DonationSearch(
        String text,
        DonationChannel channel,
        DonationBrand brand,
        Boolean directed,
        Long project,
        Long donor,
        LocalDate from,
        LocalDate to,
        Boolean voided,
        String sort) {

    static final java.util.List<String> SORTS = java.util.List.of("date-desc", "date-asc", "amount-desc", "amount-asc");

    String orderBy() {
        return switch (sort == null ? "" : sort) {
            case "date-asc" -> "g.received_on asc, g.id asc";
            case "amount-desc" -> "g.amount_fen desc, g.id desc";
            case "amount-asc" -> "g.amount_fen asc, g.id asc";
            default -> "g.received_on desc, g.id desc";
        };
    }
}
