package org.minzheng.policy.monitoring;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.minzheng.registry.DepartmentFacts.PersonFeedFacts;
import org.minzheng.registry.RegistrySnapshot.HouseholdFacts;
import org.minzheng.registry.RegistrySnapshot.MemberFacts;

/**
 * What other departments reported, as rule attributes (docs/rule-attributes.md, "What other departments
 * report"). A member nobody reported on has no feed attributes at all: unknown, never "nothing happened",
 * so a rule about them cannot fire on a silence.
 */
final class FeedAttributes {

    /** A certificate issued this many days ago or less is new: long enough for a quarterly data match to see it. */
    static final int RECENT_DAYS = 90;

    private final LocalDate day;

    FeedAttributes(LocalDate day) {
        this.day = day;
    }

    /** The household's feed attributes, from what was reported on its members. */
    Map<String, Object> household(HouseholdFacts household, Map<Long, PersonFeedFacts> reported) {
        Map<String, Object> facts = new HashMap<>(4);
        boolean anyReported = false;
        boolean everyoneReported = true;
        boolean anyDied = false;
        long medicalFen = 0;
        for (MemberFacts member : household.members()) {
            PersonFeedFacts feed = reported.get(member.personId());
            if (feed == null) {
                everyoneReported = false;
                continue;
            }
            anyReported = true;
            anyDied |= feed.diedOn() != null;
            medicalFen += feed.medicalExpenseFen12Months();
        }
        if (anyDied || everyoneReported) {
            facts.put("household.member_deceased", anyDied);
        }
        if (anyReported) {
            facts.put("household.medical_expense_yearly", medicalFen / 100.0);
        }
        return facts;
    }

    /** The member's feed attributes; empty when nobody reported on them. */
    Map<String, Object> person(PersonFeedFacts feed) {
        if (feed == null) {
            return Map.of();
        }
        Map<String, Object> facts = new HashMap<>(8);
        facts.put("person.medical_expense_yearly", feed.medicalExpenseFen12Months() / 100.0);
        facts.put("person.deceased", feed.diedOn() != null);
        facts.put(
                "person.certified_disability_grade",
                feed.certifiedDisabilityGrade() == null ? 0 : feed.certifiedDisabilityGrade());
        facts.put("person.certified_recently", recent(feed.certifiedOn()));
        facts.put("person.registered_unemployed", feed.registeredUnemployed());
        facts.put("person.vehicles", feed.vehicles());
        facts.put("person.properties", feed.properties());
        return facts;
    }

    private boolean recent(LocalDate certifiedOn) {
        return certifiedOn != null && !certifiedOn.isAfter(day) && !certifiedOn.isBefore(day.minusDays(RECENT_DAYS));
    }
}
