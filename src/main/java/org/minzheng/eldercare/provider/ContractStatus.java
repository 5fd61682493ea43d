package org.minzheng.eldercare.provider;

/** Where today falls in a contract's period. */
enum ContractStatus {
    PENDING,
    ACTIVE,
    EXPIRED;

    public String messageKey() {
        return "eldercare.provider.contract.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
