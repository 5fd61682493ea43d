package org.minzheng.portal.selfcheck;

import java.util.ArrayList;
import java.util.List;
import org.minzheng.policy.Question;

/**
 * One question as the form shows it: what was answered so far and, after a submission that could not be
 * read, the message key of the problem.
 *
 * @param problem message key, or {@code null}
 */
public record QuestionField(Question question, List<String> values, String problem) {

    /** The input's id; attribute paths contain dots, which a CSS selector would read as classes. */
    public String id() {
        return "q-" + question.attribute().replace('.', '-');
    }

    public String name() {
        return question.attribute();
    }

    public String kind() {
        return question.kind().name();
    }

    /** The typed text of a number or amount. */
    public String value() {
        return values.isEmpty() ? "" : values.get(0);
    }

    public boolean chosen(String option) {
        return values.contains(option);
    }

    /** Nothing answered: "不清楚" is the default, because not knowing is not the same as no. */
    public boolean unknown() {
        return values.isEmpty();
    }

    /** The options of a multiple choice, ending with "none of them". */
    public List<String> choices() {
        List<String> choices = new ArrayList<>(question.options());
        choices.remove(Question.NONE_OF_THEM);
        choices.add(Question.NONE_OF_THEM);
        return choices;
    }

    public boolean isNoneOfThem(String option) {
        return Question.NONE_OF_THEM.equals(option);
    }
}
