package org.minzheng.assistance.recipient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.assistance.recipient.RecipientFixtures.AMOUNT_FEN;
import static org.minzheng.assistance.recipient.RecipientFixtures.LIZE_VILLAGE;
import static org.minzheng.assistance.recipient.RecipientFixtures.PENGLI_COMMUNITY;
import static org.minzheng.assistance.recipient.RecipientFixtures.aDibaoCouple;
import static org.minzheng.assistance.recipient.RecipientFixtures.anEnrolment;
import static org.minzheng.assistance.recipient.RecipientFixtures.freshIdNumber;
import static org.minzheng.assistance.recipient.RecipientFixtures.head;
import static org.minzheng.assistance.recipient.RecipientFixtures.spouse;

import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.assistance.Programme;
import org.minzheng.notification.TestPhones;
import org.minzheng.registry.HouseholdCategory;
import org.minzheng.registry.HouseholdDetails;
import org.minzheng.registry.HouseholdId;
import org.minzheng.registry.HouseholdRefusedException;
import org.minzheng.registry.HouseholdSummary;
import org.minzheng.registry.Households;
import org.minzheng.registry.HukouType;
import org.minzheng.registry.NewHousehold;
import org.minzheng.registry.NewPerson;
import org.minzheng.registry.WorkAbility;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** A confirmed case enrolled through {@link Enrolments}, on the real database; every test rolls back. */
@IntegrationTest
@Transactional
class EnrolmentTests {

    static final DataScope BINCHENG = new DataScope(RegionCode.of("371602"));

    @Autowired
    Enrolments enrolments;

    @Autowired
    Households households;

    @Autowired
    JdbcClient jdbc;

    @Test
    void enrolmentRegistersTheHouseholdInTheDibaoCategoryAndStoresTheRecipient() {
        Enrolment enrolment = aDibaoCouple("纳入测试甲");

        enrolments.enrol(enrolment);

        HouseholdSummary household =
                households.findByIdNumber(enrolment.head().idNumber(), BINCHENG).orElseThrow();
        assertThat(household.categories()).containsExactly(HouseholdCategory.DIBAO);
        assertThat(household.memberCount()).isEqualTo(2);
        assertThat(household.village()).isEqualTo(LIZE_VILLAGE);
        var row = jdbc.sql("""
                        select household_id, village_code, programme, kind, head_name, amount_fen, start_month,
                               status, review_cycle, next_review_due, version, phone_cipher
                        from assistance.recipients where case_number = ?""").param(enrolment.caseNumber().value()).query().singleRow();
        assertThat(row.get("household_id")).isEqualTo(household.id().value());
        assertThat(row.get("village_code")).isEqualTo(LIZE_VILLAGE.value());
        assertThat(row.get("programme")).isEqualTo("DIBAO");
        assertThat(row.get("kind")).isEqualTo("MONTHLY");
        assertThat(row.get("head_name")).isEqualTo("纳入测试甲");
        assertThat(row.get("amount_fen")).isEqualTo(AMOUNT_FEN);
        assertThat(row.get("start_month").toString())
                .isEqualTo(enrolment.startMonth().atDay(1).toString());
        assertThat(row.get("status")).isEqualTo("ACTIVE");
        assertThat(row.get("review_cycle")).isEqualTo("YEARLY");
        assertThat(row.get("next_review_due").toString())
                .isEqualTo(enrolment.startMonth().plusMonths(12).atDay(1).toString());
        assertThat(row.get("version")).isEqualTo(0L);
        assertThat(HexFormat.of().formatHex((byte[]) row.get("phone_cipher")))
                .doesNotContain(
                        HexFormat.of().formatHex(enrolment.phone().value().getBytes()));
        assertThat(events(enrolment)).containsExactly("ENROLLED");
        assertThat(audited("assistance.recipient.enrol", enrolment)).isEqualTo(1);
    }

    @Test
    void enrolmentFindsTheRegisteredHouseholdAndAddsTheCategoryToThoseItHas() {
        String headId = freshIdNumber();
        HouseholdId registered = households.register(new NewHousehold(
                LIZE_VILLAGE,
                "测试路9号",
                HukouType.RURAL,
                Set.of(HouseholdCategory.EDGE),
                List.of(new NewPerson("特困测试", IdNumber.parse(headId), "02", null, null, null, WorkAbility.NONE, true)),
                false));
        Enrolment enrolment =
                anEnrolment(Programme.TEKUN, LIZE_VILLAGE, List.of(head("特困测试", headId)), TestPhones.aMobile(), null);

        enrolments.enrol(enrolment);

        HouseholdDetails household = households.find(registered, BINCHENG).orElseThrow();
        assertThat(household.categories()).containsExactlyInAnyOrder(HouseholdCategory.EDGE, HouseholdCategory.TEKUN);
        assertThat(jdbc.sql("select household_id, review_cycle from assistance.recipients where case_number = ?")
                        .param(enrolment.caseNumber().value())
                        .query()
                        .singleRow())
                .containsEntry("household_id", registered.value())
                .containsEntry("review_cycle", "YEARLY");
    }

