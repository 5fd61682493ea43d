package org.minzheng.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The application in a JVM of its own, as one server behind a load balancer runs it: the test classpath,
 * {@code org.minzheng.MinzhengApplication}, its own port, a small heap. Being a separate process it can be
 * killed for real ({@link #kill} is SIGKILL: no shutdown hook, no graceful stop, transactions cut off).
 * Its output goes to {@code target/scale/<name>.log}.
 */
final class AppInstance implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;
    private final Thread hook;

    private AppInstance(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
        // a test JVM that ends without closing us must not leave an application running against nothing
        this.hook = new Thread(process::destroyForcibly, name + "-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Starts the instance with the given properties ({@code --key=value}) and waits until it is healthy. */
    static AppInstance start(String name, Map<String, String> properties) {
        int port = ThrowawayPostgres.freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Duser.timezone=Asia/Shanghai",
                "-cp",
                classpath(),
                "org.minzheng.MinzhengApplication",
                "--server.port=" + port));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            Path log = Files.createDirectories(Path.of("target", "scale")).resolve(name + ".log");
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            var instance = new AppInstance(name, port, process, log);
            try {
                instance.awaitHealthy();
            } catch (RuntimeException | Error e) {
                instance.kill();
                throw e;
            }
            return instance;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Surefire may put only its booter jar on {@code java.class.path}; it names the real one separately. */
    private static String classpath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private void awaitHealthy() {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting:\n" + logTail());
            }
            try {
                HttpResponse<String> health = client.send(
                        HttpRequest.newBuilder(url("/actuator/health"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(Duration.ofMillis(500));
        }
        throw new IllegalStateException(name + " not healthy after " + START_TIMEOUT + ":\n" + logTail());
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    String name() {
        return name;
    }

    boolean alive() {
        return process.isAlive();
    }

    /**
     * SIGSTOP: the instance stands still where it is, its open transactions and row locks held, so a test can
     * look at what it was doing at the moment it is then {@linkplain #kill killed}.
     */
    void freeze() {
        signal("STOP");
    }

    /** SIGCONT after {@link #freeze}. */
    void thaw() {
        signal("CONT");
    }

    private void signal(String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid()))
                    .inheritIO()
                    .start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGKILL, the way a server dies when its power goes: nothing of the application runs any more. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGTERM: the graceful stop a deployment does. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run: the process is being stopped anyway
        }
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
