package org.minzheng.policy.screening;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.policy.Policies;
import org.minzheng.policy.PolicySummary;
import org.minzheng.registry.HouseholdId;
import org.minzheng.registry.HouseholdTasks;
import org.minzheng.registry.HouseholdTasks.NewTask;
import org.minzheng.registry.HouseholdTasks.TaskOrigin;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.web.Messages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns a village's screening list into visits for its village assistant: one task per household,
 * naming every policy found, so a family is visited once and told about all of them. A household that
 * still has an open screening task keeps it rather than getting a second.
 */
@Component
class ScreeningTasks {

    static final String KEY = "policy-screening";

    private final ScreeningFindings findings;
    private final HouseholdTasks tasks;
    private final Policies policies;
    private final AuditLog audit;
    private final Messages messages;
    private final Clock clock;
    private final int daysToVisit;

    ScreeningTasks(
            ScreeningFindings findings,
            HouseholdTasks tasks,
            Policies policies,
            AuditLog audit,
            Messages messages,
            Clock clock,
            @Value("${minzheng.screening.days-to-visit:15}") int daysToVisit) {
        this.findings = findings;
        this.tasks = tasks;
        this.policies = policies;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
        this.daysToVisit = daysToVisit;
    }

    /** @return the number of households given a task (new or already open) */
    int openFor(ScreeningRunRow run, RegionCode village) {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> names = policies.inForce(today, "").stream()
                .collect(Collectors.toMap(PolicySummary::code, PolicySummary::name, (a, b) -> a));
        int opened = 0;
        for (ScreeningFindings.FoundHousehold household : findings.allOfVillage(run.id(), village.value())) {
            Set<String> lines = new LinkedHashSet<>();
            for (ScreeningFindings.FoundPolicy found : household.policies()) {
                String policy = names.getOrDefault(found.policyCode(), found.policyCode());
                lines.add(
                        found.forHousehold()
                                ? messages.get("screening.task.householdLine", policy)
                                : messages.get("screening.task.personLine", found.personName(), policy));
            }
            tasks.open(new NewTask(
                    new HouseholdId(household.householdId()),
                    TaskOrigin.SCREENING,
                    KEY,
                    messages.get("screening.task.title", household.policies().size()),
                    String.join("\n", lines),
                    today.plusDays(daysToVisit)));
            opened++;
        }
        audit.record(
                AuditEvent.operation("policy.screening.open-tasks", "screening-run", Long.toString(run.id()), village)
                        .withDetail(opened + " households"));
        return opened;
    }
}
