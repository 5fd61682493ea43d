package org.minzheng.assistance.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.assistance.casework.CaseFixtures.LIZE_VILLAGE;
import static org.minzheng.assistance.casework.CaseFixtures.PHONE;
import static org.minzheng.assistance.casework.CaseFixtures.aDibaoCaseIn;
import static org.minzheng.assistance.casework.CaseFixtures.freshIdNumber;
import static org.minzheng.assistance.casework.CaseFixtures.freshKey;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.assistance.AssistanceCaseSubmitted;
import org.minzheng.assistance.AssistanceCases;
import org.minzheng.assistance.CaseNumber;
import org.minzheng.assistance.CaseRefused;
import org.minzheng.assistance.CaseStatus;
import org.minzheng.assistance.CaseTracking;
import org.minzheng.assistance.NewCase;
import org.minzheng.assistance.Programme;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/** Filing a case through the facade: once per key, one open case per programme, encrypted, told by SMS. */
@IntegrationTest
@Transactional
@RecordApplicationEvents
class AssistanceCaseSubmitTests {

    @Autowired
    AssistanceCases cases;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void retriedSubmitWithTheSameKeyFilesOneCase() {
        String key = freshKey();
        NewCase application = aDibaoCaseIn(LIZE_VILLAGE, freshIdNumber());

        CaseNumber first = cases.submit(application, key);
        CaseNumber second = cases.submit(application, key);

        assertThat(second).isEqualTo(first);
        assertThat(first.value()).matches("MZ[0-9]{8}-[0-9]{6}");
        assertThat(count("select count(*) from assistance.cases where idempotency_key = '" + key + "'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from assistance.case_steps s join assistance.cases c on c.id = s.case_id"
                        + " where c.number = '" + first.value() + "'"))
                .isEqualTo(1);
    }

    @Test
    void refusesASecondOpenCaseOfTheSameProgrammeButNotAnotherProgramme() {
        String idNumber = freshIdNumber();
        cases.submit(aDibaoCaseIn(LIZE_VILLAGE, idNumber), freshKey());

        assertThatThrownBy(() -> cases.submit(aDibaoCaseIn(LIZE_VILLAGE, idNumber), freshKey()))
                .isInstanceOf(CaseRefused.class)
                .extracting(e -> ((CaseRefused) e).messageKey())
                .isEqualTo("assistance.refused.openCase");
        NewCase temporary = withProgramme(aDibaoCaseIn(LIZE_VILLAGE, idNumber), Programme.TEMPORARY);
        assertThat(cases.submit(temporary, freshKey())).isNotNull();
    }

    @Test
    void keepsTheIdNumberAndPhoneEncrypted() {
        String idNumber = freshIdNumber();
        CaseNumber number = cases.submit(aDibaoCaseIn(LIZE_VILLAGE, idNumber), freshKey());

        var row = jdbc.sql(
                        "select id_number_cipher, phone_cipher, id_number_index from assistance.cases where number = ?")
                .param(number.value())
                .query((rs, n) -> new String[] {
                    new String(rs.getBytes(1), StandardCharsets.ISO_8859_1),
                    new String(rs.getBytes(2), StandardCharsets.ISO_8859_1),
                    rs.getString(3)
                })
                .single();
        assertThat(row[0]).doesNotContain(idNumber.substring(6, 14));
        assertThat(row[1]).doesNotContain(PHONE.substring(3));
        assertThat(row[2]).doesNotContain(idNumber.substring(6, 14)).hasSize(64);
    }

    @Test
    void tellsTheApplicantTheNumberByTextMessageAndAuditsAndPublishesTheSubmission() {
        CaseNumber number = cases.submit(aDibaoCaseIn(LIZE_VILLAGE, freshIdNumber()), freshKey());

        assertThat(jdbc.sql("select text from notification.sms_outbox where reference = ? and purpose = ?")
                        .param(number.value())
                        .param("assistance.case.submitted")
                        .query(String.class)
                        .list())
                .singleElement()
                .asString()
                .contains(number.value(), "最低生活保障");
        assertThat(count("select count(*) from audit.audit_entries where action = 'assistance.case.submit'"
                        + " and target_id = '" + number.value() + "'"))
                .isEqualTo(1);
        assertThat(events.stream(AssistanceCaseSubmitted.class)).singleElement().satisfies(event -> {
            assertThat(event.number()).isEqualTo(number);
            assertThat(event.village()).isEqualTo(LIZE_VILLAGE);
        });
    }

