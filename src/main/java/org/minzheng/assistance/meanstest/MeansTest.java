package org.minzheng.assistance.meanstest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minzheng.assistance.Programme;
import org.minzheng.assistance.meanstest.MeansTestResult.Line;
import org.minzheng.assistance.meanstest.MeansTestResult.Verdict;
import org.minzheng.policy.StandardsInForce;
import org.minzheng.registry.WorkAbility;
import org.minzheng.shared.Money;

/**
 * The means test of a case (家庭经济状况核算): counted income of the last 12 months less deductible
 * rigid expenses, per person and month, against the county's standard for the programme; assets per
 * person against the asset limit; the benefit by the difference method (低保办法 art. 23). Pure
 * arithmetic in fen, so the caseworker's phone and the county see the same figures.
 */
public final class MeansTest {

    private static final int MONTHS = 12;
    private static final int YUAN = 100;

    private MeansTest() {}

    public static MeansTestResult assess(Programme programme, HouseholdMeans means, StandardsInForce standards) {
        return new Assessment(programme, means, standards).run();
    }

    /** One run of the test, collecting its lines as it goes. */
    private static final class Assessment {

        private final Programme programme;
        private final HouseholdMeans means;
        private final StandardsInForce standards;
        private final List<Line> lines = new ArrayList<>();
        private boolean eligible = true;

        Assessment(Programme programme, HouseholdMeans means, StandardsInForce standards) {
            this.programme = programme;
            this.means = means;
            this.standards = standards;
        }

        MeansTestResult run() {
            int size = means.members().size();
            if (size == 0) {
                fail("meanstest.line.noMembers");
                return result(0, 0, 0, 0);
            }
            long counted = 0;
            for (HouseholdMeans.Income income : means.incomes()) {
                if (income.kind().counted()) {
                    counted += income.yearFen();
                    kinded(
                            "meanstest.line.income",
                            income.kind().labelKey(),
                            income.description(),
                            yuan(income.yearFen()));
                } else {
                    info("meanstest.line.exempt", income.description(), yuan(income.yearFen()));
                }
            }
            long deducted = 0;
            for (HouseholdMeans.Expense expense : means.expenses()) {
                if (expense.kind().deductible()) {
                    deducted += expense.yearFen();
                    kinded(
                            "meanstest.line.deducted",
                            expense.kind().labelKey(),
                            expense.description(),
                            yuan(expense.yearFen()));
                } else {
                    kinded(
                            "meanstest.line.notDeducted",
                            expense.kind().labelKey(),
                            expense.description(),
                            yuan(expense.yearFen()));
                }
            }
            long net = Math.max(0, counted - deducted);
            long monthly = divide(net, MONTHS);
            long perCapita = divide(monthly, size);
            info("meanstest.line.yearNet", yuan(counted), yuan(deducted), yuan(net));
            info("meanstest.line.monthly", yuan(net), yuan(monthly));
            info("meanstest.line.perCapita", yuan(monthly), String.valueOf(size), yuan(perCapita));

            Optional<Long> dibao = standards.dibaoFen(means.urban());
            if (dibao.isEmpty()) {
                fail(means.urban() ? "meanstest.line.noUrbanStandard" : "meanstest.line.noRuralStandard");
                return result(monthly, perCapita, 0, 0);
            }
            assets(size);
            return switch (programme) {
                case DIBAO -> dibao(dibao.get(), monthly, perCapita, size);
                case TEKUN -> tekun(dibao.get(), monthly, perCapita, size);
                case TEMPORARY -> temporary(dibao.get(), monthly, perCapita);
            };
        }

        private MeansTestResult dibao(long standard, long monthly, long perCapita, int size) {
            standardLine(standard);
            incomeBelow(perCapita, standard);
            long amount = 0;
            if (eligible) {
                long difference = (standard - perCapita) * size;
                amount = roundUpToYuan(difference);
                pass(
                        "meanstest.line.difference",
                        yuan(standard),
                        yuan(perCapita),
                        String.valueOf(size),
                        yuan(difference),
                        yuan(amount));
            }
            return result(monthly, perCapita, standard, amount);
        }

        /**
         * 特困 (特困办法 art. 4-9): no ability to work (60 and over, under 16, or judged unable), income
         * below the 低保 standard and assets within limits; the basic living standard is a multiple of
         * the 低保 standard per person. Whether a legal supporter is able to support cannot be computed;
         * the visit record holds the investigators' finding.
         */
        private MeansTestResult tekun(long standard, long monthly, long perCapita, int size) {
            standardLine(standard);
            for (HouseholdMeans.Member member : means.members()) {
                boolean unable = member.age() >= 60 || member.age() < 16 || member.workAbility() == WorkAbility.NONE;
                if (unable) {
                    pass("meanstest.line.unableToWork", member.name(), String.valueOf(member.age()));
                } else {
                    fail("meanstest.line.ableToWork", member.name(), String.valueOf(member.age()));
                }
            }
            incomeBelow(perCapita, standard);
            info("meanstest.line.supporters");
            Optional<BigDecimal> multiple = standards.tekunMultiple();
            if (multiple.isEmpty()) {
                fail("meanstest.line.noTekunMultiple");
                return result(monthly, perCapita, standard, 0);
            }
            long basic = roundUpToYuan(new BigDecimal(standard)
                    .multiply(multiple.get())
                    .setScale(0, RoundingMode.HALF_UP)
                    .longValue());
            long amount = 0;
            if (eligible) {
                amount = basic * size;
                pass(
                        "meanstest.line.tekunAmount",
                        yuan(standard),
                        multiple.get().toPlainString(),
                        yuan(basic),
                        String.valueOf(size),
                        yuan(amount));
            }
            return result(monthly, perCapita, standard, amount);
        }

