package org.minzheng.policy.screening;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minzheng.policy.PolicySummary;
import org.minzheng.policy.parameter.LocalStandards;
import org.minzheng.policy.rule.Attribute;
import org.minzheng.policy.rule.Facts;
import org.minzheng.policy.rule.RegistryFacts;
import org.minzheng.policy.rule.RuleReading;
import org.minzheng.policy.rule.Verdict;
import org.minzheng.registry.HouseholdCategory;
import org.minzheng.registry.RegistrySnapshot.HouseholdFacts;
import org.minzheng.registry.RegistrySnapshot.MemberFacts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Why screening put a policy on a household's list: the rule in words, each fact it read with the
 * household's value, the verdict on today's data, and what the platform knows about receipt.
 */
@Component
class FindingExplanation {

    private final ScreeningRules rules;
    private final LocalStandards standards;
    private final RuleReading reading;
    private final MessageSource messages;
    private final Clock clock;

    FindingExplanation(
            ScreeningRules rules, LocalStandards standards, RuleReading reading, MessageSource messages, Clock clock) {
        this.rules = rules;
        this.standards = standards;
        this.reading = reading;
        this.messages = messages;
        this.clock = clock;
    }

    /** One found policy explained. */
    public record Explained(
            PolicySummary policy,
            String memberName,
            String ruleInWords,
            List<FactShown> facts,
            boolean stillQualifies,
            String receipt) {}

    /** A fact the rule read and the household's value of it ("unknown" when the registry lacks it). */
    public record FactShown(String label, String value) {}

    List<Explained> explain(HouseholdFacts household, List<ScreeningFindings.FoundPolicy> found) {
        LocalDate day = LocalDate.now(clock);
        Map<String, ScreeningRule> byCode = rules.inForce(day).stream()
                .collect(Collectors.toMap(rule -> rule.policy().code(), Function.identity()));
        RegistryFacts registryFacts = new RegistryFacts(day, village -> standards.factsFor(village, day));
        Locale locale = LocaleContextHolder.getLocale();
        List<Explained> explained = new ArrayList<>();
        for (ScreeningFindings.FoundPolicy finding : found) {
            ScreeningRule rule = byCode.get(finding.policyCode());
            if (rule == null) {
                // retired or changed since the run: nothing to explain against today's catalogue
                continue;
            }
            MemberFacts member = household.members().stream()
                    .filter(m -> finding.personId() == null ? m.head() : m.personId() == finding.personId())
                    .findFirst()
                    .orElse(null);
            if (member == null) {
                continue;
            }
            Facts facts = registryFacts.of(household, member);
            Verdict verdict = rule.rule().evaluate(facts);
            explained.add(new Explained(
                    rule.policy(),
                    member.name(),
                    reading.describe(rule.rule()),
                    shown(rule, facts, locale),
                    verdict.outcome() == org.minzheng.policy.rule.Outcome.QUALIFIES,
                    receipt(rule, household, locale)));
        }
        return explained;
    }

    private List<FactShown> shown(ScreeningRule rule, Facts facts, Locale locale) {
        List<FactShown> shown = new ArrayList<>();
        for (Attribute attribute : rule.rule().attributes()) {
            // staff read the short label; the question form is worded for citizens
            String label = messages.getMessage(
                    attribute.labelKey() + ".short",
                    null,
                    messages.getMessage(attribute.labelKey(), null, attribute.path(), locale),
                    locale);
            shown.add(new FactShown(label, value(attribute, facts.known(attribute.path()), locale)));
        }
        return shown;
    }

    private String value(Attribute attribute, Object value, Locale locale) {
        if (value == null) {
            return messages.getMessage("screening.fact.unknown", null, locale);
        }
        if (value instanceof Boolean yes) {
            return messages.getMessage(yes ? "screening.fact.yes" : "screening.fact.no", null, locale);
        }
        if (value instanceof Double amount) {
            return String.format(Locale.ROOT, "%.2f", amount);
        }
        if (value instanceof String option) {
            return messages.getMessage(attribute.optionKey(option), null, option, locale);
        }
        if (value instanceof List<?> options) {
            if (options.isEmpty()) {
                return messages.getMessage("screening.fact.none", null, locale);
            }
            return options.stream()
                    .map(option -> messages.getMessage(
                            attribute.optionKey(option.toString()), null, option.toString(), locale))
                    .collect(Collectors.joining("、"));
        }
        return value.toString();
    }

    private String receipt(ScreeningRule rule, HouseholdFacts household, Locale locale) {
        if (!rule.receiptKnown()) {
            return messages.getMessage("screening.receipt.unrecorded", null, locale);
        }
        String categories = household.categories().isEmpty()
                ? messages.getMessage("screening.fact.none", null, locale)
                : household.categories().stream()
                        .map(category -> messages.getMessage(category.messageKey(), null, category.code(), locale))
                        .collect(Collectors.joining("、"));
        String markers = rule.receiptMarkers().stream()
                .map(HouseholdCategory::messageKey)
                .map(key -> messages.getMessage(key, null, key, locale))
                .collect(Collectors.joining("、"));
        return messages.getMessage("screening.receipt.missing", new Object[] {markers, categories}, locale);
    }
}
