package org.minzheng.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.minzheng.audit.chain.AuditChains;
import org.minzheng.audit.chain.ChainVerification;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.crypto.Sm3;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Two instances of the application, separate JVMs on their own ports, share one PostgreSQL cluster, as two
 * servers behind a load balancer share the city's database: sessions, scheduled work, the SMS outbox and a
 * server dying in the middle of sending. Then the operators' backup and restore scripts ({@code ops/}) copy
 * that database and the attachment folder into a fresh database and folder, where the audit chain still
 * verifies and every attachment is byte for byte the same.
 *
 * <p>The tests run in order and share the two instances: starting an instance costs half a minute, and the
 * later steps (the kill, the backup) need what the earlier ones created. Demo data stays off, which halves the
 * first start; the test makes its one staff account and village itself.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeveralInstancesTests {

    static final String VILLAGE = "/v/371602001201";
    static final String STAFF = "scale-approver";
    static final String STAFF_PASSWORD = "Scale@2026pw";

    static ThrowawayPostgres postgres;
    static Path attachments;
    static AppInstance a;
    static AppInstance b;

    @BeforeAll
    static void startTwoInstances() throws IOException {
        postgres = ThrowawayPostgres.start();
        postgres.createDatabase("minzheng");
        attachments = Files.createTempDirectory("minzheng-scale-files");
        // A migrates the empty database; B starts once A is up, like the second server of a rolling start
        a = AppInstance.start("instance-a", properties("A"));
        b = AppInstance.start("instance-b", properties("B"));
        createStaffAccountAndVillage();
    }

    @AfterAll
    static void stopEverything() {
        for (AppInstance instance : new AppInstance[] {a, b}) {
            if (instance != null) {
                instance.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
        if (attachments != null) {
            ThrowawayPostgres.delete(attachments);
        }
    }

    /** What each instance is started with: the shared database and folder, and fast timers. */
    static Map<String, String> properties(String name) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.profiles.active", "dev");
        properties.put("spring.datasource.url", postgres.jdbcUrl("minzheng"));
        properties.put("spring.datasource.username", postgres.user());
        // shows in pg_stat_activity which instance a connection belongs to
        properties.put("spring.datasource.hikari.data-source-properties.ApplicationName", "scale-" + name);
        properties.put("spring.datasource.hikari.maximum-pool-size", "6");
        properties.put("minzheng.demo-data.enabled", "false");
        properties.put("minzheng.attachments.folder", attachments.toString());
        properties.put("spring.thymeleaf.cache", "true");
        // the nightly 政策找人 screening fires every 2 s on both instances; ShedLock must let one run through
        properties.put("minzheng.screening.nightly-cron", "*/2 * * * * *");
        properties.put("minzheng.sms.dispatch-interval", "PT1S");
        properties.put("logging.level.org.flywaydb", "WARN");
        return properties;
    }

    @Test
    @Order(1)
    void aStaffLoginOnOneInstanceIsValidOnTheOther() {
        var browser = new Visitor();
        Document login = browser.page(a, "/login");
        HttpResponse<String> signedIn = browser.postForm(
                a,
                "/login",
                Map.of(
                        "username",
                        STAFF,
                        "password",
                        STAFF_PASSWORD,
                        "_csrf",
                        login.select("input[name=_csrf]").val()));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/console"));

        HttpResponse<String> onB = browser.get(b, "/console");
        assertThat(onB.statusCode())
                .as("the session made on A opens the console on B")
                .isEqualTo(200);
        assertThat(onB.body()).contains("规模测试");

        var stranger = new Visitor();
        HttpResponse<String> refused = stranger.get(b, "/console");
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
    }

    @Test
    @Order(2)
    void aCitizensApplicationStartedOnOneInstanceContinuesOnTheOther() throws SQLException {
        var phone = new Visitor();
        Document form = phone.page(a, VILLAGE + "/apply/dibao");
        String key = form.select("input[name=key]").val();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", form.select("input[name=_csrf]").val());
        fields.put("applicantName", "规模申请人");
        fields.put("idNumber", idNumber());
        fields.put(
                "phone",
                "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)));
        fields.put("householdSize", "3");
        fields.put("reason", "丈夫去年因病去世，家里没有稳定收入。");
        fields.put("key", key);
        HttpResponse<String> checked =
                phone.postMultipart(a, VILLAGE + "/apply/dibao", fields, "files", "低保证明.png", "image/png", png());
        assertThat(checked.statusCode()).isEqualTo(302);
        assertThat(checked.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).contains("/apply/dibao/confirm?key=" + key));

        HttpResponse<String> onB = phone.get(b, VILLAGE + "/apply/dibao/confirm?key=" + key);
        assertThat(onB.statusCode())
                .as("the form kept in the session on A is found by B")
                .isEqualTo(200);
        assertThat(onB.body()).contains("name=\"code\"");
        // the upload is in the shared store, the code message in the shared outbox
        assertThat(count("select count(*) from attachment.files")).isEqualTo(1);
        assertThat(count("select count(*) from notification.sms_outbox where text like '%验证码%'"))
                .isEqualTo(1);
    }

    @Test
    @Order(3)
    void theNightlyScreeningRunsOnceThoughBothInstancesFireIt() throws SQLException {
        // both instances have been firing the job every 2 s since they started; wait for 3 more ticks of each
        await(
                Duration.ofSeconds(60),
                () -> count("select count(*) from policy.screening_runs where trigger = 'NIGHTLY'") > 0);
        AppInstance.pause(Duration.ofSeconds(6));

        assertThat(count("select count(*) from policy.screening_runs where trigger = 'NIGHTLY'"))
                .as("without ShedLock every tick of either instance starts a run once the last one finished")
                .isEqualTo(1);
        await(Duration.ofSeconds(30), () -> count("""
                        select count(*) from workbench.jobs where kind = 'policy.screening' and status = 'SUCCEEDED'""") == 1);
        assertThat(count("select count(*) from workbench.jobs where kind = 'policy.screening'"))
                .isEqualTo(1);
        // the lock row, on the database clock, holds the job for lockAtLeastFor (30 minutes)
        assertThat(count("""
                        select count(*) from shedlock
                        where name = 'screening-nightly' and lock_until - locked_at >= interval '30 minutes'""")).isEqualTo(1);
    }

    @Test
    @Order(4)
    void everyTextMessageIsSentOnceWhileBothInstancesDispatch() throws SQLException {
        await(
                Duration.ofSeconds(30),
                () -> count("select count(*) from notification.dev_inbox where text like '%验证码%'") == 1);
        enqueue("scale-once-", 300);

        await(Duration.ofSeconds(60), () -> count("""
                        select count(*) from notification.sms_outbox where text like 'scale-once-%' and status = 'SENT'""") == 300);

        assertThat(count("select count(*) from notification.dev_inbox where text like 'scale-once-%'"))
                .isEqualTo(300);
        assertThat(count("select count(distinct text) from notification.dev_inbox where text like 'scale-once-%'"))
                .isEqualTo(300);
        assertThat(count("""
                        select count(*) from notification.sms_outbox
                        where text like 'scale-once-%' and attempts <> 1""")).isZero();
        assertThat(count("select count(*) from notification.dev_inbox where text like '%验证码%'"))
                .as("the citizen's code, queued on A, reached the phone once")
                .isEqualTo(1);
    }

    /**
     * Instance A is stopped dead while it holds a batch of locked outbox rows in an open transaction: frozen
     * (SIGSTOP) so the test can see which rows it holds, then killed (SIGKILL). PostgreSQL rolls the
     * transaction back when the connection drops: the rows are due again and unlocked, and B sends them. With
     * the development gateway the delivery is written in the same transaction as the row's SENT status, so the
     * result is exactly once. A real SMS provider sits outside the transaction: a message it accepted in a
     * batch that was then cut off goes again, so towards a provider the guarantee is at least once, never lost
     * (see docs/scale.md).
     */
    @Test
    @Order(5)
    void killingAnInstanceWhileItSendsLosesNothingAndDoublesNothing() throws SQLException {
        int total = 6_000;
        postgres.execute("minzheng", "create extension if not exists pgrowlocks");
        enqueue("scale-kill-", total);
        await(Duration.ofSeconds(60), () -> count("""
                        select count(*) from notification.sms_outbox where text like 'scale-kill-%' and status = 'SENT'""") >= 200);
        Frozen frozen = frozenMidBatch(a);
        List<Long> held = frozen.heldRows();
        assertThat(held).as("A was frozen in the middle of a batch").isNotEmpty();
        a.kill();
        assertThat(a.alive()).isFalse();

        await(Duration.ofSeconds(120), () -> count("""
                        select count(*) from notification.sms_outbox where text like 'scale-kill-%' and status = 'SENT'""") == total);
        assertThat(count("select count(*) from notification.dev_inbox where text like 'scale-kill-%'"))
                .as("nothing lost, nothing sent twice")
                .isEqualTo(total);
        assertThat(count("select count(distinct text) from notification.dev_inbox where text like 'scale-kill-%'"))
                .isEqualTo(total);
        assertThat(
                        count(
                                "select count(*) from notification.sms_outbox where text like 'scale-kill-%' and attempts <> 1"))
                .isZero();
        String ids = held.stream().map(String::valueOf).collect(Collectors.joining(","));
        assertThat(count("""
                        select count(*) from notification.sms_outbox
                        where id in (%s) and status = 'SENT' and sent_at > '%s'::timestamptz""".formatted(ids, frozen.at())))
                .as("the batch A held when it died was sent by B afterwards")
                .isEqualTo(held.size());
        assertThat(count("""
                        select count(*) from notification.dev_inbox i
                        join notification.sms_outbox o on o.text = i.text
                        where o.id in (%s)""".formatted(ids))).isEqualTo(held.size());
        assertThat(b.alive()).isTrue();
    }

    /** When the instance was frozen (database clock) and the outbox rows its open transaction held. */
    private record Frozen(String at, List<Long> heldRows) {}

    /**
     * Freezes the instance at a moment its SMS dispatcher holds locked outbox rows in an open transaction and
     * returns their ids (read with pgrowlocks, which sees other sessions' row locks); thaws and tries again when
     * the freeze fell between two batches.
     */
    private static Frozen frozenMidBatch(AppInstance instance) throws SQLException {
        String backends = "select pid from pg_stat_activity where application_name = 'scale-A'";
        for (int attempt = 0; attempt < 50; attempt++) {
            String at = now();
            instance.freeze();
            List<Long> held = new ArrayList<>();
            try (Connection connection = postgres.connect("minzheng");
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("""
                            select o.id from notification.sms_outbox o
                            join pgrowlocks('notification.sms_outbox') l on o.ctid = l.locked_row
                            where l.pids && array(%s) and o.text like 'scale-kill-%%'
                            """.formatted(backends))) {
                while (rows.next()) {
                    held.add(rows.getLong(1));
                }
            }
            if (!held.isEmpty()) {
                return new Frozen(at, held);
            }
            instance.thaw();
            AppInstance.pause(Duration.ofMillis(20));
        }
        return new Frozen(now(), List.of());
    }

    private static String now() throws SQLException {
        try (Connection connection = postgres.connect("minzheng");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select now()::text")) {
            result.next();
            return result.getString(1);
        }
    }

    @Test
    @Order(6)
    void aBackupRestoresIntoAFreshDatabaseWhereTheAuditChainStillVerifies() throws Exception {
        Path backups = Files.createTempDirectory("minzheng-backups");
        Path restoredFiles =
                Files.createTempDirectory("minzheng-restored-files").resolve("files");
        try {
            long auditEntries = count("select count(*) from audit.audit_entries");
            assertThat(auditEntries)
                    .as("the logins and the application left audit entries")
                    .isPositive();

            String folder = run(
                            List.of("bash", "ops/backup.sh", backups.toString()),
                            Map.of("PGDATABASE", "minzheng", "MINZHENG_ATTACHMENTS_FOLDER", attachments.toString()))
                    .strip();
            Path backup = Path.of(folder.substring(folder.lastIndexOf('\n') + 1));
            assertThat(backup.resolve("MANIFEST")).content().contains("attachment-files: 1");

            run(
                    List.of("bash", "ops/restore.sh", backup.toString()),
                    Map.of("PGDATABASE", "minzheng_restored", "MINZHENG_ATTACHMENTS_FOLDER", restoredFiles.toString()));

            var restored = new SimpleDriverDataSource(
                    new org.postgresql.Driver(), postgres.jdbcUrl("minzheng_restored"), postgres.user(), "");
            ChainVerification chain = AuditChains.verify(restored);
            assertThat(chain.intact())
                    .as("audit chain of the restored database")
                    .isTrue();
            assertThat(chain.checked()).isGreaterThanOrEqualTo(auditEntries);

            try (Connection connection = restored.getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select storage_key, sm3 from attachment.files")) {
                int files = 0;
                while (rows.next()) {
                    String key = rows.getString("storage_key");
                    Path original = attachments.resolve(key.substring(0, 2)).resolve(key);
                    Path copy = restoredFiles.resolve(key.substring(0, 2)).resolve(key);
                    assertThat(copy).hasSameBinaryContentAs(original);
                    assertThat(Sm3.hex(Files.readAllBytes(copy))).isEqualTo(rows.getString("sm3"));
                    files++;
                }
                assertThat(files).isEqualTo(1);
            }
            for (String table : List.of("staff.accounts", "notification.sms_outbox", "policy.screening_runs")) {
                assertThat(count(restored, "select count(*) from " + table))
                        .as(table)
                        .isEqualTo(count("select count(*) from " + table));
            }

            // a copy damaged in transit is refused before a database or folder is made
            Path damaged = Files.createDirectories(backups.resolve("damaged"));
            for (String file : List.of("MANIFEST", "database.dump", "attachments.tar.gz", "attachments.sha256")) {
                Files.copy(backup.resolve(file), damaged.resolve(file));
            }
            byte[] dump = Files.readAllBytes(damaged.resolve("database.dump"));
            dump[dump.length / 2] ^= 0x55;
            Files.write(damaged.resolve("database.dump"), dump);
            Script refused = script(
                    List.of("bash", "ops/restore.sh", damaged.toString()),
                    Map.of(
                            "PGDATABASE",
                            "minzheng_damaged",
                            "MINZHENG_ATTACHMENTS_FOLDER",
                            backups.resolve("damaged-files").toString()));
            assertThat(refused.status()).isNotZero();
            assertThat(refused.output()).contains("database.dump: FAILED");
            assertThat(count("select count(*) from pg_database where datname = 'minzheng_damaged'"))
                    .isZero();
            assertThat(backups.resolve("damaged-files")).doesNotExist();
        } finally {
            ThrowawayPostgres.delete(backups);
            ThrowawayPostgres.delete(restoredFiles.getParent());
        }
    }

    /** Runs an operator script against the throw-away cluster; returns its output, fails with it. */
    private static String run(List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        Script script = script(command, environment);
        assertThat(script.status()).as(command + " said:\n" + script.output()).isZero();
        return script.output();
    }

    private record Script(int status, String output) {}

    private static Script script(List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("PGHOST", "127.0.0.1");
        env.put("PGPORT", Integer.toString(postgres.port()));
        env.put("PGUSER", postgres.user());
        env.put("PG_BIN", ThrowawayPostgres.BIN.toString());
        env.putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Script(process.exitValue(), output);
    }

    /** Queues messages to the citizen's phone of the earlier test, as the notification module writes them. */
    private static void enqueue(String prefix, int count) {
        postgres.execute("minzheng", """
                insert into notification.sms_outbox
                    (phone_encrypted, phone_index, phone_masked, text, purpose, secret, status, attempts,
                     next_attempt_at, created_at)
                select o.phone_encrypted, o.phone_index, o.phone_masked, '%s' || g, 'scale.test', false, 'PENDING', 0,
                       now(), now()
                from notification.sms_outbox o, generate_series(1, %d) g
                where o.id = (select min(id) from notification.sms_outbox)
                """.formatted(prefix, count));
    }

    /** Without demo data there are no villages and no staff: one of each, as an administrator would add them. */
    private static void createStaffAccountAndVillage() {
        postgres.execute("minzheng", """
                insert into region.regions (code, name, level, parent_code)
                values ('371602001201', '规模测试村', 'VILLAGE', '371602001000')
                """);
        String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(STAFF_PASSWORD);
        postgres.execute("minzheng", """
                with account as (
                    insert into staff.accounts (username, display_name, password_hash, region_code,
                        password_changed_at, created_at, created_by)
                    values ('%s', '规模测试', '%s', '371602000000', now(), now(), 'test')
                    returning id)
                insert into staff.account_roles (account_id, role_code) select id, 'COUNTY_APPROVER' from account
                """.formatted(STAFF, hash));
    }

    private static String idNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String first17 = "371602" + (1950 + random.nextInt(50))
                + String.format("%02d%02d%03d", 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000));
        return first17 + IdNumber.checkChar(first17);
    }

    /** A small PNG-looking upload with random bytes, so its checksum is its own. */
    private static byte[] png() {
        byte[] content = new byte[4096];
        ThreadLocalRandom.current().nextBytes(content);
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(header, 0, content, 0, header.length);
        return content;
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = postgres.connect("minzheng")) {
            return count(connection, sql);
        }
    }

    private static long count(javax.sql.DataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection()) {
            return count(connection, sql);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private interface Check {
        boolean holds() throws SQLException;
    }

    private static void await(Duration timeout, Check check) throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(
                        "Still not true after " + timeout + "\n--- A:\n" + a.logTail() + "\n--- B:\n" + b.logTail());
            }
            AppInstance.pause(Duration.ofMillis(200));
        }
    }
}
