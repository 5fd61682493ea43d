package org.minzheng.disclosure.pageviews;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.minzheng.shared.RegionCode;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts readings of the public lists in memory and writes them in batches, like the village scan counter:
 * a list opened by a whole village after the notice goes up must not queue on one counter row, and a
 * count a few seconds late costs nobody anything. Each instance adds its own counts.
 */
@Component
public class PageViews {

    record Counted(RegionCode region, PageKind page, YearMonth month) {}

    private final Map<Counted, Long> counted = new ConcurrentHashMap<>();
    private final PageViewRepository repository;
    private final Clock clock;

    PageViews(PageViewRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Counts one reading of a region's page in this calendar month; only in memory until {@link #flush}. */
    public void record(RegionCode region, PageKind page) {
        counted.merge(new Counted(region, page, YearMonth.now(clock)), 1L, Long::sum);
    }

    /** Writes the readings counted so far. */
    @Scheduled(
            fixedDelayString = "${minzheng.disclosure.view-flush-interval:PT5S}",
            initialDelayString = "${minzheng.disclosure.view-flush-interval:PT5S}")
    public void flush() {
        Map<Counted, Long> batch = new HashMap<>();
        // remove() hands each count over atomically: a reading counted meanwhile starts a new entry
        for (Counted key : counted.keySet()) {
            Long count = counted.remove(key);
            if (count != null) {
                batch.put(key, count);
            }
        }
        if (!batch.isEmpty()) {
            repository.add(batch);
        }
    }

    @PreDestroy
    void flushAtShutdown() {
        flush();
    }
}
