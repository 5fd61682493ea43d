package org.minzheng.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.minzheng.shared.RegionCode;

/**
 * 政策找人 for one family: the few questions the rules in force need, and which policies the answers
 * make likely, unlikely or still open. Answers are never stored.
 */
public interface SelfCheck {

    /** The questions the rules in force on {@code day} read, household first, in a fixed order. */
    List<Question> questions(LocalDate day);

    /**
     * The first page of the self-check: the {@code count} questions that most rules in force read, in
     * the order of {@link #questions}. Their answers settle or narrow most policies; the rest is asked
     * only where an open policy needs it.
     */
    List<Question> keyQuestions(LocalDate day, int count);

    /**
     * Evaluates every rule in force on {@code day} with the local standards of {@code region}.
     *
     * @param answers form values by attribute path (several for {@link Question.AnswerKind#CHOICES}, where
     *     {@value Question#NONE_OF_THEM} means none applies); a blank or absent answer is "don't know", never "no"
     */
    SelfCheckResult check(RegionCode region, LocalDate day, Map<String, List<String>> answers);
}
