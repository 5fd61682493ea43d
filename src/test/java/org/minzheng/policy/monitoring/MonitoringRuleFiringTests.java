package org.minzheng.policy.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.policy.monitoring.MonitoringFixtures.STANDARDS;
import static org.minzheng.policy.monitoring.MonitoringFixtures.TODAY;
import static org.minzheng.policy.monitoring.MonitoringFixtures.aHousehold;
import static org.minzheng.policy.monitoring.MonitoringFixtures.certified;
import static org.minzheng.policy.monitoring.MonitoringFixtures.died;
import static org.minzheng.policy.monitoring.MonitoringFixtures.medicalSpending;
import static org.minzheng.policy.monitoring.MonitoringFixtures.nothingReportedOn;
import static org.minzheng.policy.monitoring.MonitoringFixtures.owns;
import static org.minzheng.registry.HouseholdCategory.DIBAO;
import static org.minzheng.registry.HouseholdCategory.EDGE;
import static org.minzheng.registry.HouseholdCategory.LIFTED;
import static org.minzheng.registry.HouseholdCategory.TEKUN;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.policy.monitoring.HouseholdCheck.Finding;
import org.minzheng.policy.rule.RegistryFacts;
import org.minzheng.registry.DepartmentFacts.PersonFeedFacts;
import org.minzheng.registry.RegistrySnapshot.HouseholdFacts;
import org.minzheng.registry.Warnings.WarningLevel;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The built-in monitoring rules (policy V2 migration) on hand-built households and department reports:
 * each fires on its sign and stays quiet on a near miss, and a fact nobody reported never raises.
 */
@IntegrationTest
class MonitoringRuleFiringTests {

    @Autowired
    MonitoringRun run;

    @Autowired
    WarningReasons reasons;

    HouseholdCheck check;

    @BeforeEach
    void builtInRules() {
        List<ActiveRule> builtIn =
                run.activeRules().stream().filter(rule -> rule.rule().demo()).toList();
        assertThat(builtIn)
                .extracting(rule -> rule.rule().code())
                .contains(
                        "MEDICAL-SPENDING",
                        "MEMBER-DEATH",
                        "SEVERE-DISABILITY",
                        "INCOME-ABOVE-LINE",
                        "VEHICLE-PROPERTY");
        check = new HouseholdCheck(builtIn, new RegistryFacts(TODAY, village -> STANDARDS), new FeedAttributes(TODAY));
    }

    @Test
    void largeMedicalSpendingOfADibaoHouseholdFiresOnceForTheHousehold() {
        HouseholdFacts household =
                aHousehold(DIBAO).member(58, 300).member(55, 200).build();

        List<Finding> found = findings(
                household, medicalSpending(id(household, 0), 15_000), medicalSpending(id(household, 1), 8_000));

        assertThat(codes(found)).containsExactly("MEDICAL-SPENDING");
        Finding finding = found.get(0);
        assertThat(finding.personId()).isNull();
        assertThat(finding.rule().rule().settings().level()).isEqualTo(WarningLevel.ORANGE);
        assertThat(reasons.reason(finding.rule().reading(), finding.rule().compiled(), finding.facts()))
                .contains("家庭近12个月医疗自付费用（元）高于20000")
                .contains("家庭近12个月医疗自付费用（元）为23000")
                .contains("低保家庭");
    }

    @Test
    void medicalSpendingJustBelowTheThresholdOrOutsideTheCategoriesRaisesNothing() {
        HouseholdFacts modest = aHousehold(EDGE).member(58, 300).member(55, 200).build();
        HouseholdFacts lifted = aHousehold(LIFTED).member(58, 300).build();

        assertThat(findings(modest, medicalSpending(id(modest, 0), 12_000), medicalSpending(id(modest, 1), 7_999)))
                .isEmpty();
        assertThat(findings(lifted, medicalSpending(id(lifted, 0), 50_000))).isEmpty();
    }

    @Test
    void aDeathInATekunHouseholdIsRedStopsPaymentAndNamesTheMember() {
        HouseholdFacts household = aHousehold(TEKUN).member(81, 0).member(79, 0).build();
        long deceased = id(household, 1);

        List<Finding> found =
                findings(household, nothingReportedOn(id(household, 0)), died(deceased, TODAY.minusDays(5)));

        assertThat(codes(found)).containsExactly("MEMBER-DEATH");
        Finding finding = found.get(0);
        assertThat(finding.personId()).isEqualTo(deceased);
        assertThat(finding.rule().rule().settings().level()).isEqualTo(WarningLevel.RED);
        assertThat(finding.rule().rule().settings().stopPayment()).isTrue();
        assertThat(finding.facts()).containsEntry("household.member_deceased", true);
    }

