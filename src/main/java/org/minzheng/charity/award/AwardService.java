package org.minzheng.charity.award;

import java.time.Clock;
import java.time.LocalDate;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.RegionCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a "three tens" cycle. Every step locks the cycle's row and checks its state again, so a step
 * refused on the page is refused here too; after publishing nothing changes. Each step is audited.
 */
@Service
class AwardService {

    static final String CYCLE = "charity-award-cycle";
    static final String NOMINATION = "charity-nomination";

    private final AwardRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    AwardService(AwardRepository repository, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional
    long createCycle(CycleForm form, RegionCode region, String username) {
        long id = repository.insertCycle(form.name().strip(), form.firstYear(), form.nominationsClose(), username);
        audit.record(AuditEvent.operation("charity.award.cycle.create", CYCLE, String.valueOf(id), region)
                .withDetail(form.name().strip() + " " + form.firstYear() + "-" + (form.firstYear() + 1) + " close "
                        + form.nominationsClose()));
        return id;
    }

    /** Closes nominations and opens the review, also before the closing day when the organisers so decide. */
    @Transactional
    void startReview(long cycleId, RegionCode region) {
        AwardCycle cycle = locked(cycleId);
        if (cycle.status() != CycleStatus.NOMINATING) {
            throw new AwardRefusedException("charity.award.refused.notNominating");
        }
        repository.setStatus(cycleId, CycleStatus.REVIEWING, null);
        audit.record(AuditEvent.operation("charity.award.cycle.advance", CYCLE, String.valueOf(cycleId), region)
                .withDetail("NOMINATING -> REVIEWING"));
    }

    /** Publishes the chosen winners today; a cycle without any winner has nothing to publish. */
    @Transactional
    void publish(long cycleId, RegionCode region) {
        AwardCycle cycle = locked(cycleId);
        if (cycle.status() != CycleStatus.REVIEWING) {
            throw new AwardRefusedException("charity.award.refused.notReviewing");
        }
        int winners = repository.winnersIn(cycleId);
        if (winners == 0) {
            throw new AwardRefusedException("charity.award.refused.noWinners");
        }
        repository.setStatus(cycleId, CycleStatus.PUBLISHED, today());
        audit.record(AuditEvent.operation("charity.award.cycle.publish", CYCLE, String.valueOf(cycleId), region)
                .withDetail(winners + " winners"));
    }

    @Transactional
    long nominate(
            long cycleId,
            AwardCategory category,
            String nominee,
            Long donorId,
            Long projectId,
            String deeds,
            boolean consent,
            RegionCode keeping,
            String username) {
        AwardCycle cycle = locked(cycleId);
        if (!cycle.takesNominations(today())) {
            throw new AwardRefusedException("charity.award.refused.nominationsClosed", cycle.nominationsClose());
        }
        if (repository.nominated(cycleId, category, nominee)) {
            throw new AwardRefusedException("charity.award.validation.duplicate");
        }
        long id = repository.insertNomination(
                cycleId,
                category,
                nominee,
                donorId,
                projectId,
                deeds,
                category == AwardCategory.PERSON && consent,
                keeping,
                username);
        audit.record(AuditEvent.operation("charity.award.nominate", NOMINATION, String.valueOf(id), keeping)
                .withDetail("cycle " + cycleId + " " + category
                        + (category == AwardCategory.PERSON ? (consent ? " consent" : " no consent") : "")));
        return id;
    }

    @Transactional
    void score(long cycleId, Nomination nomination, int score) {
        AwardCycle cycle = locked(cycleId);
        if (cycle.status() != CycleStatus.REVIEWING) {
            throw new AwardRefusedException("charity.award.refused.notReviewing");
        }
        if (score < 0 || score > 100) {
            throw new AwardRefusedException("charity.award.refused.score");
        }
        repository.setScore(nomination.id(), score);
        audit.record(AuditEvent.operation(
                        "charity.award.score",
                        NOMINATION,
                        String.valueOf(nomination.id()),
                        RegionCode.of(nomination.regionCode()))
                .withDetail(nomination.score() + " -> " + score));
    }

    /** Chooses or drops a winner; at most ten per category, and only scored nominations win. */
    @Transactional
    void select(long cycleId, Nomination nomination, boolean winner) {
        AwardCycle cycle = locked(cycleId);
        if (cycle.status() != CycleStatus.REVIEWING) {
            throw new AwardRefusedException("charity.award.refused.notReviewing");
        }
        if (winner && !nomination.winner()) {
            if (nomination.score() == null) {
                throw new AwardRefusedException("charity.award.refused.unscored");
            }
            if (repository.winnersIn(cycleId, nomination.category()) >= AwardCategory.WINNERS_PER_CATEGORY) {
                throw new AwardRefusedException("charity.award.refused.tooMany", AwardCategory.WINNERS_PER_CATEGORY);
            }
        }
        repository.setWinner(nomination.id(), winner);
        audit.record(AuditEvent.operation(
                        "charity.award.select",
                        NOMINATION,
                        String.valueOf(nomination.id()),
                        RegionCode.of(nomination.regionCode()))
                .withDetail(nomination.category() + (winner ? " selected" : " dropped")));
    }

    private AwardCycle locked(long cycleId) {
        return repository
                .lock(cycleId)
                .orElseThrow(() -> new org.minzheng.shared.web.NotFoundException("award cycle " + cycleId));
    }
}
