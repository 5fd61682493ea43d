package org.minzheng.assistance.meanstest;

/**
 * Rigid expenditure of the last 12 months. Medical and disability costs may be deducted from income
 * (低保办法 art. 13); education is recorded for 临时救助 (支出型) and 刚性支出困难 but not deducted.
 */
public enum ExpenseKind {
    MEDICAL,
    DISABILITY,
    EDUCATION;

    public boolean deductible() {
        return this != EDUCATION;
    }

    public String labelKey() {
        return "meanstest.expense." + name();
    }
}
