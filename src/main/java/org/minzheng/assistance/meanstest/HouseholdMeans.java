package org.minzheng.assistance.meanstest;

import java.util.List;
import org.minzheng.registry.WorkAbility;

/**
 * What the home visit found about a household's means. Incomes and expenses are totals of the last
 * 12 months in fen; assets are values in fen.
 *
 * @param urban whether the urban 低保 standard applies (else the rural one)
 * @param proposedFen for 临时救助, the one-off amount the caseworker proposes; null otherwise
 */
public record HouseholdMeans(
        boolean urban,
        List<Member> members,
        List<Income> incomes,
        List<Asset> assets,
        List<Expense> expenses,
        Long proposedFen) {

    public HouseholdMeans {
        members = List.copyOf(members);
        incomes = List.copyOf(incomes);
        assets = List.copyOf(assets);
        expenses = List.copyOf(expenses);
    }

    /** A member as the means test needs them: age from the ID number, and whether they can work. */
    public record Member(String name, int age, WorkAbility workAbility) {}

    public record Income(IncomeKind kind, String description, long yearFen) {}

    /** @param exempt essential to living or production (the only home, a farm tricycle), not counted */
    public record Asset(AssetKind kind, String description, long valueFen, boolean exempt) {}

    public record Expense(ExpenseKind kind, String description, long yearFen) {}
}
