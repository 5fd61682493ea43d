package org.minzheng.portal.selfcheck;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.minzheng.policy.Question;
import org.springframework.util.MultiValueMap;

/**
 * What a family typed into the self-check, read from the request: only the fields the questions ask for,
 * blanks left out (a blank is "don't know", never "no"), in question order. The answers live in the
 * address and this object only; nothing is stored.
 */
final class Answers {

    private final Map<String, List<String>> byAttribute;

    private Answers(Map<String, List<String>> byAttribute) {
        this.byAttribute = Collections.unmodifiableMap(byAttribute);
    }

    static Answers from(List<Question> questions, MultiValueMap<String, String> parameters) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (Question question : questions) {
            List<String> given = parameters.getOrDefault(question.attribute(), List.of()).stream()
                    .map(String::strip)
                    .filter(value -> !value.isEmpty())
                    .distinct()
                    .toList();
            if (!given.isEmpty()) {
                answers.put(
                        question.attribute(),
                        question.kind() == Question.AnswerKind.CHOICES ? given : List.of(given.get(0)));
            }
        }
        return new Answers(answers);
    }

    /** The answers as {@link org.minzheng.policy.SelfCheck#check} takes them. */
    Map<String, List<String>> asMap() {
        return byAttribute;
    }

    List<String> of(String attribute) {
        return byAttribute.getOrDefault(attribute, List.of());
    }

    /** The answers as a query string, to bring them back into the form. */
    String query() {
        return byAttribute.entrySet().stream()
                .flatMap(answer ->
                        answer.getValue().stream().map(value -> encode(answer.getKey()) + "=" + encode(value)))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
