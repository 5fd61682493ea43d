package org.minzheng.policy.rule;

import java.util.List;

/**
 * One fact a rule may read, e.g. {@code person.age}. Attributes with options take one of them (or,
 * for a list, several); their labels are the message keys {@code attribute.<path>.<option>}.
 *
 * @param index position in the schema: facts are held in an array in this order
 * @param askable whether the self-check asks citizens for it (local standards are never asked)
 */
public record Attribute(int index, String path, AttributeType type, List<String> options, boolean askable) {

    public String scope() {
        return path.substring(0, path.indexOf('.'));
    }

    public String field() {
        return path.substring(path.indexOf('.') + 1);
    }

    public String labelKey() {
        return "attribute." + path;
    }

    public String optionKey(String option) {
        return labelKey() + "." + option;
    }
}
