package org.minzheng.lottery.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTests {

    @Test
    void highestFirstTiesByNameAndTheLastFlagged() {
        var rows = Ranking.rank(List.of(
                new Ranking.Entry(1, "丙队", 500, null),
                new Ranking.Entry(2, "甲队", 900, null),
                new Ranking.Entry(3, "乙队", 500, null),
                new Ranking.Entry(4, "丁队", -20, null)));
        assertThat(rows).extracting(Ranking.Row::name).containsExactly("甲队", "丙队", "乙队", "丁队");
        assertThat(rows).extracting(Ranking.Row::rank).containsExactly(1, 2, 3, 4);
        assertThat(rows).extracting(Ranking.Row::bottom).containsExactly(false, false, false, true);
    }

    @Test
    void tenOrMoreFlagTheLastTwo() {
        List<Ranking.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            entries.add(new Ranking.Entry(i, "队" + i, i * 10L, null));
        }
        var rows = Ranking.rank(entries);
        assertThat(rows.stream().filter(Ranking.Row::bottom).map(Ranking.Row::name))
                .containsExactly("队1", "队0");
        assertThat(Ranking.rank(entries.subList(0, 9)).stream().filter(Ranking.Row::bottom))
                .hasSize(1);
    }

    @Test
    void aSingleEntryIsNotFlagged() {
        assertThat(Ranking.rank(List.of(new Ranking.Entry(1, "独队", 5, null)))
                        .get(0)
                        .bottom())
                .isFalse();
    }
}
