package org.minzheng.charity.provider;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The bid the panel recommends (推荐中标): the highest score; between equal scores the lower price, since the
 * project's donated money should buy as much service as it can; then the earlier bid. Unscored bids are not
 * considered. Awarding any other bid is allowed, but only with a written reason.
 */
final class AwardPolicy {

    private static final Comparator<Bid> BEST = Comparator.comparing((Bid b) -> -b.score())
            .thenComparingLong(Bid::amountFen)
            .thenComparing(Bid::submittedOn)
            .thenComparingLong(Bid::id);

    private AwardPolicy() {}

    static Optional<Bid> recommended(List<Bid> bids) {
        return bids.stream().filter(Bid::scored).min(BEST);
    }

    /** Whether awarding {@code chosen} needs a reason on the record. */
    static boolean needsReason(List<Bid> bids, Bid chosen) {
        return recommended(bids).map(best -> best.id() != chosen.id()).orElse(true);
    }
}
