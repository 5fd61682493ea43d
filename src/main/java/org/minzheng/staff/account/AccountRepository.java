package org.minzheng.staff.account;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.database.Like;
import org.minzheng.shared.security.DataScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for {@code staff.accounts}. Every query that serves a staff member's screen takes a
 * {@link DataScope} and filters on the indexed {@code region_code} prefix.
 */
@Repository
public class AccountRepository {

    private static final String COLUMNS = """
            a.id, a.username, a.display_name, a.password_hash, a.region_code, a.phone_cipher, a.enabled,
            a.failed_attempts, a.locked_until, a.totp_secret_cipher, a.totp_confirmed, a.totp_last_step,
            a.must_change_password, a.password_changed_at, a.last_login_at, a.created_at,
            array(select r.role_code from staff.account_roles r where r.account_id = a.id order by r.role_code) as role_codes
            """;

    /** Columns a list may be sorted by, mapped to SQL; anything else falls back to the user name. */
    private static final Map<String, String> SORTABLE = Map.of(
            "username", "a.username",
            "displayName", "a.display_name",
            "region", "a.region_code",
            "lastLogin", "a.last_login_at",
            "created", "a.created_at");

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Account> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from staff.accounts a where a.username = :username")
                .param("username", username)
                .query(AccountRepository::map)
                .optional();
    }

    public Optional<Account> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from staff.accounts a where a.id = :id")
                .param("id", id)
                .query(AccountRepository::map)
                .optional();
    }

    /** The account if it lies within {@code scope}; empty both when absent and when out of scope. */
    public Optional<Account> findById(long id, DataScope scope) {
        return jdbc.sql("select " + COLUMNS
                        + " from staff.accounts a where a.id = :id and a.region_code like :prefix || '%'")
                .param("id", id)
                .param("prefix", scope.prefix())
                .query(AccountRepository::map)
                .optional();
    }

    /**
     * @param phoneIndex blind index of the search text when it reads as a phone number: phones are
     *     encrypted, so they are found by exact index match, never by partial text
     */
    public Page<Account> search(
            AccountSearch search,
            DataScope scope,
            String regionPrefix,
            Optional<String> phoneIndex,
            Pageable pageable) {
        String order = pageable.getSort().stream()
                .filter(o -> SORTABLE.containsKey(o.getProperty()))
                .findFirst()
                .map(o -> SORTABLE.get(o.getProperty())
                        + (o.getDirection() == Sort.Direction.DESC ? " desc nulls last" : " asc"))
                .orElse("a.username asc");
        String where = """
                where a.region_code like :scope || '%'
                  and a.region_code like :region || '%'
                  and (:q = '' or a.username ilike '%' || :q || '%' or a.display_name ilike '%' || :q || '%'
                       or a.phone_index = :phoneIndex)
                  and (:role = '' or exists (select 1 from staff.account_roles r where r.account_id = a.id and r.role_code = :role))
                  and (:status = ''
                       or (:status = 'enabled' and a.enabled and (a.locked_until is null or a.locked_until <= now()))
                       or (:status = 'disabled' and not a.enabled)
                       or (:status = 'locked' and a.enabled and a.locked_until > now()))
                """;
        long total = jdbc.sql("select count(*) from staff.accounts a " + where)
                .param("scope", scope.prefix())
                .param("region", regionPrefix)
                .param("q", Like.escape(search.q()))
                .param("role", search.role())
                .param("status", search.status())
                .param("phoneIndex", phoneIndex.orElse(""))
                .query(Long.class)
                .single();
        List<Account> rows = jdbc.sql("select " + COLUMNS + " from staff.accounts a " + where + " order by " + order
                        + ", a.id limit :limit offset :offset")
                .param("scope", scope.prefix())
                .param("region", regionPrefix)
                .param("q", Like.escape(search.q()))
                .param("role", search.role())
                .param("status", search.status())
                .param("phoneIndex", phoneIndex.orElse(""))
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query(AccountRepository::map)
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    public long countEnabled(DataScope scope) {
        return jdbc.sql(
                        "select count(*) from staff.accounts where enabled and (locked_until is null or locked_until <= now()) and region_code like :prefix || '%'")
                .param("prefix", scope.prefix())
                .query(Long.class)
                .single();
    }

    public long countLocked(DataScope scope) {
        return jdbc.sql(
                        "select count(*) from staff.accounts where enabled and locked_until > now() and region_code like :prefix || '%'")
                .param("prefix", scope.prefix())
                .query(Long.class)
                .single();
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("select exists (select 1 from staff.accounts where username = :username)")
                .param("username", username)
                .query(Boolean.class)
                .single();
    }

    public long insert(NewAccount account, Instant now) {
        long id = jdbc.sql("""
                insert into staff.accounts (username, display_name, password_hash, region_code, phone_cipher, phone_index,
                    must_change_password, password_changed_at, created_at, created_by)
                values (:username, :displayName, :passwordHash, :regionCode, :phoneCipher, :phoneIndex,
                    :mustChange, :now, :now, :createdBy)
                returning id
                """)
                .param("username", account.username())
                .param("displayName", account.displayName())
                .param("passwordHash", account.passwordHash())
                .param("regionCode", account.regionCode().value())
                .param("phoneCipher", account.phoneCipher())
                .param("phoneIndex", account.phoneIndex())
                .param("mustChange", account.mustChangePassword())
                .param("now", Timestamp.from(now))
                .param("createdBy", account.createdBy())
                .query(Long.class)
                .single();
        replaceRoles(id, account.roleCodes());
        return id;
    }

    public void update(long id, String displayName, RegionCode regionCode, byte[] phoneCipher, String phoneIndex) {
        jdbc.sql("""
                update staff.accounts set display_name = :displayName, region_code = :regionCode,
                    phone_cipher = :phoneCipher, phone_index = :phoneIndex, version = version + 1
                where id = :id
                """)
                .param("id", id)
                .param("displayName", displayName)
                .param("regionCode", regionCode.value())
                .param("phoneCipher", phoneCipher)
                .param("phoneIndex", phoneIndex)
                .update();
    }

    public void replaceRoles(long id, List<String> roleCodes) {
        jdbc.sql("delete from staff.account_roles where account_id = :id")
                .param("id", id)
                .update();
        if (!roleCodes.isEmpty()) {
            // Role codes match ^[A-Z][A-Z0-9_]+$ (checked by the table), so a comma list is unambiguous.
            jdbc.sql(
                            "insert into staff.account_roles (account_id, role_code) select :id, unnest(string_to_array(:roles, ','))")
                    .param("id", id)
                    .param("roles", String.join(",", roleCodes))
                    .update();
        }
    }

    public void setEnabled(long id, boolean enabled) {
        jdbc.sql("update staff.accounts set enabled = :enabled, version = version + 1 where id = :id")
                .param("id", id)
                .param("enabled", enabled)
                .update();
    }

    public void setPassword(long id, String hash, boolean mustChange, Instant now) {
        jdbc.sql("""
                update staff.accounts set password_hash = :hash, must_change_password = :mustChange,
                    password_changed_at = :now, failed_attempts = 0, locked_until = null, version = version + 1
                where id = :id
                """)
                .param("id", id)
                .param("hash", hash)
                .param("mustChange", mustChange)
                .param("now", Timestamp.from(now))
                .update();
    }

    /**
     * Counts a failed sign-in and locks the account when the count reaches {@code limit}, in one
     * statement so that concurrent attempts cannot slip past the limit.
     *
     * @return the lock end if this failure locked the account
     */
    public Optional<Instant> recordFailure(String username, int limit, Instant lockUntilRequested) {
        // PostgreSQL keeps microseconds; compare like with like.
        Instant lockUntil = lockUntilRequested.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        return jdbc.sql("""
                update staff.accounts
                   set failed_attempts = case when failed_attempts + 1 >= :limit then 0 else failed_attempts + 1 end,
                       locked_until = case when failed_attempts + 1 >= :limit then :lockUntil else locked_until end
                 where username = :username
                returning locked_until
                """)
                .param("username", username)
                .param("limit", limit)
                .param("lockUntil", Timestamp.from(lockUntil))
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .optional()
                .flatMap(until -> until)
                .filter(until -> until.equals(lockUntil));
    }

    public void recordSuccess(long id, Instant now) {
        jdbc.sql(
                        "update staff.accounts set failed_attempts = 0, locked_until = null, last_login_at = :now where id = :id")
                .param("id", id)
                .param("now", Timestamp.from(now))
                .update();
    }

    public void unlock(long id) {
        jdbc.sql(
                        "update staff.accounts set failed_attempts = 0, locked_until = null, version = version + 1 where id = :id")
                .param("id", id)
                .update();
    }

    public void setTotpSecret(long id, byte[] secretCipher) {
        jdbc.sql("""
                update staff.accounts set totp_secret_cipher = :secret, totp_confirmed = false, totp_last_step = null,
                    version = version + 1
                where id = :id
                """).param("id", id).param("secret", secretCipher).update();
    }

    /**
     * Confirms the second factor and remembers the used time step so that a code cannot be replayed;
     * returns false when the step is not newer than the last used one.
     */
    public boolean useTotpStep(long id, long step) {
        return jdbc.sql("""
                update staff.accounts set totp_confirmed = true, totp_last_step = :step
                where id = :id and (totp_last_step is null or totp_last_step < :step)
                """).param("id", id).param("step", step).update() == 1;
    }

    public Map<String, String> roleNames(java.util.Locale locale) {
        String column = "en".equals(locale.getLanguage()) ? "name_en" : "name_zh";
        return jdbc
                .sql("select code, " + column + " from staff.roles order by code")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(
                        Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static Account map(ResultSet rs, int rowNum) throws SQLException {
        return new Account(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                RegionCode.of(rs.getString("region_code")),
                rs.getBytes("phone_cipher"),
                rs.getBoolean("enabled"),
                rs.getInt("failed_attempts"),
                instant(rs, "locked_until"),
                rs.getBytes("totp_secret_cipher"),
                rs.getBoolean("totp_confirmed"),
                (Long) rs.getObject("totp_last_step"),
                rs.getBoolean("must_change_password"),
                instant(rs, "password_changed_at"),
                instant(rs, "last_login_at"),
                instant(rs, "created_at"),
                strings(rs.getArray("role_codes")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    /** Values of a new account, already validated, hashed and encrypted. */
    public record NewAccount(
            String username,
            String displayName,
            String passwordHash,
            RegionCode regionCode,
            byte[] phoneCipher,
            String phoneIndex,
            boolean mustChangePassword,
            String createdBy,
            List<String> roleCodes) {}
}
