package org.minzheng.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The host's own PostgreSQL (Debian package) started as the {@code postgres} user through
 * {@code runuser}. This is the fallback for running as root where {@code unshare -U} is forbidden, so
 * zonky's binaries cannot drop root; PostgreSQL refuses to run as root. It keeps its files in a
 * folder of its own because ownership differs from the zonky folder.
 */
final class SystemPostgres implements LocalPostgres {

    private static final String OS_USER = "postgres";

    private final Path binDir;
    private final Path dataDirectory;
    private final boolean temporary;
    private final int port;

    private SystemPostgres(Path binDir, Path dataDirectory, boolean temporary, int port) {
        this.binDir = binDir;
        this.dataDirectory = dataDirectory;
        this.temporary = temporary;
        this.port = port;
    }

    static SystemPostgres start(EmbeddedDatabaseProperties properties) {
        if (!LocalPostgresLauncher.runningAsRoot()) {
            throw new IllegalStateException("The system PostgreSQL launcher switches user with runuser and needs root");
        }
        Path binDir = findBinDir(properties.systemBinDir());
        try {
            boolean temporary = !properties.persistent();
            Path dataDirectory = temporary
                    ? Files.createTempDirectory("minzheng-pg-")
                    : Path.of(properties.dataDir(), "pg-system")
                            .toAbsolutePath()
                            .normalize();
            Files.createDirectories(dataDirectory);
            StalePostmaster.stopIfRunning(dataDirectory);
            run(List.of("chown", "-R", OS_USER + ":" + OS_USER, dataDirectory.toString()));
            run(List.of("chmod", "700", dataDirectory.toString()));
            requireReachableByPostgres(dataDirectory);
            var postgres = new SystemPostgres(binDir, dataDirectory, temporary, freePort());
            postgres.initIfEmpty();
            postgres.startServer();
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL (system launcher) did not start", e);
        }
    }

    private static void requireReachableByPostgres(Path dataDirectory) {
        try {
            asPostgres(List.of("test", "-w", dataDirectory.toString()));
        } catch (IllegalStateException e) {
            throw new IllegalStateException(
                    "The postgres user cannot reach " + dataDirectory
                            + " (a parent folder is closed to other users); set minzheng.embedded-db.data-dir to an open folder",
                    e);
        }
    }

    private void initIfEmpty() {
        if (Files.exists(dataDirectory.resolve("PG_VERSION"))) {
            return;
        }
        asPostgres(List.of(
                binDir.resolve("initdb").toString(),
                "-D",
                dataDirectory.toString(),
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C"));
    }

    private void startServer() {
        String options = "-p " + port
                + " -c listen_addresses=localhost"
                + " -c unix_socket_directories=''"
                + " -c synchronous_commit=on"
                + " -c max_connections=100";
        asPostgres(List.of(
                binDir.resolve("pg_ctl").toString(),
                "-D",
                dataDirectory.toString(),
                "-l",
                dataDirectory.resolve("server.log").toString(),
                "-o",
                options,
                "-w",
                "-t",
                "60",
                "start"));
    }

    @Override
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    @Override
    public String username() {
        return "postgres";
    }

    @Override
    public void close() {
        asPostgres(List.of(
                binDir.resolve("pg_ctl").toString(),
                "-D",
                dataDirectory.toString(),
                "-m",
                "fast",
                "-w",
                "-t",
                "30",
                "stop"));
        if (temporary) {
            try (Stream<Path> files = Files.walk(dataDirectory)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException("Could not delete temporary PostgreSQL folder", e);
            }
        }
    }

    private static Path findBinDir(String configured) {
        if (!configured.isBlank()) {
            return Path.of(configured);
        }
        Path root = Path.of("/usr/lib/postgresql");
        try (Stream<Path> versions = Files.list(root)) {
            return versions.filter(version -> Files.isExecutable(version.resolve("bin/pg_ctl")))
                    .max(Comparator.comparingInt(SystemPostgres::majorVersion))
                    .map(version -> version.resolve("bin"))
                    .orElseThrow(
                            () -> new IllegalStateException("No PostgreSQL under " + root + "; install postgresql"));
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Running as root without user namespaces needs the host's PostgreSQL (apt-get install postgresql)",
                    e);
        }
    }

    private static int majorVersion(Path versionDir) {
        try {
            return Integer.parseInt(versionDir.getFileName().toString());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void asPostgres(List<String> command) {
        var full = new ArrayList<String>(List.of("runuser", "-u", OS_USER, "--"));
        full.addAll(command);
        run(full);
    }

    private static void run(List<String> command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("'" + String.join(" ", command) + "' failed: " + output.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command.get(0), e);
        }
    }
}