    @Test
    void applicantTracksTheCaseOnlyWithThePhoneItWasFiledWith() {
        CaseNumber number = cases.submit(aDibaoCaseIn(LIZE_VILLAGE, freshIdNumber()), freshKey());

        CaseTracking tracking = cases.track(number, new PhoneNumber(PHONE)).orElseThrow();
        assertThat(tracking.status()).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(tracking.villageName()).isEqualTo("里则街村委会");
        assertThat(tracking.steps()).extracting(s -> s.status()).containsExactly(CaseStatus.SUBMITTED);

        assertThat(cases.track(number, new PhoneNumber("13905439999"))).isEmpty();
        assertThat(cases.track(new CaseNumber("MZ19990101-999999"), new PhoneNumber(PHONE)))
                .isEmpty();
    }

    @Test
    void refusesBadInputAndStoresNothing() {
        long before = count("select count(*) from assistance.cases");
        NewCase good = aDibaoCaseIn(LIZE_VILLAGE, freshIdNumber());

        assertRefused(withName(good, "<script>alert(1)</script>"), "assistance.refused.name");
        assertRefused(withName(good, "  "), "assistance.refused.name");
        assertRefused(withName(good, "名".repeat(21)), "assistance.refused.name");
        assertRefused(withHousehold(good, 0), "assistance.refused.householdSize");
        assertRefused(withHousehold(good, 31), "assistance.refused.householdSize");
        assertRefused(withReason(good, "<b>急</b>"), "assistance.refused.reason");
        assertRefused(withReason(good, "理".repeat(501)), "assistance.refused.reason");
        assertRefused(withVillage(good, RegionCode.of("371602012")), "assistance.refused.village");
        assertRefused(withVillage(good, RegionCode.of("371602012999")), "assistance.refused.village");

        assertThat(count("select count(*) from assistance.cases")).isEqualTo(before);
    }

    private void assertRefused(NewCase application, String key) {
        assertThatThrownBy(() -> cases.submit(application, freshKey()))
                .isInstanceOf(CaseRefused.class)
                .extracting(e -> ((CaseRefused) e).messageKey())
                .isEqualTo(key);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static NewCase withProgramme(NewCase c, Programme programme) {
        return new NewCase(
                c.village(),
                programme,
                c.applicantName(),
                c.applicantId(),
                c.phone(),
                c.householdSize(),
                c.reason(),
                c.attachments(),
                c.channel(),
                c.enteredBy());
    }

    private static NewCase withName(NewCase c, String name) {
        return new NewCase(
                c.village(),
                c.programme(),
                name,
                c.applicantId(),
                c.phone(),
                c.householdSize(),
                c.reason(),
                c.attachments(),
                c.channel(),
                c.enteredBy());
    }

    private static NewCase withHousehold(NewCase c, int size) {
        return new NewCase(
                c.village(),
                c.programme(),
                c.applicantName(),
                c.applicantId(),
                c.phone(),
                size,
                c.reason(),
                c.attachments(),
                c.channel(),
                c.enteredBy());
    }

    private static NewCase withReason(NewCase c, String reason) {
        return new NewCase(
                c.village(),
                c.programme(),
                c.applicantName(),
                c.applicantId(),
                c.phone(),
                c.householdSize(),
                reason,
                c.attachments(),
                c.channel(),
                c.enteredBy());
    }

    private static NewCase withVillage(NewCase c, RegionCode village) {
        return new NewCase(
                village,
                c.programme(),
                c.applicantName(),
                c.applicantId(),
                c.phone(),
                c.householdSize(),
                c.reason(),
                c.attachments(),
                c.channel(),
                c.enteredBy());
    }
}
