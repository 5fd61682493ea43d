package org.minzheng.charity.provider;

/** What sort of professional agency a provider is; the tender lists and filters use it. */
enum ProviderKind {
    SOCIAL_WORK,
    ELDER_CARE,
    MEDICAL,
    EDUCATION,
    VOLUNTEER,
    OTHER;

    public String messageKey() {
        return "charity.provider.kind." + name();
    }

    static ProviderKind parse(String name) {
        for (ProviderKind kind : values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
