package org.minzheng.eldercare.bed;

/** Where a 家庭养老床位 stands: drafted, adaptation planned, works ordered, and active once the township accepted. */
enum BedStatus {
    DRAFT,
    PLANNED,
    WORKS_ORDERED,
    ACTIVE;

    public String messageKey() {
        return "eldercare.bed.status." + name();
    }
}