    @Test
    void aDeathOutsideDibaoAndTekunHouseholdsRaisesNothing() {
        HouseholdFacts household = aHousehold(EDGE).member(81, 500).build();

        assertThat(findings(household, died(id(household, 0), TODAY.minusDays(5))))
                .isEmpty();
    }

    @Test
    void aNewCertificateOfGradeOneOrTwoFiresForThatMember() {
        HouseholdFacts household =
                aHousehold(EDGE).member(40, 800).member(12, null).build();
        long child = id(household, 1);

        List<Finding> found = findings(household, certified(child, 2, TODAY.minusDays(20)));

        assertThat(codes(found)).containsExactly("SEVERE-DISABILITY");
        assertThat(found.get(0).personId()).isEqualTo(child);
    }

    @Test
    void aMilderGradeOrAnOldCertificateRaisesNothing() {
        HouseholdFacts household =
                aHousehold(EDGE).member(40, 800).member(12, null).build();

        assertThat(findings(household, certified(id(household, 1), 3, TODAY.minusDays(20))))
                .isEmpty();
        assertThat(findings(household, certified(id(household, 1), 1, TODAY.minusDays(91))))
                .isEmpty();
    }

    @Test
    void incomeAboveTheDibaoStandardOfTheHukouFiresInADibaoHousehold() {
        HouseholdFacts urban =
                aHousehold(DIBAO).member(45, 1_500).member(44, 500).build();

        List<Finding> found = findings(urban);

        assertThat(codes(found)).containsExactly("INCOME-ABOVE-LINE");
        assertThat(found.get(0).personId()).isNull();
        assertThat(reasons.reason(
                        found.get(0).rule().reading(),
                        found.get(0).rule().compiled(),
                        found.get(0).facts()))
                .contains("家庭人均月收入（元）为1000")
                .contains("当地低保标准（按户口类型，元/人·月）为900");
    }

    @Test
    void incomeBelowTheStandardOrUncollectedRaisesNothing() {
        HouseholdFacts rural =
                aHousehold(DIBAO).rural().member(45, 800).member(44, 500).build();
        HouseholdFacts uncollected =
                aHousehold(DIBAO).member(45, 5_000).member(44, null).build();

        assertThat(findings(rural)).isEmpty();
        assertThat(findings(uncollected)).isEmpty();
    }

    @Test
    void aVehicleOrASecondHomeInADibaoHouseholdFiresForItsOwner() {
        HouseholdFacts household =
                aHousehold(DIBAO).member(45, 300).member(20, 0).build();
        long son = id(household, 1);

        List<Finding> found = findings(household, owns(id(household, 0), 0, 0), owns(son, 1, 0));
        List<Finding> home = findings(household, owns(son, 0, 1));

        assertThat(codes(found)).containsExactly("VEHICLE-PROPERTY");
        assertThat(found.get(0).personId()).isEqualTo(son);
        assertThat(codes(home)).containsExactly("VEHICLE-PROPERTY");
    }

    @Test
    void nothingOwnedOrOwnedOutsideDibaoRaisesNothing() {
        HouseholdFacts dibao = aHousehold(DIBAO).member(45, 300).build();
        HouseholdFacts edge = aHousehold(EDGE).member(45, 300).build();

        assertThat(findings(dibao, owns(id(dibao, 0), 0, 0))).isEmpty();
        assertThat(findings(edge, owns(id(edge, 0), 2, 1))).isEmpty();
    }

    @Test
    void aHouseholdNobodyReportedOnRaisesNothingWhateverItsCategories() {
        HouseholdFacts household =
                aHousehold(DIBAO, TEKUN).member(70, null).member(68, null).build();

        assertThat(findings(household)).isEmpty();
    }

    @Test
    void deathOfOneMemberIsKnownForTheHouseholdEvenWhenOthersWereNotReportedOn() {
        HouseholdFacts household =
                aHousehold(DIBAO).member(70, null).member(68, null).build();
        FeedAttributes feed = new FeedAttributes(TODAY);

        Map<String, Object> oneDied = feed.household(household, reported(died(id(household, 1), TODAY)));
        Map<String, Object> silence = feed.household(household, reported(nothingReportedOn(id(household, 1))));

        assertThat(oneDied).containsEntry("household.member_deceased", true);
        assertThat(silence).doesNotContainKey("household.member_deceased");
        assertThat(feed.person(null)).isEmpty();
    }

    private List<Finding> findings(HouseholdFacts household, PersonFeedFacts... reports) {
        return check.findings(household, reported(reports));
    }

    private static Map<Long, PersonFeedFacts> reported(PersonFeedFacts... reports) {
        return Arrays.stream(reports).collect(Collectors.toMap(PersonFeedFacts::personId, Function.identity()));
    }

    private static List<String> codes(List<Finding> found) {
        return found.stream().map(finding -> finding.rule().rule().code()).toList();
    }

    private static long id(HouseholdFacts household, int member) {
        return household.members().get(member).personId();
    }
}
