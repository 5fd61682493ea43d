package org.minzheng.lottery.ranking;

import java.time.LocalDate;
import java.util.List;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.lottery.sales.SalesPeriod;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.web.Messages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Computes rankings, publishes them as frozen bulletins and records the interviews of the bottom entries. */
@Service
public class RankingService {

    private final RankingRepository repository;
    private final AuditLog audit;
    private final Messages messages;

    RankingService(RankingRepository repository, AuditLog audit, Messages messages) {
        this.repository = repository;
        this.audit = audit;
        this.messages = messages;
    }

    public List<Ranking.Row> rank(SalesPeriod period, RankingSubject subject, RankingMeasure measure, String prefix) {
        return Ranking.rank(repository.entries(period, subject, measure, prefix));
    }

    /**
     * Freezes the ranking of a finished week or month as a bulletin; a period, subject and measure are published
     * once only.
     */
    @Transactional
    public long publish(
            SalesPeriod period,
            RankingSubject subject,
            RankingMeasure measure,
            String comment,
            String by,
            RegionCode region,
            LocalDate today,
            boolean demo) {
        if (period.kind() == SalesPeriod.Kind.RANGE) {
            throw new RankingRefusedException("period", "lottery.ranking.publish.refused.range");
        }
        if (!period.end().isBefore(today)) {
            throw new RankingRefusedException("period", "lottery.ranking.publish.refused.unfinished", period.end());
        }
        String kind = period.kind().name();
        if (repository.published(kind, period.start(), subject, measure)) {
            throw new RankingRefusedException("period", "lottery.ranking.publish.refused.again");
        }
        List<Ranking.Row> rows = rank(period, subject, measure, "");
        if (rows.isEmpty()) {
            throw new RankingRefusedException("period", "lottery.ranking.publish.refused.empty");
        }
        String title = messages.get(
                "lottery.ranking.title." + kind,
                period.start().toString(),
                period.end().toString(),
                messages.get(subject.messageKey()),
                messages.get(measure.messageKey()));
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        long id = repository.insertBulletin(kind, period, subject, measure, title, text, by, demo);
        rows.forEach(row -> repository.insertRow(id, row));
        audit.record(
                AuditEvent.operation("lottery.ranking.publish", "lottery.ranking_bulletin", String.valueOf(id), region)
                        .withDetail(kind + " " + period.start() + " " + subject + " " + measure + ", " + rows.size()
                                + " rows"));
        return id;
    }

    /** The interview of a flagged entry, on or after the period's end and not in the future, once. */
    @Transactional
    public void recordInterview(
            long bulletinId, LotteryInterviewForm form, String by, RegionCode region, LocalDate today) {
        Bulletin bulletin = repository
                .find(bulletinId)
                .orElseThrow(() -> new RankingRefusedException("subjectId", "lottery.interview.refused.subject"));
        BulletinRow row = repository.rows(bulletinId).stream()
                .filter(r -> r.bottom() && r.subjectId() == form.subjectId())
                .findFirst()
                .orElseThrow(() -> new RankingRefusedException("subjectId", "lottery.interview.refused.subject"));
        if (row.interviewedOn() != null) {
            throw new RankingRefusedException("subjectId", "lottery.interview.refused.again", row.subjectName());
        }
        if (form.interviewedOn().isBefore(bulletin.periodEnd())) {
            throw new RankingRefusedException(
                    "interviewedOn",
                    "lottery.interview.refused.early",
                    bulletin.periodEnd().toString());
        }
        if (form.interviewedOn().isAfter(today)) {
            throw new RankingRefusedException("interviewedOn", "lottery.interview.refused.future");
        }
        repository.insertInterview(bulletinId, row, form, by);
        audit.record(AuditEvent.operation(
                        "lottery.interview.create", "lottery.ranking_bulletin", String.valueOf(bulletinId), region)
                .withDetail(row.subjectName() + " " + form.interviewedOn()));
    }
}
