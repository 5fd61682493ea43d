package org.minzheng.disclosure.lists;

import org.minzheng.shared.Money;
import org.minzheng.shared.RegionCode;

/**
 * One line of a public list: exactly what 低保办法 art. 24 lets a notice show. The name is masked before
 * this record exists, so the clear name never reaches a template.
 *
 * @param householdSize null for households paid before the size was recorded
 */
public record ListedPayment(String maskedName, Integer householdSize, Money amount, RegionCode village, boolean demo) {}