        /**
         * 临时救助 (支出型): per-capita income below last year's local per-capita disposable income, assets
         * within limits, and an amount the caseworker proposes within the ceiling linked to the 低保
         * standard (2018 opinion §2(三)). Above the ceiling the case goes to 一事一议, not this route.
         */
        private MeansTestResult temporary(long standard, long monthly, long perCapita) {
            Optional<Long> disposable = standards.disposableIncomeFen();
            Optional<BigDecimal> ceilingMultiple = standards.temporaryCeiling();
            if (disposable.isEmpty() || ceilingMultiple.isEmpty()) {
                fail("meanstest.line.noTemporaryStandard");
                return result(monthly, perCapita, 0, 0);
            }
            long threshold = divide(disposable.get(), MONTHS);
            if (perCapita < threshold) {
                pass("meanstest.line.belowDisposable", yuan(perCapita), yuan(disposable.get()), yuan(threshold));
            } else {
                fail("meanstest.line.aboveDisposable", yuan(perCapita), yuan(disposable.get()), yuan(threshold));
            }
            long ceiling = new BigDecimal(standard)
                    .multiply(ceilingMultiple.get())
                    .setScale(0, RoundingMode.HALF_UP)
                    .longValue();
            Long proposed = means.proposedFen();
            if (proposed == null || proposed <= 0) {
                fail("meanstest.line.noProposal");
                return result(monthly, perCapita, threshold, 0);
            }
            if (proposed <= ceiling) {
                pass(
                        "meanstest.line.withinCeiling",
                        yuan(proposed),
                        yuan(standard),
                        ceilingMultiple.get().toPlainString(),
                        yuan(ceiling));
            } else {
                fail(
                        "meanstest.line.aboveCeiling",
                        yuan(proposed),
                        yuan(standard),
                        ceilingMultiple.get().toPlainString(),
                        yuan(ceiling));
            }
            return result(monthly, perCapita, threshold, eligible ? proposed : 0);
        }

        private void assets(int size) {
            long counted = 0;
            for (HouseholdMeans.Asset asset : means.assets()) {
                if (asset.exempt()) {
                    kinded(
                            "meanstest.line.assetExempt",
                            asset.kind().labelKey(),
                            asset.description(),
                            yuan(asset.valueFen()));
                } else {
                    counted += asset.valueFen();
                    kinded(
                            "meanstest.line.asset",
                            asset.kind().labelKey(),
                            asset.description(),
                            yuan(asset.valueFen()));
                }
            }
            Optional<Long> limit = standards.assetLimitFen();
            if (limit.isEmpty()) {
                fail("meanstest.line.noAssetLimit");
                return;
            }
            long perCapita = divide(counted, size);
            if (perCapita <= limit.get()) {
                pass(
                        "meanstest.line.assetsWithin",
                        yuan(counted),
                        String.valueOf(size),
                        yuan(perCapita),
                        yuan(limit.get()));
            } else {
                fail(
                        "meanstest.line.assetsAbove",
                        yuan(counted),
                        String.valueOf(size),
                        yuan(perCapita),
                        yuan(limit.get()));
            }
        }

        private void standardLine(long standard) {
            info(means.urban() ? "meanstest.line.urbanStandard" : "meanstest.line.ruralStandard", yuan(standard));
        }

        private void incomeBelow(long perCapita, long standard) {
            if (perCapita < standard) {
                pass("meanstest.line.belowStandard", yuan(perCapita), yuan(standard));
            } else {
                fail("meanstest.line.aboveStandard", yuan(perCapita), yuan(standard));
            }
        }

        private MeansTestResult result(long monthly, long perCapita, long standard, long amount) {
            lines.add(new Line(
                    eligible ? "meanstest.line.eligible" : "meanstest.line.notEligible",
                    null,
                    List.of(yuan(amount)),
                    eligible ? Verdict.PASS : Verdict.FAIL));
            return new MeansTestResult(eligible, monthly, perCapita, standard, eligible ? amount : 0, lines);
        }

        private void info(String key, String... args) {
            lines.add(new Line(key, null, List.of(args), Verdict.INFO));
        }

        /** A line about one recorded item, led by the label of its kind. */
        private void kinded(String key, String kindKey, String... args) {
            lines.add(new Line(key, kindKey, List.of(args), Verdict.INFO));
        }

        private void pass(String key, String... args) {
            lines.add(new Line(key, null, List.of(args), Verdict.PASS));
        }

        private void fail(String key, String... args) {
            eligible = false;
            lines.add(new Line(key, null, List.of(args), Verdict.FAIL));
        }
    }

    private static String yuan(long fen) {
        return Money.ofFen(fen).format();
    }

    private static long divide(long fen, long by) {
        return BigDecimal.valueOf(fen)
                .divide(BigDecimal.valueOf(by), 0, RoundingMode.HALF_UP)
                .longValue();
    }

    /** Benefits are paid in whole yuan, rounded up in the household's favour (a local rule, REFERENCE.md §3.1 [A]). */
    static long roundUpToYuan(long fen) {
        return (fen + YUAN - 1) / YUAN * YUAN;
    }
}
