package org.minzheng.policy.rule;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The known facts about one household and person, plus the local standards, by schema position.
 * What is absent is unknown, never false or zero. Integers are {@code Long}, money {@code Double} yuan.
 */
public final class Facts {

    private static final AttributeSchema SCHEMA = AttributeSchema.standard();
    private static final int DIBAO = SCHEMA.get(AttributeSchema.DIBAO).index();
    private static final int DIBAO_URBAN = SCHEMA.get("local.dibao_urban").index();
    private static final int DIBAO_RURAL = SCHEMA.get("local.dibao_rural").index();
    private static final int HUKOU = SCHEMA.get("person.hukou").index();

    /** One shared unknown per attribute: evaluating a million households allocates none. */
    private static final Unknown[] UNKNOWN = new Unknown[SCHEMA.size()];

    static {
        for (int index = 0; index < UNKNOWN.length; index++) {
            UNKNOWN[index] = new Unknown(1L << index);
        }
    }

    private final Object[] values;

    private Facts(Object[] values) {
        this.values = values;
    }

    /**
     * Facts from attribute paths to values; unknown paths are refused so a misspelt key cannot silently
     * become an unknown fact.
     */
    public static Facts of(Map<String, ?> known) {
        Object[] values = new Object[SCHEMA.size()];
        known.forEach((path, value) -> {
            Attribute attribute = SCHEMA.get(path);
            values[attribute.index()] = typed(attribute, value);
        });
        deriveDibao(values);
        return new Facts(values);
    }

    /** The standard of the person's hukou type: the same rule then serves urban and rural households. */
    private static void deriveDibao(Object[] values) {
        if (values[DIBAO] != null) {
            return;
        }
        Object hukou = values[HUKOU];
        if (hukou == null) {
            values[DIBAO] = UNKNOWN[HUKOU];
        } else {
            int source = "rural".equals(hukou) ? DIBAO_RURAL : DIBAO_URBAN;
            values[DIBAO] = values[source] == null ? UNKNOWN[source] : values[source];
        }
    }

    private static Object typed(Attribute attribute, Object value) {
        if (value == null) {
            return null;
        }
        Object typed =
                switch (attribute.type()) {
                    case INT -> value instanceof Number number ? Long.valueOf(number.longValue()) : null;
                    case DOUBLE -> value instanceof Number number ? Double.valueOf(number.doubleValue()) : null;
                    case BOOL -> value instanceof Boolean ? value : null;
                    case STRING -> value instanceof String ? value : null;
                    case STRING_LIST -> value instanceof List<?> list ? List.copyOf(list) : null;
                };
        if (typed == null) {
            throw new IllegalArgumentException(attribute.path() + " is " + attribute.type());
        }
        return typed;
    }

    Object value(int index) {
        Object value = values[index];
        return value == null ? UNKNOWN[index] : value;
    }

    /** The value of a known fact, for showing why a rule decided as it did; null when unknown. */
    public Object known(String path) {
        Object value = values[SCHEMA.get(path).index()];
        return value instanceof Unknown ? null : value;
    }

    public boolean isKnown(String path) {
        Object value = values[SCHEMA.get(path).index()];
        return value != null && !(value instanceof Unknown);
    }

    @Override
    public String toString() {
        // facts describe a family's circumstances: keep them out of logs
        return "Facts[" + Arrays.stream(values).filter(v -> v != null).count() + " known]";
    }
}
