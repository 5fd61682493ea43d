package org.minzheng.notification.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minzheng.IntegrationTest;
import org.minzheng.notification.Notifications;
import org.minzheng.notification.Sms;
import org.minzheng.notification.SmsId;
import org.minzheng.notification.TestPhones;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.crypto.BlindIndex;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class SmsOutboxTests {

    @Autowired
    Notifications notifications;

    @Autowired
    SmsDispatcher dispatcher;

    @Autowired
    DevelopmentGateway gateway;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    BlindIndex index;

    @Autowired
    PersonalDataCipher cipher;

    @AfterEach
    void gatewayBackUp() {
        gateway.switchDown(false);
    }

    @Test
    void aRolledBackBusinessChangeSendsNothing() {
        PhoneNumber phone = TestPhones.aMobile();
        String reference = TestPhones.aReference();
        transactions.executeWithoutResult(status -> {
            notifications.send(accepted(phone, reference));
            status.setRollbackOnly();
        });

        dispatcher.dispatchDue();

        assertThat(jdbc.queryForObject(
                        "select count(*) from notification.sms_outbox where reference = ?", Long.class, reference))
                .isZero();
        assertThat(delivered(phone)).isZero();
    }

    @Test
    void sendReturnsBeforeDeliveryAndTheDispatcherDeliversAndMarksSent() {
        PhoneNumber phone = TestPhones.aMobile();
        SmsId id = notifications.send(accepted(phone, TestPhones.aReference()));
        assertThat(row(id)).containsEntry("status", "PENDING").containsEntry("attempts", 0);
        assertThat(delivered(phone)).isZero();

        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        dispatcher.dispatchDue();

        Map<String, Object> row = row(id);
        assertThat(row).containsEntry("status", "SENT").containsEntry("attempts", 1);
        assertThat(row.get("next_attempt_at")).isNull();
        assertThat(((Timestamp) row.get("sent_at")).toInstant()).isBetween(before.minusSeconds(1), Instant.now());
        assertThat(delivered(phone)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select text from notification.dev_inbox where phone_index = ?",
                        String.class,
                        index.of(phone.value(), SmsPhones.DEV_INBOX)))
                .isEqualTo("您的低保申请已受理。");
    }

    @Test
    void phonesAreStoredEncryptedAndMaskedNeverInTheClear() {
        PhoneNumber phone = TestPhones.aMobile();
        SmsId id = notifications.send(accepted(phone, TestPhones.aReference()));

        Map<String, Object> row = row(id);
        byte[] encrypted = (byte[]) row.get("phone_encrypted");
        assertThat(new String(encrypted, StandardCharsets.ISO_8859_1)).doesNotContain(phone.value());
        assertThat(cipher.decrypt(encrypted, SmsPhones.OUTBOX)).isEqualTo(phone.value());
        assertThat(row.get("phone_masked")).isEqualTo(phone.masked());
        assertThat(row.get("phone_index")).isEqualTo(index.of(phone.value(), SmsPhones.OUTBOX));
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification.sms_outbox where id = ? and (phone_index || phone_masked"
                                + " || encode(phone_encrypted, 'escape')) like '%' || ? || '%'",
                        Long.class, id.value(), phone.value()))
                .isZero();
    }

    @Test
    void whileTheGatewayIsDownMessagesWaitLongerAfterEachFailureAndGoOutWhenItIsBack() {
        PhoneNumber phone = TestPhones.aMobile();
        SmsId id = notifications.send(accepted(phone, TestPhones.aReference()));
        gateway.switchDown(true);

        Instant firstTry = Instant.now();
        dispatcher.dispatchDue();
        assertThat(row(id)).containsEntry("status", "RETRYING").containsEntry("attempts", 1);
        assertThat(row(id).get("last_error").toString()).contains("gateway-down");
        assertThat(nextAttempt(id)).isCloseTo(firstTry.plusSeconds(30), within(5, ChronoUnit.SECONDS));

        dispatcher.dispatchDue();
        assertThat(row(id)).as("not due yet").containsEntry("attempts", 1);

        makeDue(id);
        Instant secondTry = Instant.now();
        dispatcher.dispatchDue();
        assertThat(row(id)).containsEntry("status", "RETRYING").containsEntry("attempts", 2);
        assertThat(nextAttempt(id)).isCloseTo(secondTry.plusSeconds(60), within(5, ChronoUnit.SECONDS));
        assertThat(delivered(phone)).isZero();

        gateway.switchDown(false);
        makeDue(id);
        dispatcher.dispatchDue();
        assertThat(row(id)).containsEntry("status", "SENT").containsEntry("attempts", 3);
        assertThat(row(id).get("last_error")).isNull();
        assertThat(delivered(phone)).isEqualTo(1);
    }

    @Test
    void aMessageIsGivenUpAsFailedAfterTheTenthFailedAttempt() {
        PhoneNumber phone = TestPhones.aMobile();
        SmsId id = notifications.send(accepted(phone, TestPhones.aReference()));
        jdbc.update("update notification.sms_outbox set status = 'RETRYING', attempts = 9 where id = ?", id.value());
        gateway.switchDown(true);

        dispatcher.dispatchDue();

        assertThat(row(id)).containsEntry("status", "FAILED").containsEntry("attempts", 10);
        assertThat(row(id).get("next_attempt_at")).isNull();
        gateway.switchDown(false);
        dispatcher.dispatchDue();
        assertThat(row(id)).containsEntry("status", "FAILED");
        assertThat(delivered(phone)).isZero();
    }

    @Test
    void dispatchingTwiceDeliversAMessageOnce() {
        PhoneNumber phone = TestPhones.aMobile();
        SmsId id = notifications.send(accepted(phone, TestPhones.aReference()));

        dispatcher.dispatchDue();
        makeDue(id);
        dispatcher.dispatchDue();

        assertThat(delivered(phone)).isEqualTo(1);
        assertThat(row(id)).containsEntry("status", "SENT").containsEntry("attempts", 1);
    }

    @Test
    void aMessageLockedByAnotherInstanceIsSkippedNotSentTwice() throws Exception {
        PhoneNumber phone = TestPhones.aMobile();
        SmsId id = notifications.send(accepted(phone, TestPhones.aReference()));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread otherInstance = new Thread(() -> transactions.executeWithoutResult(status -> {
            jdbc.queryForList("select id from notification.sms_outbox where id = ? for update", id.value());
            locked.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        otherInstance.start();
        try {
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            long started = System.nanoTime();
            dispatcher.dispatchDue();
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .as("did not wait for the lock")
                    .isLessThan(Duration.ofSeconds(5));
            assertThat(row(id)).containsEntry("status", "PENDING");
            assertThat(delivered(phone)).isZero();
        } finally {
            release.countDown();
            otherInstance.join();
        }

        dispatcher.dispatchDue();
        assertThat(row(id)).containsEntry("status", "SENT");
        assertThat(delivered(phone)).isEqualTo(1);
    }

    private static Sms accepted(PhoneNumber phone, String reference) {
        return new Sms(phone, "您的低保申请已受理。", "assistance.case.accepted", reference);
    }

    private Map<String, Object> row(SmsId id) {
        return jdbc.queryForMap("select * from notification.sms_outbox where id = ?", id.value());
    }

    private Instant nextAttempt(SmsId id) {
        return ((Timestamp) row(id).get("next_attempt_at")).toInstant();
    }

    private void makeDue(SmsId id) {
        jdbc.update(
                "update notification.sms_outbox set next_attempt_at = now() - interval '1 second' where id = ?",
                id.value());
    }

    private long delivered(PhoneNumber phone) {
        return jdbc.queryForObject(
                "select count(*) from notification.dev_inbox where phone_index = ?",
                Long.class,
                index.of(phone.value(), SmsPhones.DEV_INBOX));
    }
}
