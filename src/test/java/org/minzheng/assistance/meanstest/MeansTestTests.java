package org.minzheng.assistance.meanstest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.minzheng.assistance.Programme;
import org.minzheng.assistance.meanstest.MeansTestResult.Verdict;
import org.minzheng.policy.StandardsInForce;
import org.minzheng.registry.WorkAbility;

/** The arithmetic of the means test, on standards set in the test (rural 低保 ¥820, assets ¥30,000 each). */
class MeansTestTests {

    static final StandardsInForce STANDARDS = new StandardsInForce(
            Optional.of(1_010_00L),
            Optional.of(820_00L),
            Optional.of(30_000_00L),
            Optional.of(38_000_00L),
            Optional.of(new BigDecimal("1.3")),
            Optional.of(new BigDecimal("6")),
            Optional.of(1_000_00L));

    static final HouseholdMeans.Member WIDOW = new HouseholdMeans.Member("王秀英", 68, WorkAbility.NONE);
    static final HouseholdMeans.Member SON = new HouseholdMeans.Member("李强", 40, WorkAbility.PARTIAL);

    @Test
    void dibaoPaysTheDifferenceBetweenStandardAndIncomeForEveryMember() {
        HouseholdMeans means = means(
                List.of(WIDOW, SON),
                List.of(new HouseholdMeans.Income(IncomeKind.WAGES, "李强打零工", 6_000_00L)),
                List.of(),
                List.of());

        MeansTestResult result = MeansTest.assess(Programme.DIBAO, means, STANDARDS);

        assertThat(result.householdIncomeFen()).isEqualTo(500_00L);
        assertThat(result.perCapitaFen()).isEqualTo(250_00L);
        assertThat(result.standardFen()).isEqualTo(820_00L);
        assertThat(result.eligible()).isTrue();
        assertThat(result.amountFen()).isEqualTo((820_00L - 250_00L) * 2);
        assertThat(result.lines()).last().extracting(MeansTestResult.Line::key).isEqualTo("meanstest.line.eligible");
        assertThat(result.lines())
                .extracting(MeansTestResult.Line::key)
                .contains("meanstest.line.perCapita", "meanstest.line.belowStandard", "meanstest.line.difference");
    }

    @Test
    void exemptIncomeIsShownButNotCountedAndMedicalCostsAreDeducted() {
        HouseholdMeans means = means(
                List.of(WIDOW),
                List.of(
                        new HouseholdMeans.Income(IncomeKind.TRANSFER, "子女赡养费", 4_800_00L),
                        new HouseholdMeans.Income(IncomeKind.EXEMPT, "优待抚恤金", 9_000_00L)),
                List.of(),
                List.of(
                        new HouseholdMeans.Expense(ExpenseKind.MEDICAL, "住院自付", 1_200_00L),
                        new HouseholdMeans.Expense(ExpenseKind.EDUCATION, "孙子学费", 3_000_00L)));

        MeansTestResult result = MeansTest.assess(Programme.DIBAO, means, STANDARDS);

        assertThat(result.householdIncomeFen()).isEqualTo((4_800_00L - 1_200_00L) / 12);
        assertThat(result.lines())
                .extracting(MeansTestResult.Line::key)
                .contains("meanstest.line.exempt", "meanstest.line.deducted", "meanstest.line.notDeducted");
        assertThat(result.amountFen()).isEqualTo(820_00L - 300_00L);
    }

    @Test
    void incomeAtTheStandardIsNotEligible() {
        HouseholdMeans means = means(
                List.of(WIDOW),
                List.of(new HouseholdMeans.Income(IncomeKind.PROPERTY, "土地流转", 820_00L * 12)),
                List.of(),
                List.of());

        MeansTestResult result = MeansTest.assess(Programme.DIBAO, means, STANDARDS);

        assertThat(result.eligible()).isFalse();
        assertThat(result.amountFen()).isZero();
        assertThat(failures(result)).containsExactly("meanstest.line.aboveStandard", "meanstest.line.notEligible");
    }

