package org.minzheng.registry.feed;

import java.util.List;
import java.util.Optional;

/**
 * What a delivered record reports, and the columns of its upload layout (docs/department-feeds.md). Every
 * layout starts with the department's record id, the ID number, the name and the day the fact happened.
 */
public enum FeedKind {
    /** 医保: out-of-pocket spending of one settlement. */
    MEDICAL_EXPENSE(FeedField.AMOUNT, FeedField.DETAIL),
    /** 公安 / 卫健 / 殡葬: a death. */
    DEATH(),
    /** 残联: a disability certificate issued or changed. */
    DISABILITY_CERTIFICATE(FeedField.CATEGORY, FeedField.GRADE),
    /** 人社: registered unemployment, with the day it ended when it did. */
    UNEMPLOYMENT(FeedField.ENDED_ON),
    /** 车管: a motor vehicle registered to the person. */
    VEHICLE(FeedField.PLATE, FeedField.DETAIL),
    /** 不动产: a home registered to the person. */
    PROPERTY(FeedField.DETAIL);

    private final List<FeedField> columns;

    FeedKind(FeedField... own) {
        this.columns = java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(
                                FeedField.EXTERNAL_ID, FeedField.ID_NUMBER, FeedField.NAME, FeedField.DATE),
                        java.util.Arrays.stream(own))
                .toList();
    }

    /** The layout's columns in order. */
    public List<FeedField> columns() {
        return columns;
    }

    public String messageKey() {
        return "feed.kind." + name();
    }

    /** The URL form, e.g. {@code medical-expense}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static Optional<FeedKind> ofSlug(String slug) {
        for (FeedKind kind : values()) {
            if (kind.slug().equals(slug) || kind.name().equals(slug)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** Message key of a column's heading; the day and the detail read differently per kind. */
    public String headingKey(FeedField field) {
        return field == FeedField.DATE || field == FeedField.DETAIL
                ? "feed.column." + field.key() + "." + name()
                : "feed.column." + field.key();
    }
}
