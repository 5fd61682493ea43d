package org.minzheng.registry.feed;

import java.util.List;

/** An API delivery with bad records: nothing of it was stored. */
class FeedRefusedException extends RuntimeException {

    private final transient List<FeedProblem> problems;

    FeedRefusedException(List<FeedProblem> problems) {
        super(problems.size() + " problems");
        this.problems = List.copyOf(problems);
    }

    List<FeedProblem> problems() {
        return problems;
    }
}
