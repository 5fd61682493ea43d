package org.minzheng.policy.monitoring;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minzheng.policy.rule.RuleProblem;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The compiler's problems in the words of the person who wrote the rule: cel-java speaks of overloads and
 * extraneous input; a clerk needs "this field does not exist" or "compare a number with a number". A
 * problem it does not know keeps the compiler's text.
 */
final class RuleProblemWords {

    /** A message key under {@code monitoringRule.problem.} and its arguments. */
    record Words(String key, Object[] args) {}

    private static final Map<String, String> TYPES = Map.of(
            "int", "monitoringRule.type.int",
            "double", "monitoringRule.type.double",
            "string", "monitoringRule.type.string",
            "bool", "monitoringRule.type.bool",
            "list(string)", "monitoringRule.type.list");

    private record Known(Pattern pattern, Function<Matcher, Words> words) {}

    private static final List<Known> KNOWN = List.of(
            new Known(Pattern.compile("undefined field '([^']+)'"), m -> words("field", m.group(1))),
            new Known(Pattern.compile("undeclared reference to '([^']+)'.*"), m -> words("name", m.group(1))),
            new Known(
                    Pattern.compile("found no matching overload for '_?([^']*?)_?' applied to '\\(([^)]*)\\)'.*"),
                    m -> types(m.group(1), m.group(2))),
            new Known(
                    Pattern.compile("expected type 'bool' but found '([^']+)'"),
                    m -> words("notYesNo", type(m.group(1)))),
            new Known(Pattern.compile("(?:extraneous|mismatched) input '<EOF>'.*"), m -> words("incomplete")),
            new Known(
                    Pattern.compile("(?:extraneous|mismatched) input '(.+?)' expecting.*"),
                    m -> words("syntax", m.group(1))),
            new Known(Pattern.compile("function (\\S+) is not supported.*"), m -> words("function", m.group(1))),
            new Known(Pattern.compile("empty rule"), m -> words("empty")),
            new Known(Pattern.compile("rule longer than .*"), m -> words("tooLong")));

    private RuleProblemWords() {}

    static Words of(RuleProblem problem) {
        for (Known known : KNOWN) {
            Matcher matcher = known.pattern().matcher(problem.message());
            if (matcher.matches()) {
                return known.words().apply(matcher);
            }
        }
        return words("other", problem.message());
    }

    /** An operator applied to two types it does not take, e.g. {@code >=} to a number and a text. */
    private static Words types(String operator, String operands) {
        String[] types = operands.split(",");
        if (types.length != 2) {
            return words("typesOf", operator, operands);
        }
        return words("types", operator, type(types[0]), type(types[1]));
    }

    /** A CEL type name in the reader's words, e.g. {@code int} as 整数; one we have no words for stays as is. */
    private static Object type(String celType) {
        String name = celType.strip();
        String key = TYPES.get(name);
        return key == null ? name : new DefaultMessageSourceResolvable(new String[] {key}, name);
    }

    private static Words words(String key, Object... args) {
        return new Words("monitoringRule.problem." + key, args);
    }
}
