package org.minzheng.registry.task;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.registry.HouseholdId;
import org.minzheng.registry.HouseholdTasks;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens tasks without duplicates, lists them within a data scope and records their outcome, audited. */
@Service
@Transactional
public class TaskService implements HouseholdTasks {

    static final String TARGET = "registry.task";
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final TaskRepository repository;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TaskService(TaskRepository repository, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public long open(NewTask task) {
        return open(task, null);
    }

    private long open(NewTask task, Long followUpOf) {
        RegionCode village = repository
                .regionOf(task.household().value())
                .orElseThrow(() -> new IllegalArgumentException("no household " + task.household()));
        Optional<Long> created = repository.insert(task, followUpOf);
        if (created.isEmpty()) {
            return repository
                    .openTaskId(task.household().value(), task.origin(), task.key())
                    .orElseThrow(() -> new IllegalStateException("open task vanished"));
        }
        audit.record(
                AuditEvent.operation("registry.task.open", TARGET, created.get().toString(), village)
                        .withDetail(task.household() + " " + task.origin() + " " + task.key() + " " + task.due()));
        return created.get();
    }

    /**
     * Records the outcome of an open task within the scope, and opens the follow-up task when a date is given.
     *
     * @throws NotFoundException when the task is outside the scope
     * @throws TaskAlreadyDoneException when it is done already; nothing changes then
     */
    void complete(long id, Completion completion, DataScope scope, String username) {
        TaskRow task = find(id, scope).orElseThrow(() -> new NotFoundException("task"));
        if (!repository.complete(
                id, completion.outcome(), completion.note(), completion.followUpOn(), username, clock.instant())) {
            throw new TaskAlreadyDoneException(id);
        }
        audit.record(AuditEvent.operation("registry.task.complete", TARGET, Long.toString(id), task.village())
                .withDetail(
                        completion.outcome() + (completion.followUpOn() == null ? "" : " " + completion.followUpOn())));
        Long followUp = null;
        if (completion.followUpOn() != null) {
            followUp = open(
                    new NewTask(
                            new HouseholdId(task.householdId()),
                            task.origin(),
                            "follow-up:" + id,
                            task.title(),
                            completion.note() == null || completion.note().isBlank()
                                    ? task.detail()
                                    : completion.note(),
                            completion.followUpOn()),
                    id);
        }
        events.publishEvent(new HouseholdTaskDone(id, task.householdId(), followUp));
    }

    @Transactional(readOnly = true)
    public Optional<TaskRow> find(long id, DataScope scope) {
        return repository.find(id, scope.prefix());
    }

    @Transactional(readOnly = true)
    Page<TaskRow> search(TaskSearch search, DataScope scope, Pageable page) {
        LocalDate today = today();
        List<TaskRow> rows = repository.search(search, scope.prefix(), today, page.getPageSize(), page.getOffset());
        return new PageImpl<>(rows, page, repository.count(search, scope.prefix(), today));
    }

    /** Every task of a household the caller has already found within scope, open first. */
    @Transactional(readOnly = true)
    public List<TaskRow> ofHousehold(HouseholdId household) {
        return repository.ofHousehold(household.value());
    }

    @Transactional(readOnly = true)
    public long openTasks(DataScope scope) {
        return repository.openTasks(scope.prefix());
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }
}
