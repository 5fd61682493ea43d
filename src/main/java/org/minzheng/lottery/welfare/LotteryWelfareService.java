package org.minzheng.lottery.welfare;

import java.time.LocalDate;
import java.util.Optional;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.Money;
import org.minzheng.shared.RegionCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Hall visits and events, projects and grants; each change audited in the same transaction. */
@Service
class LotteryWelfareService {

    private static final RegionCode CITY = RegionCode.of("3716");

    private final LotteryHallRepository halls;
    private final LotteryWelfareRepository projects;
    private final AuditLog audit;

    LotteryWelfareService(LotteryHallRepository halls, LotteryWelfareRepository projects, AuditLog audit) {
        this.halls = halls;
        this.projects = projects;
        this.audit = audit;
    }

    /** Records a day's visitors; a day already recorded is replaced, and the audit keeps the old count. */
    @Transactional
    boolean recordVisit(Hall hall, LotteryHallVisitForm form, String by) {
        Optional<HallVisit> before = halls.visit(hall.id(), form.visitDate());
        halls.saveVisit(hall.id(), form, by);
        String detail = hall.code() + " / " + form.visitDate() + " / "
                + before.map(v -> v.visitors() + " -> ").orElse("") + form.visitors();
        audit.record(AuditEvent.operation(
                        before.isPresent() ? "lottery.hall.visit.replace" : "lottery.hall.visit.record",
                        "lottery-hall",
                        String.valueOf(hall.id()),
                        RegionCode.of(hall.regionCode()))
                .withDetail(detail));
        return before.isPresent();
    }

    @Transactional
    long addEvent(Hall hall, LotteryHallEventForm form, String by) {
        long id = halls.insertEvent(hall.id(), form, by);
        audit.record(AuditEvent.operation(
                        "lottery.hall.event.create",
                        "lottery-hall-event",
                        String.valueOf(id),
                        RegionCode.of(hall.regionCode()))
                .withDetail(hall.code() + " / " + form.heldOn() + " / "
                        + form.title().strip()));
        return id;
    }

    @Transactional
    long createProject(LotteryWelfareProjectForm form, long budgetFen, String by) {
        long id = projects.insert(form, budgetFen, by);
        audit.record(AuditEvent.operation(
                        "lottery.welfare-project.create", "lottery-welfare-project", String.valueOf(id), CITY)
                .withDetail(form.name().strip() + " / " + Money.ofFen(budgetFen).toYuanString()));
        return id;
    }

    /** @throws GrantRefusedException when the project is completed or the grants would exceed the budget */
    @Transactional
    long grant(long projectId, LotteryGrantForm form, long amountFen, String by) {
        projects.lock(projectId);
        WelfareProject project = projects.find(projectId).orElseThrow();
        if (!project.running()) {
            throw new GrantRefusedException("lottery.grant.refused.completed");
        }
        if (amountFen > project.remainingFen()) {
            throw new GrantRefusedException(
                    "lottery.grant.refused.overBudget",
                    Money.ofFen(project.remainingFen()).toYuanString(),
                    Money.ofFen(amountFen).toYuanString());
        }
        long id = projects.insertGrant(projectId, form, amountFen, by);
        audit.record(AuditEvent.operation(
                        "lottery.welfare-grant.create", "lottery-welfare-project", String.valueOf(projectId), CITY)
                .withDetail(project.name() + " / " + form.grantedOn() + " / "
                        + Money.ofFen(amountFen).toYuanString()));
        return id;
    }

    @Transactional
    void complete(WelfareProject project, LocalDate endedOn) {
        projects.complete(project.id(), endedOn);
        audit.record(AuditEvent.operation(
                        "lottery.welfare-project.complete",
                        "lottery-welfare-project",
                        String.valueOf(project.id()),
                        CITY)
                .withDetail(project.name() + " / " + endedOn));
    }
}
