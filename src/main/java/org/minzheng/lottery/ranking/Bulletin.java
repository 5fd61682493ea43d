package org.minzheng.lottery.ranking;

import java.time.Instant;
import java.time.LocalDate;

/** A published ranking (排名通报), frozen with its rows. */
public record Bulletin(
        long id,
        String periodKind,
        LocalDate periodStart,
        LocalDate periodEnd,
        RankingSubject subject,
        RankingMeasure measure,
        String title,
        String comment,
        String publishedBy,
        Instant publishedAt,
        boolean demo,
        int rows,
        int bottomWithoutInterview) {}
