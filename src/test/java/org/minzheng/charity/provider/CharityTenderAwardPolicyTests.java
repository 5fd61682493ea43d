package org.minzheng.charity.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The recommended bid: highest score, then lower price, then the earlier bid; unscored bids never. */
class CharityTenderAwardPolicyTests {

    static Bid bid(long id, long fen, Integer score, int day) {
        return new Bid(id, 1, id, "机构" + id, fen, "方案", score, LocalDate.of(2026, 3, day), "test");
    }

    @Test
    void theHighestScoreIsRecommendedWhateverItsPrice() {
        List<Bid> bids = List.of(bid(1, 100, 80, 1), bid(2, 900, 95, 2), bid(3, 50, null, 3));
        assertThat(AwardPolicy.recommended(bids)).map(Bid::id).contains(2L);
        assertThat(AwardPolicy.needsReason(bids, bids.get(1))).isFalse();
        assertThat(AwardPolicy.needsReason(bids, bids.get(0))).isTrue();
    }

    @Test
    void onEqualScoresTheLowerPriceThenTheEarlierBidIsRecommended() {
        assertThat(AwardPolicy.recommended(List.of(bid(1, 500, 90, 1), bid(2, 400, 90, 2))))
                .map(Bid::id)
                .contains(2L);
        assertThat(AwardPolicy.recommended(List.of(bid(1, 400, 90, 5), bid(2, 400, 90, 2))))
                .map(Bid::id)
                .contains(2L);
    }

    @Test
    void withoutScoresNothingIsRecommended() {
        List<Bid> bids = List.of(bid(1, 100, null, 1));
        assertThat(AwardPolicy.recommended(bids)).isEmpty();
        assertThat(AwardPolicy.needsReason(bids, bids.get(0))).isTrue();
    }
}
