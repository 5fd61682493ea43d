package org.minzheng.registry.feed;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.dictionary.Dictionaries;
import org.minzheng.registry.DeathRecorded;
import org.minzheng.registry.DepartmentDataArrived;
import org.minzheng.registry.HouseholdId;
import org.minzheng.registry.household.PersonalDataContexts;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.crypto.BlindIndex;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.shared.security.DataScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives other departments' records: checks each, stores the good ones encrypted (re-deliveries update by
 * the department's record id), audits the delivery and tells the monitoring rules which registered
 * households the new facts are about.
 */
@Service
@Transactional
public class FeedImports {

    /** The most records one upload or one API call may carry. */
    static final int MAX_RECORDS = 5_000;
    /** The cipher context of the feed's ID numbers; the blind index is the registry's, so records join persons. */
    static final String ID_CIPHER_CONTEXT = "registry.feed_records.id_number";

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final FeedRecordRepository repository;
    private final Dictionaries dictionaries;
    private final PersonalDataCipher cipher;
    private final BlindIndex blindIndex;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FeedImports(
            FeedRecordRepository repository,
            Dictionaries dictionaries,
            PersonalDataCipher cipher,
            BlindIndex blindIndex,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.dictionaries = dictionaries;
        this.cipher = cipher;
        this.blindIndex = blindIndex;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** An upload: the good records are stored, the bad ones come back with their reasons. */
    FeedReport importFile(String department, FeedKind kind, List<FeedDraft> drafts) {
        FeedCheck check = new FeedCheck(kind, dictionaries, today());
        List<CheckedRecord> good = new ArrayList<>();
        List<FeedProblem> problems = new ArrayList<>();
        for (FeedDraft draft : drafts) {
            FeedCheck.Checked checked = check.check(draft);
            problems.addAll(checked.problems());
            if (checked.record() != null) {
                good.add(checked.record());
            }
        }
        return store(department, kind, good, problems, false, "upload");
    }

    /**
     * An API delivery: all or nothing, so that the department's system can resend the whole batch once fixed.
     *
     * @throws FeedRefusedException listing every bad record; nothing is stored then
     */
    FeedReport receive(String department, FeedKind kind, List<FeedDraft> drafts) {
        FeedCheck check = new FeedCheck(kind, dictionaries, today());
        List<CheckedRecord> good = new ArrayList<>();
        List<FeedProblem> problems = new ArrayList<>();
        for (FeedDraft draft : drafts) {
            FeedCheck.Checked checked = check.check(draft);
            problems.addAll(checked.problems());
            if (checked.record() != null) {
                good.add(checked.record());
            }
        }
        if (!problems.isEmpty()) {
            throw new FeedRefusedException(problems);
        }
        return store(department, kind, good, List.of(), false, "api");
    }

    /**
     * DEMO DATA: made-up records, checked like an upload and stored marked demo.
     *
     * @return how many records were created or changed
     * @throws IllegalStateException if a made-up record does not pass the checks
     */
    public int deliverDemo(String department, FeedKind kind, List<Map<FeedField, String>> records) {
        FeedCheck check = new FeedCheck(kind, dictionaries, today());
        List<CheckedRecord> good = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            FeedCheck.Checked checked = check.check(new FeedDraft(i, records.get(i), null, List.of()));
            if (checked.record() == null) {
                throw new IllegalStateException("demo record " + i + " refused: " + checked.problems());
            }
            good.add(checked.record());
        }
        FeedReport report = store(department, kind, good, List.of(), true, "demo");
        return report.created() + report.updated();
    }

    private FeedReport store(
            String department,
            FeedKind kind,
            List<CheckedRecord> records,
            List<FeedProblem> problems,
            boolean demo,
            String channel) {
        List<FeedRecordRepository.Stored> rows = records.stream()
                .map(r -> new FeedRecordRepository.Stored(
                        r,
                        cipher.encrypt(r.idNumber().value(), ID_CIPHER_CONTEXT),
                        blindIndex.of(r.idNumber().value(), PersonalDataContexts.ID_NUMBER)))
                .toList();
        FeedRecordRepository.Upserted upserted = repository.upsert(department, rows, demo);
        Set<String> indexes =
                rows.stream().map(FeedRecordRepository.Stored::idIndex).collect(Collectors.toSet());
        int unmatched = indexes.size() - repository.matchedCount(indexes);
        Set<Long> touched = repository.householdsOf(upserted.touchedIndexes());
        if (!touched.isEmpty()) {
            events.publishEvent(new DepartmentDataArrived(
                    touched.stream().map(HouseholdId::new).collect(Collectors.toSet())));
        }
        if (kind == FeedKind.DEATH) {
            recordDeaths(department, rows, upserted.touchedIndexes());
        }
        AuditEvent event = AuditEvent.operation(
                        "registry.feed.import", "registry.feed", department + ":" + kind.slug(), null)
                .withDetail(channel + " created " + upserted.created() + " updated " + upserted.updated()
                        + " unchanged " + upserted.unchanged() + " refused " + problems.size() + " households "
                        + touched.size());
        if (!channel.equals("upload")) {
            // no staff member is signed in: the department's system is the actor
            event = new AuditEvent(
                    event.category(),
                    event.action(),
                    event.outcome(),
                    event.targetType(),
                    event.targetId(),
                    null,
                    event.detail(),
                    "dept:" + department,
                    null);
        }
        audit.record(event);
        return new FeedReport(
                upserted.created(), upserted.updated(), upserted.unchanged(), unmatched, touched.size(), problems);
    }

    /**
     * Tells other departments of each registered member whose death this delivery reported for the first time
     * or corrected; a record delivered again unchanged is not news.
     */
    private void recordDeaths(String department, List<FeedRecordRepository.Stored> rows, Set<String> touched) {
        Map<String, LocalDate> diedOn = rows.stream()
                .filter(row -> touched.contains(row.idIndex()))
                .collect(Collectors.toMap(
                        FeedRecordRepository.Stored::idIndex,
                        row -> row.record().occurredOn(),
                        (a, b) -> a));
        for (FeedRecordRepository.Member member : repository.membersOf(diedOn.keySet())) {
            events.publishEvent(new DeathRecorded(
                    new HouseholdId(member.householdId()),
                    member.personId(),
                    new RegionCode(member.village()),
                    diedOn.get(member.idIndex()),
                    department));
        }
    }

    @Transactional(readOnly = true)
    Page<FeedRow> search(FeedSearch search, DataScope scope, Pageable page) {
        List<FeedRow> rows =
                repository.search(search, scope.prefix(), scope.cityWide(), page.getPageSize(), page.getOffset());
        return new PageImpl<>(rows, page, repository.count(search, scope.prefix(), scope.cityWide()));
    }

    /** The ID number of a listed record, masked for staff. */
    String maskedIdNumber(FeedRow row) {
        return new org.minzheng.shared.IdNumber(cipher.decrypt(row.idNumberCipher(), ID_CIPHER_CONTEXT))
                .maskedForStaff();
    }

    @Transactional(readOnly = true)
    List<FeedDepartment> departments() {
        return repository.departments();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }
}
