package org.minzheng.policy.selfcheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minzheng.policy.Question;
import org.minzheng.policy.rule.Attribute;
import org.minzheng.policy.rule.AttributeSchema;
import org.minzheng.shared.InvalidMoneyException;
import org.minzheng.shared.Money;

/**
 * Reads self-check answers as people give them into rule facts. A blank answer, "don't know", or no
 * ticked box is left out, so the fact stays unknown rather than becoming false or zero.
 */
public final class Answers {

    static final String UNKNOWN = "unknown";

    /** Plausible ranges of the whole-number questions; others accept 0 to 1,000. */
    private static final Map<String, int[]> RANGES = Map.of(
            "person.age", new int[] {0, 130},
            "household.size", new int[] {1, 30},
            "person.disability_grade", new int[] {0, 4},
            "household.elderly_members", new int[] {0, 30});

    private static final long MAX_FEN = 100_000_000_00L;

    private final Map<String, Object> facts = new LinkedHashMap<>();
    private final Map<String, String> problems = new LinkedHashMap<>();

    private Answers() {}

    static Answers read(List<Question> questions, Map<String, List<String>> given) {
        Answers answers = new Answers();
        Map<String, List<String>> values = new HashMap<>(given);
        for (Question question : questions) {
            List<String> raw = values.getOrDefault(question.attribute(), List.of());
            answers.read(
                    question,
                    raw.stream()
                            .filter(value -> value != null && !value.isBlank())
                            .map(String::strip)
                            .toList());
        }
        return answers;
    }

    Map<String, Object> facts() {
        return facts;
    }

    Map<String, String> problems() {
        return problems;
    }

    private void read(Question question, List<String> values) {
        String path = question.attribute();
        if (values.isEmpty()
                || (question.kind() != Question.AnswerKind.CHOICES
                        && values.get(0).equals(UNKNOWN))) {
            return;
        }
        String value = values.get(0);
        switch (question.kind()) {
            case NUMBER -> number(path, value);
            case AMOUNT -> amount(path, value);
            case YES_NO -> {
                if (value.equals(Question.YES) || value.equals(Question.NO)) {
                    facts.put(path, value.equals(Question.YES));
                } else {
                    problems.put(path, "selfcheck.problem.option");
                }
            }
            case CHOICE -> {
                if (question.options().contains(value)) {
                    facts.put(path, value);
                } else {
                    problems.put(path, "selfcheck.problem.option");
                }
            }
            case CHOICES -> choices(question, values);
        }
    }

    private void number(String path, String value) {
        int[] range = RANGES.getOrDefault(path, new int[] {0, 1000});
        if (!value.matches("[0-9]{1,4}")) {
            problems.put(path, "selfcheck.problem.number");
            return;
        }
        int number = Integer.parseInt(value);
        if (number < range[0] || number > range[1]) {
            problems.put(path, "selfcheck.problem.range");
            return;
        }
        facts.put(path, (long) number);
    }

    private void amount(String path, String value) {
        try {
            Money money = Money.parseYuan(value);
            if (money.isNegative() || money.fen() > MAX_FEN) {
                problems.put(path, "selfcheck.problem.amount");
                return;
            }
            facts.put(path, money.fen() / 100.0);
        } catch (InvalidMoneyException e) {
            problems.put(path, "selfcheck.problem.amount");
        }
    }

    private void choices(Question question, List<String> values) {
        List<String> chosen = new ArrayList<>();
        boolean none = false;
        for (String value : values) {
            if (value.equals(Question.NONE_OF_THEM)) {
                none = true;
            } else if (question.options().contains(value)) {
                chosen.add(value);
            } else {
                problems.put(question.attribute(), "selfcheck.problem.option");
                return;
            }
        }
        if (none && !chosen.isEmpty()) {
            problems.put(question.attribute(), "selfcheck.problem.option");
            return;
        }
        facts.put(question.attribute(), List.copyOf(chosen));
    }

    /** The question for an askable attribute, by its type. */
    static Question questionFor(Attribute attribute) {
        Question.AnswerKind kind =
                switch (attribute.type()) {
                    case INT -> Question.AnswerKind.NUMBER;
                    case DOUBLE -> Question.AnswerKind.AMOUNT;
                    case BOOL -> Question.AnswerKind.YES_NO;
                    case STRING -> Question.AnswerKind.CHOICE;
                    case STRING_LIST -> Question.AnswerKind.CHOICES;
                };
        return new Question(attribute.path(), kind, attribute.options());
    }

    static boolean askable(String path) {
        return AttributeSchema.standard().find(path).map(Attribute::askable).orElse(false);
    }
}
