package org.minzheng.registry.feed;

/** A field of a delivered record; which ones a record has depends on its kind. */
public enum FeedField {
    EXTERNAL_ID("externalId"),
    ID_NUMBER("idNumber"),
    NAME("name"),
    DATE("date"),
    AMOUNT("amount"),
    CATEGORY("category"),
    GRADE("grade"),
    PLATE("plate"),
    ENDED_ON("endedOn"),
    DETAIL("detail");

    private final String key;

    FeedField(String key) {
        this.key = key;
    }

    /** The field's name in the JSON API and in message keys. */
    public String key() {
        return key;
    }
}
