package org.minzheng.eldercare.supervision;

/**
 * How the figures of an area are split into rows. The key expressions are fixed here, never taken from a
 * request; they read columns that visits and beds share, so the same queries serve every level.
 */
enum Grouping {
    COUNTY("substr(region_code, 1, 6)"),
    TOWNSHIP("substr(region_code, 1, 9)"),
    PROVIDER("cast(provider_id as text)"),
    WHOLE_AREA("''");

    private final String keyExpression;

    Grouping(String keyExpression) {
        this.keyExpression = keyExpression;
    }

    String keyExpression() {
        return keyExpression;
    }
}
