package org.minzheng.portal.selfcheck;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.minzheng.policy.Question;

/** The household's questions and the person's questions, each under its own heading. */
public record QuestionGroup(String headingKey, List<QuestionField> fields) {

    private static final String HOUSEHOLD = "household.";

    static List<QuestionGroup> of(List<Question> questions, Answers answers, Map<String, String> problems) {
        List<QuestionField> household = fields(questions, answers, problems, true);
        List<QuestionField> person = fields(questions, answers, problems, false);
        return Stream.of(
                        new QuestionGroup("portal.selfCheck.household", household),
                        new QuestionGroup("portal.selfCheck.person", person))
                .filter(group -> !group.fields().isEmpty())
                .toList();
    }

    private static List<QuestionField> fields(
            List<Question> questions, Answers answers, Map<String, String> problems, boolean household) {
        return questions.stream()
                .filter(question -> question.attribute().startsWith(HOUSEHOLD) == household)
                .map(question -> new QuestionField(
                        question, answers.of(question.attribute()), problems.get(question.attribute())))
                .toList();
    }
}
