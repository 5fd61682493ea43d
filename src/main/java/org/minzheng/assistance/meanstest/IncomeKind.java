package org.minzheng.assistance.meanstest;

/**
 * Kinds of household income (低保办法 art. 13). EXEMPT gathers what the rules leave out: 优待抚恤金,
 * family-planning rewards, scholarships, 见义勇为 awards, social-assistance payments and the central
 * basic pension; it is recorded so the file shows it was seen, and not counted.
 */
public enum IncomeKind {
    WAGES,
    BUSINESS,
    PROPERTY,
    TRANSFER,
    OTHER,
    EXEMPT;

    public boolean counted() {
        return this != EXEMPT;
    }

    public String labelKey() {
        return "meanstest.income." + name();
    }
}
