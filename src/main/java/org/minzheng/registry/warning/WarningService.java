package org.minzheng.registry.warning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.registry.HouseholdId;
import org.minzheng.registry.HouseholdTasks.NewTask;
import org.minzheng.registry.HouseholdTasks.TaskOrigin;
import org.minzheng.registry.PaymentStopRequested;
import org.minzheng.registry.Warnings;
import org.minzheng.registry.task.HouseholdTaskDone;
import org.minzheng.registry.task.TaskService;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores warnings, one open per household and rule, and hands each to the village assistant as a task; closes
 * it when the assistant has done that task. Every change is audited.
 */
@Service
@Transactional
public class WarningService implements Warnings {

    static final String TARGET = "registry.warning";
    private static final int REASON_LENGTH = 1000;
    private static final int NAME_LENGTH = 100;

    private final WarningRepository repository;
    private final TaskService tasks;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    WarningService(WarningRepository repository, TaskService tasks, AuditLog audit, ApplicationEventPublisher events) {
        this.repository = repository;
        this.tasks = tasks;
        this.audit = audit;
        this.events = events;
    }

    @Override
    public Optional<Long> raise(NewWarning warning) {
        if (!warning.ruleCode().matches("[A-Za-z0-9_.:-]{1,60}")) {
            throw new IllegalArgumentException("rule code must be 1-60 letters, digits or _ . : -");
        }
        RegionCode village = repository
                .regionOf(warning.household().value())
                .orElseThrow(() -> new IllegalArgumentException("no household " + warning.household()));
        if (warning.personId() != null
                && !repository.isMember(warning.household().value(), warning.personId())) {
            throw new IllegalArgumentException(
                    "person " + warning.personId() + " is no member of " + warning.household());
        }
        NewWarning fitted = new NewWarning(
                warning.household(),
                warning.personId(),
                warning.ruleCode(),
                clip(warning.ruleName(), NAME_LENGTH),
                warning.level(),
                clip(warning.reason(), REASON_LENGTH),
                warning.daysToAct(),
                warning.stopPayment());
        LocalDate due = tasks.today().plusDays(warning.daysToAct());
        Optional<Long> id = repository.insert(fitted, village, due);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        long task = tasks.open(new NewTask(
                warning.household(), TaskOrigin.WARNING, fitted.ruleCode(), fitted.ruleName(), fitted.reason(), due));
        repository.attachTask(id.get(), task);
        audit.record(
                AuditEvent.operation("registry.warning.raise", TARGET, id.get().toString(), village)
                        .withDetail(warning.household() + " " + warning.ruleCode() + " " + warning.level()
                                + (warning.stopPayment() ? " stop-payment" : "")));
        if (warning.stopPayment()) {
            events.publishEvent(new PaymentStopRequested(warning.household(), id.get(), fitted.ruleName()));
        }
        return id;
    }

    /** The warning of a done task closes with it, or follows the task the assistant opened to look again. */
    @EventListener
    void on(HouseholdTaskDone done) {
        if (done.followUpTaskId() != null) {
            repository.moveToTask(done.taskId(), done.followUpTaskId());
            return;
        }
        for (Map.Entry<Long, RegionCode> closed : repository.closeForTask(done.taskId())) {
            audit.record(AuditEvent.operation(
                            "registry.warning.close", TARGET, closed.getKey().toString(), closed.getValue())
                    .withDetail("task " + done.taskId()));
        }
    }

    @Transactional(readOnly = true)
    Optional<WarningRow> find(long id, DataScope scope) {
        return repository.find(id, scope.prefix());
    }

    @Transactional(readOnly = true)
    Page<WarningRow> search(WarningSearch search, DataScope scope, Pageable page) {
        LocalDate today = tasks.today();
        List<WarningRow> rows = repository.search(search, scope.prefix(), today, page.getPageSize(), page.getOffset());
        return new PageImpl<>(rows, page, repository.count(search, scope.prefix(), today));
    }

    @Transactional(readOnly = true)
    List<TownshipCount> countsByTownship(DataScope scope) {
        return repository.countsByTownship(scope.prefix(), tasks.today());
    }

    @Transactional(readOnly = true)
    List<Map.Entry<String, String>> rules(DataScope scope) {
        return repository.rules(scope.prefix());
    }

    /** Every warning of a household the caller has already found within scope, open first. */
    @Transactional(readOnly = true)
    public List<WarningRow> ofHousehold(HouseholdId household) {
        return repository.ofHousehold(household.value());
    }

    @Transactional(readOnly = true)
    long[] openAndOverdue(DataScope scope) {
        return repository.openAndOverdue(scope.prefix(), tasks.today());
    }

    LocalDate today() {
        return tasks.today();
    }

    private static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
