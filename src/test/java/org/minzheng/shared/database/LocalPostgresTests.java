package org.minzheng.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The private PostgreSQL: durable commits, data kept across restarts, no orphans, the root fallback. */
class LocalPostgresTests {

    @TempDir
    Path data;

    @Test
    void keepsDataAcrossRestartsWithSynchronousCommitOn() throws Exception {
        var properties = new EmbeddedDatabaseProperties(data.toString(), "zonky", "");
        try (LocalPostgres first = LocalPostgresLauncher.start(properties)) {
            execute(first, "create table kept (note text)", "insert into kept values ('滨州')");
            assertThat(query(first, "show synchronous_commit")).isEqualTo("on");
        }
        try (LocalPostgres second = LocalPostgresLauncher.start(properties)) {
            assertThat(query(second, "select note from kept")).isEqualTo("滨州");
        }
        assertThat(Files.exists(data.resolve("pg/postmaster.pid"))).isFalse();
    }

    /**
     * Uses the system launcher because zonky also holds an in-process file lock, which a second
     * start in the same JVM would trip over; a killed JVM releases it, our concern is the postmaster.
     */
    @Test
    void stopsAPostgresLeftRunningByAKilledRunBeforeStartingAgain() throws Exception {
        assumeRootWithHostPostgres();
        var properties = new EmbeddedDatabaseProperties(openToOthers(data).toString(), "system", "");
        LocalPostgres orphan = LocalPostgresLauncher.start(properties);
        execute(orphan, "create table survived (id int)", "insert into survived values (1)");
        // The orphan is never closed, as when the JVM that started it was killed.
        try (LocalPostgres next = LocalPostgresLauncher.start(properties)) {
            assertThat(query(next, "select count(*) from survived")).isEqualTo("1");
        }
        assertThat(Files.exists(data.resolve("pg-system/postmaster.pid"))).isFalse();
    }

    @Test
    void rootWithoutUserNamespacesRunsTheHostPostgresAsThePostgresUser() throws Exception {
        assumeRootWithHostPostgres();
        var properties = new EmbeddedDatabaseProperties(openToOthers(data).toString(), "system", "");
        try (LocalPostgres postgres = LocalPostgresLauncher.start(properties)) {
            assertThat(query(postgres, "show synchronous_commit")).isEqualTo("on");
            assertThat(Files.getOwner(data.resolve("pg-system")).getName()).isEqualTo("postgres");
        }
        assertThat(Files.exists(data.resolve("pg-system/postmaster.pid"))).isFalse();
    }

    @Test
    void saysWhichSettingToChangeWhenThePostgresUserCannotReachTheDataFolder() {
        assumeRootWithHostPostgres();
        var properties = new EmbeddedDatabaseProperties(data.toString(), "system", "");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LocalPostgresLauncher.start(properties))
                .hasMessageContaining("minzheng.embedded-db.data-dir");
    }

    private static void assumeRootWithHostPostgres() {
        assumeTrue(LocalPostgresLauncher.runningAsRoot(), "the runuser fallback exists for root only");
        assumeTrue(Files.isDirectory(Path.of("/usr/lib/postgresql")), "needs the host's PostgreSQL package");
    }

    /** JUnit makes temporary folders private to root; the postgres user must be able to enter it. */
    private static Path openToOthers(Path folder) throws java.io.IOException {
        Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        return folder;
    }

    private static void execute(LocalPostgres postgres, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), "");
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String query(LocalPostgres postgres, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), "");
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
