package org.minzheng.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Chooses how to run the private PostgreSQL on this host and starts it. */
final class LocalPostgresLauncher {

    private static final Logger log = LoggerFactory.getLogger(LocalPostgresLauncher.class);

    private LocalPostgresLauncher() {}

    static LocalPostgres start(EmbeddedDatabaseProperties properties) {
        String launcher = properties.launcher().trim().toLowerCase();
        boolean useSystem =
                switch (launcher) {
                    case "system" -> true;
                    case "zonky" -> false;
                    case "auto" -> runningAsRoot() && !userNamespacesWork();
                    default ->
                        throw new IllegalStateException(
                                "minzheng.embedded-db.launcher must be auto, zonky or system, not '" + launcher + "'");
                };
        long started = System.nanoTime();
        LocalPostgres postgres = useSystem ? SystemPostgres.start(properties) : ZonkyPostgres.start(properties);
        log.info(
                "Embedded PostgreSQL ({}) ready in {} ms at {}",
                useSystem ? "host binaries via runuser" : "zonky",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                postgres.jdbcUrl());
        return postgres;
    }

    static boolean runningAsRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /** zonky runs PostgreSQL as "nobody" inside {@code unshare -U} when root; some containers forbid that. */
    private static boolean userNamespacesWork() {
        try {
            Process probe = new ProcessBuilder("unshare", "-U", "true")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
