package org.minzheng.registry.feed;

import java.util.List;

/**
 * What a delivery did: records created, updated and unchanged, those refused with their reasons, and how
 * many of the stored ones are about persons not (yet) in the registry.
 */
record FeedReport(int created, int updated, int unchanged, int unmatched, int households, List<FeedProblem> problems) {

    public int refusedRecords() {
        return (int) problems.stream().mapToInt(FeedProblem::row).distinct().count();
    }
}
