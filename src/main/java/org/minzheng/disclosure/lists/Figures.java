package org.minzheng.disclosure.lists;

import org.minzheng.shared.Money;

/**
 * What a public notice sums up for an area and month: households paid, their members and the money.
 *
 * @param persons members of the households whose size is recorded
 * @param householdsWithoutSize households paid before the size was recorded, left out of {@code persons}
 */
public record Figures(long households, long persons, long householdsWithoutSize, Money amount) {

    static final Figures NONE = new Figures(0, 0, 0, Money.ZERO);

    public boolean isEmpty() {
        return households == 0;
    }

    Figures plus(Figures other) {
        return new Figures(
                households + other.households,
                persons + other.persons,
                householdsWithoutSize + other.householdsWithoutSize,
                amount.plus(other.amount));
    }
}
