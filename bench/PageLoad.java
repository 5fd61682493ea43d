import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small closed-loop load generator: {@code concurrency} clients each request {@code url} until
 * {@code total} responses have come back, after a warm-up. Prints requests per second and latency
 * percentiles on one line. Usage: {@code java bench/PageLoad.java <url> <concurrency> <total>}.
 */
public class PageLoad {

    public static void main(String[] args) {
        try {
            measure(args);
        } catch (Exception e) {
            System.err.println("load run failed: " + e);
            System.exit(1);
        }
        System.exit(0);
    }

    private static void measure(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        int concurrency = Integer.parseInt(args[1]);
        int total = Integer.parseInt(args[2]);
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(concurrency))
                .build();
        HttpRequest request = HttpRequest.newBuilder(url).GET().build();
        run(client, request, concurrency, Math.max(total / 5, concurrency));
        long start = System.nanoTime();
        List<Long> latencies = run(client, request, concurrency, total);
        double seconds = (System.nanoTime() - start) / 1e9;
        Collections.sort(latencies);
        System.out.printf(
                Locale.ROOT,
                "%s: %d requests, %d concurrent, %.0f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                url,
                total,
                concurrency,
                total / seconds,
                percentile(latencies, 50),
                percentile(latencies, 95),
                percentile(latencies, 99));
    }

    private static List<Long> run(HttpClient client, HttpRequest request, int concurrency, int total)
            throws Exception {
        AtomicInteger remaining = new AtomicInteger(total);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>(total));
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            running.add(clients.submit(() -> {
                while (remaining.getAndDecrement() > 0) {
                    long sent = System.nanoTime();
                    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("status " + response.statusCode());
                    }
                    latencies.add(System.nanoTime() - sent);
                }
                return null;
            }));
        }
        for (Future<?> client1 : running) {
            client1.get();
        }
        clients.shutdown();
        return latencies;
    }

    private static double percentile(List<Long> sorted, int percent) {
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(index, 0)) / 1e6;
    }
}
