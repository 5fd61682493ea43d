package org.minzheng.registry.feed;

/**
 * Why a delivered record was refused.
 *
 * @param row the row number as Excel shows it, or the record's index in an API delivery
 * @param field the field's key, or {@code record} for the record as a whole
 * @param messageKey the reason, a message key
 */
record FeedProblem(int row, String externalId, String field, String messageKey) {}
