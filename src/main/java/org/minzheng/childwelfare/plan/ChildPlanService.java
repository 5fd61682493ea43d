package org.minzheng.childwelfare.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records assessments and keeps each child's one active plan: a new plan closes the previous one and takes
 * its schedule over. Every change is checked before anything is written and audited in the same transaction.
 */
@Service
class ChildPlanService {

    private final ChildPlanRepository plans;
    private final AuditLog audit;
    private final Clock clock;

    ChildPlanService(ChildPlanRepository plans, AuditLog audit, Clock clock) {
        this.plans = plans;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional
    long recordAssessment(PlanChild child, AssessmentForm form, String username) {
        if (form.assessedOn().isAfter(today())) {
            throw new PlanRefused("assessedOn", "childwelfare.plan.error.assessedInFuture");
        }
        long id = plans.insertAssessment(child.id(), form, username);
        audit.record(AuditEvent.operation(
                        "childwelfare.plan.assessment-record",
                        "childwelfare.assessment",
                        String.valueOf(id),
                        child.region())
                .withDetail("child " + child.id() + ", " + form.assessedOn() + ", " + form.grossMotor() + "/"
                        + form.fineMotor() + "/" + form.language() + "/" + form.cognition() + "/" + form.selfCare()));
        return id;
    }

    /** @return the new plan's id and how many schedule lines it took over from the plan it replaced */
    @Transactional
    NewPlan createPlan(PlanChild child, NewPlanForm form, String username) {
        if (!form.reviewDueOn().isAfter(form.startsOn())) {
            throw new PlanRefused("reviewDueOn", "childwelfare.plan.error.reviewBeforeStart");
        }
        if (form.reviewDueOn().isAfter(PlanRules.latestReview(form.startsOn()))) {
            throw new PlanRefused(
                    "reviewDueOn",
                    "childwelfare.plan.error.reviewTooLate",
                    PlanRules.REVIEW_MONTHS,
                    PlanRules.latestReview(form.startsOn()));
        }
        List<String> goals = form.goalLines();
        if (goals.isEmpty()) {
            throw new PlanRefused("goals", "childwelfare.plan.error.goalsBlank");
        }
        if (goals.size() > NewPlanForm.MAX_GOALS) {
            throw new PlanRefused("goals", "childwelfare.plan.error.goalsCount", NewPlanForm.MAX_GOALS);
        }
        if (goals.stream().anyMatch(goal -> goal.length() > NewPlanForm.MAX_GOAL_LENGTH)) {
            throw new PlanRefused("goals", "childwelfare.plan.error.goalLength");
        }
        plans.lock(child.id());
        Optional<Long> previous = plans.closeActive(child.id());
        long id = plans.insertPlan(child.id(), form.startsOn(), form.reviewDueOn(), username);
        goals.forEach(goal -> plans.insertGoal(id, goal));
        int carried = previous.map(old -> plans.copySchedule(old, id)).orElse(0);
        audit.record(AuditEvent.operation(
                        "childwelfare.plan.create", "childwelfare.plan", String.valueOf(id), child.region())
                .withDetail("child " + child.id() + ", " + form.startsOn() + " – review " + form.reviewDueOn() + ", "
                        + goals.size() + " goals"
                        + previous.map(old -> ", replaces plan " + old).orElse("")));
        return new NewPlan(id, carried);
    }

    record NewPlan(long id, int scheduleLinesCarried) {}

    @Transactional
    void addGoal(PlanChild child, ActivePlan plan, String goal) {
        if (plans.goals(plan.id()).size() >= NewPlanForm.MAX_GOALS) {
            throw new PlanRefused("goal", "childwelfare.plan.error.goalsCount", NewPlanForm.MAX_GOALS);
        }
        long id = plans.insertGoal(plan.id(), goal.strip());
        audit.record(AuditEvent.operation(
                        "childwelfare.plan.goal-add", "childwelfare.plan", String.valueOf(plan.id()), child.region())
                .withDetail("goal " + id));
    }

    @Transactional
    void markGoalMet(PlanChild child, ActivePlan plan, long goalId, LocalDate metOn) {
        if (metOn.isAfter(today())) {
            throw new PlanRefused("metOn", "childwelfare.plan.error.metInFuture");
        }
        if (metOn.isBefore(plan.startsOn())) {
            throw new PlanRefused("metOn", "childwelfare.plan.error.metBeforeStart", plan.startsOn());
        }
        if (!plans.markGoalMet(plan.id(), goalId, metOn)) {
            throw new PlanRefused("metOn", "childwelfare.plan.error.goalNotOpen");
        }
        audit.record(AuditEvent.operation(
                        "childwelfare.plan.goal-met", "childwelfare.plan", String.valueOf(plan.id()), child.region())
                .withDetail("goal " + goalId + " met on " + metOn));
    }

    @Transactional
    void addScheduleRow(PlanChild child, ActivePlan plan, ScheduleForm form) {
        boolean knownTherapy = plans.therapies().stream().anyMatch(t -> t.code().equals(form.therapyCode()));
        if (!knownTherapy) {
            throw new PlanRefused("therapyCode", "childwelfare.plan.error.therapy");
        }
        if (form.therapistId() != null
                && plans.therapists(child.institutionId()).stream().noneMatch(t -> t.id() == form.therapistId())) {
            throw new PlanRefused("therapistId", "childwelfare.plan.error.therapist");
        }
        long id = plans.insertScheduleRow(
                plan.id(), form.weekday(), form.therapyCode(), form.minutes(), form.therapistId());
        audit.record(AuditEvent.operation(
                        "childwelfare.plan.schedule-add",
                        "childwelfare.plan",
                        String.valueOf(plan.id()),
                        child.region())
                .withDetail("line " + id + ": weekday " + form.weekday() + ", " + form.therapyCode() + ", "
                        + form.minutes() + " min, therapist " + form.therapistId()));
    }

    @Transactional
    void removeScheduleRow(PlanChild child, ActivePlan plan, long rowId) {
        if (!plans.deleteScheduleRow(plan.id(), rowId)) {
            throw new PlanRefused("schedule", "childwelfare.plan.error.noSuchLine");
        }
        audit.record(AuditEvent.operation(
                        "childwelfare.plan.schedule-remove",
                        "childwelfare.plan",
                        String.valueOf(plan.id()),
                        child.region())
                .withDetail("line " + rowId));
    }
}
