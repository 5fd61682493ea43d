package org.minzheng.charity.award;

/**
 * A nominee in one category of a cycle. A person is named in anything public only with their consent
 * (慈善法 art. 82); staff pages show the name, marked.
 */
record Nomination(
        long id,
        long cycleId,
        AwardCategory category,
        String nominee,
        Long donorId,
        String donorName,
        Long projectId,
        String projectName,
        String deeds,
        boolean publishConsent,
        Integer score,
        boolean winner,
        String regionCode,
        String nominatedBy) {

    /** Whether the name may appear in public results. */
    public boolean nameMayBePublished() {
        return category != AwardCategory.PERSON || publishConsent;
    }

    /** The name as published: the nominee's, or the given placeholder for a person who did not consent. */
    public String publicName(String withheld) {
        return nameMayBePublished() ? nominee : withheld;
    }
}
