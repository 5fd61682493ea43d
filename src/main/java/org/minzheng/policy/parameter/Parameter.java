package org.minzheng.policy.parameter;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * The local standards rules may read as {@code local.<name>}, with their programme and unit. Which
 * standards exist is code (rules are type-checked against them); their values are data.
 */
public enum Parameter {
    DIBAO_URBAN("dibao", "dibao_urban", Unit.YUAN, null, null),
    DIBAO_RURAL("dibao", "dibao_rural", Unit.YUAN, null, null),
    ASSET_LIMIT("dibao", "asset_limit", Unit.YUAN, null, null),
    EDGE_MULTIPLE("edge", "edge_multiple", Unit.MULTIPLE, new BigDecimal("1"), new BigDecimal("5")),
    DISPOSABLE_INCOME("temporary", "disposable_income", Unit.YUAN, null, null),
    RIGID_RATIO("rigid", "rigid_ratio", Unit.RATIO, new BigDecimal("0.01"), new BigDecimal("5")),
    ALLOWANCE_AGE("elderly", "allowance_age", Unit.YEARS, new BigDecimal("60"), new BigDecimal("120")),
    TEKUN_MULTIPLE("tekun", "tekun_multiple", Unit.MULTIPLE, new BigDecimal("1"), new BigDecimal("5")),
    TEMPORARY_CEILING("temporary", "temporary_ceiling", Unit.MULTIPLE, new BigDecimal("1"), new BigDecimal("50")),
    ADVANCE_LIMIT("temporary", "advance_limit", Unit.YUAN, null, null);

    private final String programme;
    private final String attribute;
    private final Unit unit;
    private final BigDecimal min;
    private final BigDecimal max;

    Parameter(String programme, String attribute, Unit unit, BigDecimal min, BigDecimal max) {
        this.programme = programme;
        this.attribute = attribute;
        this.unit = unit;
        this.min = min;
        this.max = max;
    }

    public String programme() {
        return programme;
    }

    /** The field name under {@code local}, also the stored name. */
    public String attribute() {
        return attribute;
    }

    public String path() {
        return "local." + attribute;
    }

    public Unit unit() {
        return unit;
    }

    public String labelKey() {
        return "attribute." + path();
    }

    public String programmeKey() {
        return "parameter.programme." + programme;
    }

    /** Whether a non-money value lies in the plausible range; money is checked as yuan elsewhere. */
    boolean accepts(BigDecimal value) {
        return (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
    }

    public static Optional<Parameter> named(String attribute) {
        return Arrays.stream(values())
                .filter(parameter -> parameter.attribute.equals(attribute))
                .findFirst();
    }

    /** How a value is stored and shown: money in fen, the rest as a decimal. */
    public enum Unit {
        YUAN,
        MULTIPLE,
        RATIO,
        YEARS;

        public boolean isMoney() {
            return this == YUAN;
        }

        public String labelKey() {
            return "parameter.unit." + name();
        }
    }
}
