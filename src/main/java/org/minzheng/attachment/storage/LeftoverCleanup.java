package org.minzheng.attachment.storage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.minzheng.attachment.spi.FileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes what no record will ever claim: uploads never bound to an owner (the citizen gave up on the
 * form) and contents whose row rolled back. A day's grace lets a slow form still be submitted and
 * keeps the sweep away from uploads whose transaction is still running. Running it twice, or on two
 * instances at once, removes nothing more.
 */
@Component
class LeftoverCleanup {

    static final Duration GRACE = Duration.ofDays(1);
    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(LeftoverCleanup.class);

    private final FileRepository files;
    private final FileStore store;
    private final Clock clock;

    LeftoverCleanup(FileRepository files, FileStore store, Clock clock) {
        this.files = files;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Safe on two instances at once, but two walks of the whole shared store at the same time only double
     * the disk work: the lock keeps them apart.
     */
    @Scheduled(
            fixedDelayString = "${minzheng.attachments.cleanup-interval:PT24H}",
            initialDelayString = "${minzheng.attachments.cleanup-interval:PT24H}")
    @SchedulerLock(name = "attachment-leftover-cleanup", lockAtMostFor = "PT6H")
    void sweep() {
        int removed = removeLeftoversBefore(clock.instant().minus(GRACE));
        if (removed > 0) {
            log.info("Removed {} unclaimed attachment files", removed);
        }
    }

    /** Removes unattached rows and row-less contents older than {@code cutoff}; returns how many files went. */
    int removeLeftoversBefore(Instant cutoff) {
        List<String> unattached = files.deleteUnattachedBefore(cutoff);
        unattached.forEach(store::delete);
        int orphans = 0;
        try (Stream<String> keys = store.keysWrittenBefore(cutoff)) {
            Iterator<String> iterator = keys.iterator();
            List<String> batch = new ArrayList<>(BATCH);
            while (iterator.hasNext()) {
                batch.add(iterator.next());
                if (batch.size() == BATCH || !iterator.hasNext()) {
                    orphans += removeOrphans(batch);
                    batch.clear();
                }
            }
        }
        return unattached.size() + orphans;
    }

    private int removeOrphans(List<String> keys) {
        Set<String> known = files.knownKeys(keys);
        List<String> orphans = keys.stream().filter(key -> !known.contains(key)).toList();
        orphans.forEach(store::delete);
        return orphans.size();
    }
}
