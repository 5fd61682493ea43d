package org.minzheng.policy.selfcheck;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minzheng.policy.Question;
import org.minzheng.policy.parameter.LocalStandards;
import org.minzheng.policy.rule.Attribute;
import org.minzheng.policy.rule.AttributeSchema;
import org.minzheng.policy.rule.CompiledRule;
import org.minzheng.policy.rule.Facts;
import org.minzheng.policy.rule.RuleCompiler;
import org.minzheng.policy.rule.RuleReading;
import org.minzheng.policy.rule.RuleRejected;
import org.minzheng.policy.rule.SampleHousehold;
import org.minzheng.policy.rule.Verdict;
import org.minzheng.region.RegionSummary;
import org.minzheng.region.Regions;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.CurrentStaff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 试一试: evaluates a rule text against a sample household, or facts the clerk types, with the local
 * standards of a region, and shows the three-valued answer. Nothing is stored; the text is only
 * compiled (CEL cannot loop or call out), so trying a draft before saving it is safe.
 */
@Controller
@PreAuthorize("hasAuthority('policy:catalogue:view')")
class RuleTrialController {

    private final RuleCompiler compiler;
    private final RuleReading reading;
    private final LocalStandards standards;
    private final Regions regions;
    private final Clock clock;

    RuleTrialController(
            RuleCompiler compiler, RuleReading reading, LocalStandards standards, Regions regions, Clock clock) {
        this.compiler = compiler;
        this.reading = reading;
        this.standards = standards;
        this.regions = regions;
        this.clock = clock;
    }

    @GetMapping("/console/policy/rule-trial")
    String trial(
            @RequestParam(defaultValue = "") String rule,
            @RequestParam(defaultValue = "RURAL_ELDER_ALONE") String sample,
            @RequestParam(defaultValue = "") String region,
            @RequestParam(defaultValue = "false") boolean custom,
            HttpServletRequest request,
            Model model) {
        LocalDate today = LocalDate.now(clock);
        List<RegionSummary> choices = regionChoices();
        RegionCode place = chosenRegion(region, choices);
        SampleHousehold household = sampleNamed(sample);
        model.addAttribute("rule", rule);
        model.addAttribute("samples", SampleHousehold.values());
        model.addAttribute("sample", household);
        model.addAttribute("regionChoices", choices);
        model.addAttribute("region", place.value());
        model.addAttribute("regionName", regions.nameOf(place));
        model.addAttribute("day", today);
        model.addAttribute("custom", custom);
        try {
            CompiledRule compiled = compiler.draft(rule);
            List<Question> questions = compiled.attributes().stream()
                    .filter(Attribute::askable)
                    .map(Answers::questionFor)
                    .toList();
            Map<String, Object> known;
            Map<String, String> problems = Map.of();
            if (custom) {
                Answers answers = Answers.read(questions, parameters(request));
                known = new HashMap<>(answers.facts());
                problems = answers.problems();
            } else {
                known = new HashMap<>(household.facts());
            }
            model.addAttribute("questions", questions);
            model.addAttribute("answers", formValues(questions, known));
            model.addAttribute("problems", problems);
            model.addAttribute("reading", reading.describe(compiled));
            if (problems.isEmpty()) {
                Map<String, Object> facts = new HashMap<>(standards.factsFor(place, today));
                facts.putAll(known);
                Verdict verdict = compiled.evaluate(Facts.of(facts));
                model.addAttribute("verdict", verdict);
                model.addAttribute("localFacts", localFacts(compiled, facts));
            }
        } catch (RuleRejected e) {
            model.addAttribute("rejected", e.problems());
        }
        boolean htmx = "true".equals(request.getHeader("HX-Request"));
        model.addAttribute("htmx", htmx);
        return htmx ? "policy/rule-trial :: result" : "policy/rule-trial-page";
    }

    private static Map<String, List<String>> parameters(HttpServletRequest request) {
        Map<String, List<String>> values = new HashMap<>();
        request.getParameterMap().forEach((name, given) -> values.put(name, List.of(given)));
        return values;
    }

    /** Facts as the form shows them: yes/no, options, numbers and yuan as text. */
    private static Map<String, List<String>> formValues(List<Question> questions, Map<String, Object> known) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Question question : questions) {
            Object value = known.get(question.attribute());
            List<String> shown = new ArrayList<>();
            if (value instanceof Boolean yes) {
                shown.add(yes ? Question.YES : Question.NO);
            } else if (value instanceof List<?> list) {
                list.forEach(item -> shown.add(item.toString()));
                if (list.isEmpty()) {
                    shown.add(Question.NONE_OF_THEM);
                }
            } else if (value instanceof Double amount) {
                shown.add(java.math.BigDecimal.valueOf(amount)
                        .stripTrailingZeros()
                        .toPlainString());
            } else if (value != null) {
                shown.add(value.toString());
            }
            values.put(question.attribute(), shown);
        }
        return values;
    }

    /** The local standards the rule read, as the page shows them next to the answer. */
    private static Map<String, String> localFacts(CompiledRule rule, Map<String, Object> facts) {
        Map<String, String> local = new LinkedHashMap<>();
        for (Attribute attribute : rule.attributes()) {
            Object value = attribute.path().equals(AttributeSchema.DIBAO) ? dibao(facts) : facts.get(attribute.path());
            if (!attribute.askable() && value != null) {
                local.put(attribute.path(), plain(value));
            }
        }
        return local;
    }

    /** The standard {@code local.dibao} stands for: the rural or urban one, by the hukou given. */
    private static Object dibao(Map<String, Object> facts) {
        Object hukou = facts.get("person.hukou");
        if (hukou == null) {
            return null;
        }
        return facts.get("rural".equals(hukou) ? "local.dibao_rural" : "local.dibao_urban");
    }

    private static String plain(Object value) {
        return value instanceof Double number
                ? BigDecimal.valueOf(number).stripTrailingZeros().toPlainString()
                : value.toString();
    }

    private List<RegionSummary> regionChoices() {
        return standards.places(CurrentStaff.scope());
    }

    private static RegionCode chosenRegion(String code, List<RegionSummary> choices) {
        return choices.stream()
                .map(RegionSummary::code)
                .filter(candidate -> candidate.value().equals(code))
                .findFirst()
                .orElse(
                        choices.isEmpty()
                                ? CurrentStaff.scope().root()
                                : choices.get(0).code());
    }

    private static SampleHousehold sampleNamed(String name) {
        for (SampleHousehold sample : SampleHousehold.values()) {
            if (sample.name().equals(name)) {
                return sample;
            }
        }
        return SampleHousehold.RURAL_ELDER_ALONE;
    }
}
