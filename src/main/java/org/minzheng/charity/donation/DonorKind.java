package org.minzheng.charity.donation;

/** Who gives: an enterprise or an organisation identified by its 统一社会信用代码, or a private person. */
enum DonorKind {
    ENTERPRISE,
    ORGANISATION,
    INDIVIDUAL;

    boolean needsCreditCode() {
        return this != INDIVIDUAL;
    }

    public String messageKey() {
        return "charity.donor.kind." + name();
    }

    static DonorKind parse(String name) {
        for (DonorKind kind : values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