    @Test
    void enrollingTheSameCaseTwiceChangesNothing() {
        Enrolment enrolment = aDibaoCouple("重复纳入");

        enrolments.enrol(enrolment);
        enrolments.enrol(enrolment);

        assertThat(jdbc.sql("select count(*) from assistance.recipients where case_number = ?")
                        .param(enrolment.caseNumber().value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(events(enrolment)).containsExactly("ENROLLED");
        assertThat(audited("assistance.recipient.enrol", enrolment)).isEqualTo(1);
    }

    @Test
    void aHouseholdTheRegisterRefusesIsNotEnrolled() {
        String memberElsewhere = freshIdNumber();
        households.register(new NewHousehold(
                PENGLI_COMMUNITY,
                "彭李测试路1号",
                HukouType.URBAN,
                Set.of(),
                List.of(
                        new NewPerson(
                                "别户户主",
                                IdNumber.parse(freshIdNumber()),
                                "02",
                                null,
                                null,
                                null,
                                WorkAbility.FULL,
                                true),
                        new NewPerson(
                                "已登记成员",
                                IdNumber.parse(memberElsewhere),
                                "10",
                                null,
                                null,
                                null,
                                WorkAbility.FULL,
                                false)),
                false));
        Enrolment enrolment = anEnrolment(
                Programme.DIBAO,
                LIZE_VILLAGE,
                List.of(head("拒绝测试", freshIdNumber()), spouse("已登记成员", memberElsewhere)),
                TestPhones.aMobile(),
                ReviewCycle.YEARLY);

        assertThatThrownBy(() -> enrolments.enrol(enrolment))
                .isInstanceOf(HouseholdRefusedException.class)
                .extracting(e -> ((HouseholdRefusedException) e).reason())
                .isEqualTo(HouseholdRefusedException.Reason.ALREADY_REGISTERED);

        assertThat(jdbc.sql("select count(*) from assistance.recipients where case_number = ?")
                        .param(enrolment.caseNumber().value())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(households.findByIdNumber(enrolment.head().idNumber(), BINCHENG))
                .isEmpty();
    }

    @Test
    void temporaryAssistanceIsAOneOffGrantThatEndsAsItIsEnrolled() {
        Enrolment enrolment = anEnrolment(
                Programme.TEMPORARY,
                LIZE_VILLAGE,
                List.of(head("临时救助测试", freshIdNumber())),
                new PhoneNumber("0543-3211234"),
                null);

        enrolments.enrol(enrolment);

        var row = jdbc.sql("""
                        select household_id, kind, status, start_month, end_month, review_cycle, next_review_due
                        from assistance.recipients where case_number = ?""").param(enrolment.caseNumber().value()).query().singleRow();
        assertThat(row.get("kind")).isEqualTo("ONE_OFF");
        assertThat(row.get("status")).isEqualTo("ENDED");
        assertThat(row.get("end_month")).isEqualTo(row.get("start_month"));
        assertThat(row.get("review_cycle")).isNull();
        assertThat(row.get("next_review_due")).isNull();
        assertThat(row.get("household_id")).isNull();
        assertThat(households.findByIdNumber(enrolment.head().idNumber(), BINCHENG))
                .isEmpty();
        assertThat(events(enrolment)).containsExactly("ENROLLED");
    }

    @Test
    void aHalfYearlyHouseholdIsFirstReviewedSixMonthsAfterPaymentStarts() {
        Enrolment enrolment = anEnrolment(
                Programme.DIBAO,
                LIZE_VILLAGE,
                List.of(head("半年复核", freshIdNumber())),
                TestPhones.aMobile(),
                ReviewCycle.HALF_YEARLY);

        enrolments.enrol(enrolment);

        assertThat(jdbc.sql("select next_review_due from assistance.recipients where case_number = ?")
                        .param(enrolment.caseNumber().value())
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(enrolment.startMonth().plusMonths(6).atDay(1));
    }

    @Test
    void refusesAnAmountThatIsNotPositive() {
        Enrolment free = new Enrolment(
                RecipientFixtures.freshCaseNumber(),
                LIZE_VILLAGE,
                Programme.DIBAO,
                HukouType.RURAL,
                "测试路",
                List.of(head("零元测试", freshIdNumber())),
                TestPhones.aMobile(),
                0,
                RecipientFixtures.thisMonth(),
                ReviewCycle.YEARLY,
                null,
                null,
                false);

        assertThatThrownBy(() -> enrolments.enrol(free)).isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.sql("select count(*) from assistance.recipients where case_number = ?")
                        .param(free.caseNumber().value())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private List<String> events(Enrolment enrolment) {
        return jdbc.sql("""
                        select e.event from assistance.recipient_events e
                        join assistance.recipients r on r.id = e.recipient_id
                        where r.case_number = ? order by e.id""")
                .param(enrolment.caseNumber().value())
                .query(String.class)
                .list();
    }

    private long audited(String action, Enrolment enrolment) {
        return jdbc.sql("select count(*) from audit.audit_entries where action = ? and target_id = ?")
                .param(action)
                .param(enrolment.caseNumber().value())
                .query(Long.class)
                .single();
    }
}