    @Test
    void assetsAboveTheLimitPerPersonFailEvenWithNoIncome() {
        HouseholdMeans means = means(
                List.of(WIDOW, SON),
                List.of(),
                List.of(
                        new HouseholdMeans.Asset(AssetKind.DEPOSIT, "银行存款", 70_000_00L, false),
                        new HouseholdMeans.Asset(AssetKind.HOUSING, "自住房", 200_000_00L, true)),
                List.of());

        MeansTestResult result = MeansTest.assess(Programme.DIBAO, means, STANDARDS);

        assertThat(result.eligible()).isFalse();
        assertThat(failures(result)).contains("meanstest.line.assetsAbove");
        assertThat(result.lines()).extracting(MeansTestResult.Line::key).contains("meanstest.line.assetExempt");
    }

    @Test
    void amountsAreRoundedUpToWholeYuan() {
        HouseholdMeans means = means(
                List.of(WIDOW, SON, new HouseholdMeans.Member("李小花", 10, WorkAbility.NONE)),
                List.of(new HouseholdMeans.Income(IncomeKind.WAGES, "零工", 10_000_00L)),
                List.of(),
                List.of());

        MeansTestResult result = MeansTest.assess(Programme.DIBAO, means, STANDARDS);

        assertThat(result.perCapitaFen()).isEqualTo(277_78L);
        assertThat(result.amountFen()).isEqualTo(1_627_00L);
        assertThat(result.amountFen() % 100).isZero();
    }

    @Test
    void tekunRequiresEveryMemberUnableToWorkAndPaysTheBasicStandard() {
        HouseholdMeans alone = means(List.of(WIDOW), List.of(), List.of(), List.of());
        HouseholdMeans withSon = means(List.of(WIDOW, SON), List.of(), List.of(), List.of());

        MeansTestResult eligible = MeansTest.assess(Programme.TEKUN, alone, STANDARDS);
        MeansTestResult notEligible = MeansTest.assess(Programme.TEKUN, withSon, STANDARDS);

        assertThat(eligible.eligible()).isTrue();
        assertThat(eligible.amountFen()).isEqualTo(1_066_00L);
        assertThat(notEligible.eligible()).isFalse();
        assertThat(failures(notEligible)).contains("meanstest.line.ableToWork");
    }

    @Test
    void temporaryAssistanceHonoursTheCeilingLinkedToTheStandard() {
        HouseholdMeans within = new HouseholdMeans(false, List.of(WIDOW), List.of(), List.of(), List.of(), 3_000_00L);
        HouseholdMeans above = new HouseholdMeans(false, List.of(WIDOW), List.of(), List.of(), List.of(), 6_000_00L);
        HouseholdMeans none = new HouseholdMeans(false, List.of(WIDOW), List.of(), List.of(), List.of(), null);

        assertThat(MeansTest.assess(Programme.TEMPORARY, within, STANDARDS).amountFen())
                .isEqualTo(3_000_00L);
        assertThat(failures(MeansTest.assess(Programme.TEMPORARY, above, STANDARDS)))
                .contains("meanstest.line.aboveCeiling");
        assertThat(failures(MeansTest.assess(Programme.TEMPORARY, none, STANDARDS)))
                .contains("meanstest.line.noProposal");
    }

    @Test
    void aMissingStandardMeansTheTestCannotConclude() {
        StandardsInForce nothing = new StandardsInForce(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());

        MeansTestResult result =
                MeansTest.assess(Programme.DIBAO, means(List.of(WIDOW), List.of(), List.of(), List.of()), nothing);

        assertThat(result.eligible()).isFalse();
        assertThat(failures(result)).contains("meanstest.line.noRuralStandard");
    }

    private static HouseholdMeans means(
            List<HouseholdMeans.Member> members,
            List<HouseholdMeans.Income> incomes,
            List<HouseholdMeans.Asset> assets,
            List<HouseholdMeans.Expense> expenses) {
        return new HouseholdMeans(false, members, incomes, assets, expenses, null);
    }

    private static List<String> failures(MeansTestResult result) {
        return result.lines().stream()
                .filter(line -> line.verdict() == Verdict.FAIL)
                .map(MeansTestResult.Line::key)
                .toList();
    }
}
