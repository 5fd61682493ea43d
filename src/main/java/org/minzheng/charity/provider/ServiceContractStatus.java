package org.minzheng.charity.provider;

/** A contract is paid while ACTIVE; COMPLETED and TERMINATED are final. */
enum ServiceContractStatus {
    ACTIVE,
    COMPLETED,
    TERMINATED;

    public String messageKey() {
        return "charity.contract.status." + name();
    }

    static ServiceContractStatus parse(String name) {
        for (ServiceContractStatus s : values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }
}
