package org.minzheng.notification.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.minzheng.notification.spi.SmsGateway;
import org.minzheng.notification.spi.SmsGatewayException;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands due messages of the outbox to the gateway. Each round locks up to {@value #BATCH} due rows with
 * {@code for update skip locked}, so several instances of the application share the work and never send
 * one message twice; the locks are held until each row's outcome is written in the same transaction.
 */
@Component
public class SmsDispatcher {

    static final int BATCH = 50;
    private static final int MAX_ERROR = 300;
    private static final Logger log = LoggerFactory.getLogger(SmsDispatcher.class);

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final SmsGateway gateway;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final RetryPolicy retries = RetryPolicy.STANDARD;

    SmsDispatcher(
            JdbcClient jdbc,
            PersonalDataCipher cipher,
            List<SmsGateway> gateways,
            DevelopmentGateway development,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.gateway = chosen(gateways, development);
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** A provider's gateway when one is configured; two would leave it unclear who sends. */
    private static SmsGateway chosen(List<SmsGateway> gateways, DevelopmentGateway development) {
        List<SmsGateway> providers =
                gateways.stream().filter(g -> g != development).toList();
        if (providers.size() > 1) {
            throw new IllegalStateException("More than one SmsGateway bean: " + providers);
        }
        SmsGateway chosen = providers.isEmpty() ? development : providers.get(0);
        log.info("Text messages go through {}", chosen.getClass().getSimpleName());
        return chosen;
    }

    @Scheduled(
            initialDelayString = "${minzheng.sms.dispatch-interval:PT5S}",
            fixedDelayString = "${minzheng.sms.dispatch-interval:PT5S}")
    void dispatchOnSchedule() {
        try {
            dispatchDue();
        } catch (RuntimeException e) {
            // The next round tries again; the rows are untouched when a round fails as a whole.
            log.error("SMS dispatch round failed", e);
        }
    }

    /**
     * Sends every message that is due now, batch by batch, and records each outcome.
     *
     * @return how many messages were attempted
     */
    public int dispatchDue() {
        int attempted = 0;
        while (true) {
            Integer batch = transactions.execute(status -> dispatchBatch());
            attempted += batch;
            if (batch < BATCH) {
                return attempted;
            }
        }
    }

    private int dispatchBatch() {
        Instant now = clock.instant();
        List<Due> due = jdbc.sql("""
                        select id, phone_encrypted, phone_masked, text, attempts
                        from notification.sms_outbox
                        where status in ('PENDING', 'RETRYING') and next_attempt_at <= :now
                        order by next_attempt_at, id
                        limit :batch
                        for update skip locked
                        """)
                .param("now", Timestamp.from(now))
                .param("batch", BATCH)
                .query((rs, n) -> new Due(
                        rs.getLong("id"),
                        rs.getBytes("phone_encrypted"),
                        rs.getString("phone_masked"),
                        rs.getString("text"),
                        rs.getInt("attempts")))
                .list();
        for (Due message : due) {
            attempt(message, now);
        }
        return due.size();
    }

    private void attempt(Due message, Instant now) {
        try {
            gateway.deliver(cipher.decrypt(message.phone(), SmsPhones.OUTBOX), message.text());
            sent(message, now);
        } catch (SmsGatewayException | RuntimeException e) {
            failed(message, now, e);
        }
    }

    private void sent(Due message, Instant now) {
        jdbc.sql("""
                        update notification.sms_outbox
                        set status = 'SENT', attempts = attempts + 1, sent_at = :now, next_attempt_at = null,
                            last_error = null,
                            text = case when secret then regexp_replace(text, '[0-9]', '*', 'g') else text end
                        where id = :id
                        """)
                .param("now", Timestamp.from(now))
                .param("id", message.id())
                .update();
    }

    private void failed(Due message, Instant now, Exception cause) {
        int attempts = message.attempts() + 1;
        Optional<Duration> pause = retries.pauseAfter(attempts);
        String error = String.valueOf(cause.getMessage());
        log.warn(
                "SMS {} to {} failed on attempt {}{}: {}",
                message.id(),
                message.maskedPhone(),
                attempts,
                pause.isPresent() ? ", next in " + pause.get() : ", given up",
                error);
        jdbc.sql("""
                        update notification.sms_outbox
                        set status = :status, attempts = :attempts, next_attempt_at = :next, last_error = :error,
                            text = case when secret and :status = 'FAILED'
                                        then regexp_replace(text, '[0-9]', '*', 'g') else text end
                        where id = :id
                        """)
                .param("status", pause.isPresent() ? SmsStatus.RETRYING.name() : SmsStatus.FAILED.name())
                .param("attempts", attempts)
                .param("next", pause.map(p -> Timestamp.from(now.plus(p))).orElse(null))
                .param("error", error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error)
                .param("id", message.id())
                .update();
    }

    /** A locked row; {@code toString} shows the phone masked only. */
    private record Due(long id, byte[] phone, String maskedPhone, String text, int attempts) {

        @Override
        public String toString() {
            return "Due[id=" + id + ", to=" + maskedPhone + "]";
        }
    }
}
