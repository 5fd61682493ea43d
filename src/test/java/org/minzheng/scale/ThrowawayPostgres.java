package org.minzheng.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of Debian's server packages in a temporary folder on a free port, for tests that need
 * a database outside the test JVM: several application instances sharing it, or {@code pg_dump} (the embedded
 * test database has no client tools). As root, the server runs as the {@code postgres} user, as on a real
 * install; otherwise as the current user. {@link #close} stops it and deletes its folder; a shutdown hook does
 * the same if the JVM ends without closing it, so no postmaster outlives the test run.
 */
final class ThrowawayPostgres implements AutoCloseable {

    /**
     * Debian's PostgreSQL server programs, of the newest major version installed; CI installs them with
     * {@code apt-get install postgresql}.
     */
    static final Path BIN = Path.of(System.getProperty("minzheng.postgres-bin", newestDebianServer()));

    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    private final Path folder;
    private final int port;
    private final Thread hook;
    private boolean stopped;

    private ThrowawayPostgres(Path folder, int port) {
        this.folder = folder;
        this.port = port;
        this.hook = new Thread(this::stopQuietly, "throwaway-postgres-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    static ThrowawayPostgres start() {
        for (String program : List.of("initdb", "pg_ctl", "postgres", "pg_dump", "pg_restore")) {
            if (!Files.isExecutable(BIN.resolve(program))) {
                throw new IllegalStateException("These tests need Debian's PostgreSQL server in " + BIN
                        + ": apt-get install postgresql (or give another folder with -Dminzheng.postgres-bin=...)");
            }
        }
        Path folder = temporaryFolder();
        int port = freePort();
        var postgres = new ThrowawayPostgres(folder, port);
        try {
            postgres.run(
                    BIN.resolve("initdb").toString(),
                    "-D",
                    folder.resolve("data").toString(),
                    "-U",
                    "postgres",
                    "--auth=trust",
                    "-E",
                    "UTF8",
                    "--locale=C.UTF-8");
            postgres.run(
                    BIN.resolve("pg_ctl").toString(),
                    "-D",
                    folder.resolve("data").toString(),
                    "-o",
                    "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c max_connections=100",
                    "-l",
                    folder.resolve("postgres.log").toString(),
                    "-w",
                    "start");
            return postgres;
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    String user() {
        return "postgres";
    }

    void createDatabase(String name) {
        execute("postgres", "create database " + name);
    }

    void execute(String database, String sql) {
        try (Connection connection = connect(database);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), user(), "");
    }

    @Override
    public void close() {
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run: nothing left to undo
        }
    }

    private synchronized void stopQuietly() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            if (Files.exists(folder.resolve("data").resolve("postmaster.pid"))) {
                run(
                        BIN.resolve("pg_ctl").toString(),
                        "-D",
                        folder.resolve("data").toString(),
                        "-m",
                        "fast",
                        "stop");
            }
        } catch (RuntimeException e) {
            System.err.println("Could not stop the throw-away PostgreSQL in " + folder + ": " + e.getMessage());
        } finally {
            delete(folder);
        }
    }

    /** Runs a server program, as {@code postgres} when we are root; fails with its output when it fails. */
    private void run(String... command) {
        List<String> line = new ArrayList<>();
        if (ROOT) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(line)
                    .redirectErrorStream(true)
                    .redirectOutput(folder.resolve("commands.log").toFile())
                    .start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + line);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("Failed (" + process.exitValue() + "): " + line + "\n"
                        + Files.readString(folder.resolve("commands.log")) + logTail());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String logTail() throws IOException {
        Path log = folder.resolve("postgres.log");
        return Files.exists(log) ? "\n" + Files.readString(log) : "";
    }

    private static Path temporaryFolder() {
        try {
            Path folder = Files.createTempDirectory("minzheng-pg");
            if (ROOT) {
                // the folder is root's and private; the server's user must own it to create its files there
                Process chown = new ProcessBuilder("chown", "postgres", folder.toString())
                        .inheritIO()
                        .start();
                if (chown.waitFor() != 0) {
                    throw new IllegalStateException("chown postgres " + folder + " failed");
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String newestDebianServer() {
        Path versions = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(versions)) {
            return versions.resolve("<version>").resolve("bin").toString();
        }
        try (Stream<Path> installed = Files.list(versions)) {
            return installed
                    .filter(version -> version.getFileName().toString().matches("\\d+"))
                    .filter(version -> Files.isExecutable(version.resolve("bin").resolve("pg_ctl")))
                    .max(Comparator.comparingInt(
                            version -> Integer.parseInt(version.getFileName().toString())))
                    .map(version -> version.resolve("bin").toString())
                    .orElse(versions.resolve("<version>").resolve("bin").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
