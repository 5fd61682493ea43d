package org.minzheng.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** PostgreSQL from the zonky binaries on Maven Central; zonky itself wraps commands in {@code unshare -U} as root. */
final class ZonkyPostgres implements LocalPostgres {

    private final EmbeddedPostgres postgres;

    private ZonkyPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static ZonkyPostgres start(EmbeddedDatabaseProperties properties) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                // zonky turns this off for speed; our data includes payments, so every commit is durable.
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "100")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C");
        if (properties.persistent()) {
            Path dataDirectory =
                    Path.of(properties.dataDir(), "pg").toAbsolutePath().normalize();
            StalePostmaster.stopIfRunning(dataDirectory);
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        }
        try {
            return new ZonkyPostgres(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    @Override
    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public String username() {
        return "postgres";
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
