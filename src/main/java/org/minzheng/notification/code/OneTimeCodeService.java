package org.minzheng.notification.code;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.minzheng.notification.CodeIssue;
import org.minzheng.notification.OneTimeCodes;
import org.minzheng.notification.Sms;
import org.minzheng.notification.outbox.SmsOutbox;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.crypto.BlindIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and checks one-time codes (see {@link CodeRules}). Only HMAC-SM3 of phone, purpose and code is
 * stored, so neither a database copy nor the console reveals a valid code; the text message carrying it
 * is a secret one of the outbox.
 */
@Service
class OneTimeCodeService implements OneTimeCodes {

    /** Purpose of the text messages that carry codes; the code's own purpose is their reference. */
    static final String SMS_PURPOSE = "notification.code";

    static final String PHONE_CONTEXT = "notification.one_time_codes.phone";
    private static final String CODE_CONTEXT = "notification.one_time_codes.code";
    private static final Pattern PURPOSE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)*");
    private static final Logger log = LoggerFactory.getLogger(OneTimeCodeService.class);

    private final JdbcClient jdbc;
    private final BlindIndex index;
    private final SmsOutbox outbox;
    private final MessageSource messages;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    OneTimeCodeService(JdbcClient jdbc, BlindIndex index, SmsOutbox outbox, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.index = index;
        this.outbox = outbox;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional
    public CodeIssue issue(PhoneNumber phone, String purpose) {
        requirePurpose(purpose);
        String phoneIndex = index.of(phone.value(), PHONE_CONTEXT);
        // Two requests for the same phone at once must not both pass the rate limit.
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))")
                .param("key", PHONE_CONTEXT + "|" + phoneIndex)
                .query((rs, n) -> 1)
                .list();
        Instant now = clock.instant();
        Recent recent = jdbc.sql("""
                        select count(*) filter (where issued_at > :minuteAgo) as last_minute, count(*) as last_hour
                        from notification.one_time_codes
                        where phone_index = :phone and issued_at > :hourAgo
                        """)
                .param("phone", phoneIndex)
                .param("minuteAgo", Timestamp.from(now.minus(CodeRules.MIN_GAP)))
                .param("hourAgo", Timestamp.from(now.minus(CodeRules.WINDOW)))
                .query((rs, n) -> new Recent(rs.getLong("last_minute"), rs.getLong("last_hour")))
                .single();
        if (recent.lastMinute() > 0) {
            return CodeIssue.TOO_SOON;
        }
        if (recent.lastHour() >= CodeRules.MAX_PER_WINDOW) {
            return CodeIssue.TOO_MANY;
        }
        String code = newCode();
        jdbc.sql("""
                        insert into notification.one_time_codes (phone_index, purpose, code_hash, issued_at, expires_at)
                        values (:phone, :purpose, :hash, :now, :expires)
                        """)
                .param("phone", phoneIndex)
                .param("purpose", purpose)
                .param("hash", hash(phoneIndex, purpose, code))
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(CodeRules.VALID_FOR)))
                .update();
        String text = messages.getMessage(
                "notification.code.sms",
                new Object[] {code, String.valueOf(CodeRules.VALID_FOR.toMinutes())},
                Locale.SIMPLIFIED_CHINESE);
        outbox.sendSecret(new Sms(phone, text, SMS_PURPOSE, purpose));
        log.info("One-time code for {} issued to {}", purpose, phone.masked());
        return CodeIssue.SENT;
    }

    @Override
    @Transactional
    public boolean verify(PhoneNumber phone, String purpose, String code) {
        requirePurpose(purpose);
        String phoneIndex = index.of(phone.value(), PHONE_CONTEXT);
        Optional<Issued> latest = jdbc.sql("""
                        select id, code_hash, expires_at, wrong_tries, consumed_at
                        from notification.one_time_codes
                        where phone_index = :phone and purpose = :purpose
                        order by issued_at desc, id desc
                        limit 1
                        for update
                        """)
                .param("phone", phoneIndex)
                .param("purpose", purpose)
                .query((rs, n) -> new Issued(
                        rs.getLong("id"),
                        rs.getString("code_hash"),
                        rs.getTimestamp("expires_at").toInstant(),
                        rs.getInt("wrong_tries"),
                        rs.getTimestamp("consumed_at") != null))
                .optional();
        Instant now = clock.instant();
        if (latest.isEmpty()) {
            return false;
        }
        Issued issued = latest.get();
        if (issued.consumed()
                || !now.isBefore(issued.expiresAt())
                || issued.wrongTries() >= CodeRules.MAX_WRONG_TRIES) {
            return false;
        }
        String typed = code == null ? "" : code.strip();
        boolean right = MessageDigest.isEqual(
                hash(phoneIndex, purpose, typed).getBytes(StandardCharsets.US_ASCII),
                issued.codeHash().getBytes(StandardCharsets.US_ASCII));
        if (right) {
            jdbc.sql("update notification.one_time_codes set consumed_at = :now where id = :id")
                    .param("now", Timestamp.from(now))
                    .param("id", issued.id())
                    .update();
        } else {
            jdbc.sql("update notification.one_time_codes set wrong_tries = wrong_tries + 1 where id = :id")
                    .param("id", issued.id())
                    .update();
        }
        return right;
    }

    private String newCode() {
        return String.format("%06d", random.nextInt(1_000_000));
    }

    private String hash(String phoneIndex, String purpose, String code) {
        return index.of(phoneIndex + "|" + purpose + "|" + code, CODE_CONTEXT);
    }

    private static void requirePurpose(String purpose) {
        if (purpose == null
                || purpose.length() > 80
                || !PURPOSE.matcher(purpose).matches()) {
            throw new IllegalArgumentException("The purpose reads like portal.case.phone");
        }
    }

    private record Recent(long lastMinute, long lastHour) {}

    private record Issued(long id, String codeHash, Instant expiresAt, int wrongTries, boolean consumed) {}
}
