package org.minzheng.policy;

import java.util.List;

/**
 * One question of the self-check, asking for one attribute of the rule schema. The question text is
 * the message {@code attribute.<attribute>}, a hint may be at {@code attribute.<attribute>.hint}, and
 * each option's label at {@code attribute.<attribute>.<option>}.
 *
 * @param attribute the attribute path, also the form field name, e.g. {@code person.age}
 * @param options the allowed answers for {@link AnswerKind#CHOICE} and {@link AnswerKind#CHOICES}
 */
public record Question(String attribute, AnswerKind kind, List<String> options) {

    /** The answer to a {@link AnswerKind#CHOICES} question that says none of the options applies. */
    public static final String NONE_OF_THEM = "none";

    /** Answers to a {@link AnswerKind#YES_NO} question. */
    public static final String YES = "yes";

    public static final String NO = "no";

    public String labelKey() {
        return "attribute." + attribute;
    }

    public String hintKey() {
        return labelKey() + ".hint";
    }

    public String optionKey(String option) {
        return labelKey() + "." + option;
    }

    /** How a question is answered on the page. */
    public enum AnswerKind {
        /** a whole number, e.g. age */
        NUMBER,
        /** yuan with up to two decimals */
        AMOUNT,
        /** yes, no, or "I don't know" */
        YES_NO,
        /** one of the options */
        CHOICE,
        /** any of the options (checkboxes) */
        CHOICES
    }
}
