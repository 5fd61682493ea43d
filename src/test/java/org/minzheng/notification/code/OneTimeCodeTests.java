package org.minzheng.notification.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.notification.CodeIssue;
import org.minzheng.notification.OneTimeCodes;
import org.minzheng.notification.TestPhones;
import org.minzheng.notification.outbox.SmsDispatcher;
import org.minzheng.notification.outbox.SmsPhones;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.crypto.BlindIndex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class OneTimeCodeTests {

    static final String PURPOSE = "portal.case.phone";

    @Autowired
    OneTimeCodes codes;

    @Autowired
    SmsDispatcher dispatcher;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BlindIndex index;

    @Test
    void sendsASixDigitCodeByTextMessageAndStoresOnlyItsHash() {
        PhoneNumber phone = TestPhones.aMobile();

        assertThat(codes.issue(phone, PURPOSE)).isEqualTo(CodeIssue.SENT);

        String code = lastCode(phone);
        assertThat(code).matches("\\d{6}");
        assertThat(jdbc.queryForObject(
                        "select code_hash from notification.one_time_codes where phone_index = ?",
                        String.class,
                        codeIndex(phone)))
                .doesNotContain(code)
                .hasSize(64);
        assertThat(jdbc.queryForObject(
                        "select reference from notification.sms_outbox where phone_index = ?",
                        String.class,
                        outboxIndex(phone)))
                .isEqualTo(PURPOSE);
    }

    @Test
    void theRightCodeIsAcceptedOnceOnly() {
        PhoneNumber phone = TestPhones.aMobile();
        codes.issue(phone, PURPOSE);
        String code = lastCode(phone);

        assertThat(codes.verify(phone, "portal.other", code))
                .as("other purpose")
                .isFalse();
        assertThat(codes.verify(TestPhones.aMobile(), PURPOSE, code))
                .as("other phone")
                .isFalse();
        assertThat(codes.verify(phone, PURPOSE, code)).isTrue();
        assertThat(codes.verify(phone, PURPOSE, code)).as("reused").isFalse();
    }

    @Test
    void anExpiredCodeIsRefused() {
        PhoneNumber phone = TestPhones.aMobile();
        codes.issue(phone, PURPOSE);
        String code = lastCode(phone);
        jdbc.update(
                "update notification.one_time_codes set issued_at = ?, expires_at = ? where phone_index = ?",
                Timestamp.from(Instant.now().minus(Duration.ofMinutes(6))),
                Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))),
                codeIndex(phone));

        assertThat(codes.verify(phone, PURPOSE, code)).isFalse();
    }

    @Test
    void fiveWrongCodesLockTheCodeEvenAgainstTheRightOne() {
        PhoneNumber phone = TestPhones.aMobile();
        codes.issue(phone, PURPOSE);
        String code = lastCode(phone);
        String wrong = code.equals("000000") ? "111111" : "000000";

        for (int i = 0; i < 4; i++) {
            assertThat(codes.verify(phone, PURPOSE, wrong)).isFalse();
        }
        assertThat(codes.verify(phone, PURPOSE, null))
                .as("nothing typed counts as wrong")
                .isFalse();
        assertThat(codes.verify(phone, PURPOSE, code)).isFalse();
        assertThat(jdbc.queryForObject(
                        "select wrong_tries from notification.one_time_codes where phone_index = ?",
                        Integer.class,
                        codeIndex(phone)))
                .isEqualTo(5);
    }

    @Test
    void fourWrongCodesStillLeaveTheRightOneValid() {
        PhoneNumber phone = TestPhones.aMobile();
        codes.issue(phone, PURPOSE);
        String code = lastCode(phone);
        String wrong = code.equals("000000") ? "111111" : "000000";

        for (int i = 0; i < 4; i++) {
            assertThat(codes.verify(phone, PURPOSE, wrong)).isFalse();
        }
        assertThat(codes.verify(phone, PURPOSE, code)).isTrue();
    }

    @Test
    void aNewCodeReplacesTheEarlierOne() {
        PhoneNumber phone = TestPhones.aMobile();
        codes.issue(phone, PURPOSE);
        String first = lastCode(phone);
        ageCodes(phone, Duration.ofMinutes(2));
        assertThat(codes.issue(phone, PURPOSE)).isEqualTo(CodeIssue.SENT);
        String second = lastCode(phone);

        if (!first.equals(second)) {
            assertThat(codes.verify(phone, PURPOSE, first)).isFalse();
        }
        assertThat(codes.verify(phone, PURPOSE, second)).isTrue();
    }

    @Test
    void aPhoneGetsAtMostOneCodeAMinute() {
        PhoneNumber phone = TestPhones.aMobile();
        assertThat(codes.issue(phone, PURPOSE)).isEqualTo(CodeIssue.SENT);

        assertThat(codes.issue(phone, PURPOSE)).isEqualTo(CodeIssue.TOO_SOON);
        assertThat(codes.issue(phone, "portal.other"))
                .as("per phone, whatever the purpose")
                .isEqualTo(CodeIssue.TOO_SOON);
        assertThat(texts(phone)).isEqualTo(1);

        ageCodes(phone, Duration.ofSeconds(61));
        assertThat(codes.issue(phone, PURPOSE)).isEqualTo(CodeIssue.SENT);
    }

    @Test
    void aPhoneGetsAtMostFiveCodesAnHour() {
        PhoneNumber phone = TestPhones.aMobile();
        for (int i = 0; i < 5; i++) {
            assertThat(codes.issue(phone, PURPOSE)).isEqualTo(CodeIssue.SENT);
            ageCodes(phone, Duration.ofMinutes(2));
        }

        assertThat(codes.issue(phone, PURPOSE)).isEqualTo(CodeIssue.TOO_MANY);
        assertThat(texts(phone)).isEqualTo(5);

        ageCodes(phone, Duration.ofMinutes(51));
        assertThat(codes.issue(phone, PURPOSE)).isEqualTo(CodeIssue.SENT);
    }

    @Test
    void theCodeNeverShowsInTheOutboxOnceSent() {
        PhoneNumber phone = TestPhones.aMobile();
        codes.issue(phone, PURPOSE);
        String code = lastCode(phone);

        dispatcher.dispatchDue();

        String stored = jdbc.queryForObject(
                "select text from notification.sms_outbox where phone_index = ? and status = 'SENT'",
                String.class,
                outboxIndex(phone));
        assertThat(stored).contains("******").doesNotContain(code);
        assertThat(codes.verify(phone, PURPOSE, code)).isTrue();
    }

    /** The code from the latest text to the phone, read before the dispatcher stars it. */
    private String lastCode(PhoneNumber phone) {
        String text = jdbc.queryForObject(
                "select text from notification.sms_outbox where phone_index = ? order by id desc limit 1",
                String.class,
                outboxIndex(phone));
        return text.replaceAll("\\D*(\\d{6})\\D.*", "$1");
    }

    private long texts(PhoneNumber phone) {
        return jdbc.queryForObject(
                "select count(*) from notification.sms_outbox where phone_index = ?", Long.class, outboxIndex(phone));
    }

    private void ageCodes(PhoneNumber phone, Duration by) {
        jdbc.update(
                "update notification.one_time_codes set issued_at = issued_at - ?::interval where phone_index = ?",
                by.toSeconds() + " seconds",
                codeIndex(phone));
    }

    private String codeIndex(PhoneNumber phone) {
        return index.of(phone.value(), OneTimeCodeService.PHONE_CONTEXT);
    }

    private String outboxIndex(PhoneNumber phone) {
        return index.of(phone.value(), SmsPhones.OUTBOX);
    }
}
