package org.minzheng.payment.benefit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.minzheng.audit.AuditCategory;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.audit.AuditOutcome;
import org.minzheng.payment.benefit.BenefitRecordRepository.StoredRecord;
import org.minzheng.payment.benefit.BenefitRecordRepository.Upserted;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.crypto.BlindIndex;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.spreadsheet.Spreadsheet;
import org.minzheng.shared.web.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in other departments' benefit records. A delivery through the API is all or nothing, so that a
 * partner system resends one corrected batch and never has to work out which half arrived; an uploaded file
 * takes its valid rows and lists the others, as staff fix a few rows and upload the file again. Either way a
 * record sent twice is stored once.
 */
@Service
class BenefitRecords {

    /** The most records in one API delivery or one file. */
    static final int MAX_RECORDS = 5_000;

    static final String TARGET = "payment.department";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final BenefitRecordRepository records;
    private final DepartmentRepository departments;
    private final PersonalDataCipher cipher;
    private final BlindIndex index;
    private final AuditLog audit;
    private final ApiKeys keys;
    private final Clock clock;

    BenefitRecords(
            BenefitRecordRepository records,
            DepartmentRepository departments,
            PersonalDataCipher cipher,
            BlindIndex index,
            AuditLog audit,
            ApiKeys keys,
            Clock clock) {
        this.records = records;
        this.departments = departments;
        this.cipher = cipher;
        this.index = index;
        this.audit = audit;
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * A department's delivery through the API.
     *
     * @throws RecordsRefused listing every bad record; nothing is stored then
     */
    @Transactional
    Upserted receive(PartnerDepartment department, List<RecordDraft> drafts) {
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        List<BenefitRecord> valid = new ArrayList<>();
        List<RecordProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            RecordDraft draft = drafts.get(i) == null ? emptyDraft() : drafts.get(i);
            RecordCheck.Checked checked = RecordCheck.check(i, draft, today);
            if (checked.valid() && !seen.add(checked.record().externalId())) {
                problems.add(new RecordProblem(i, checked.record().externalId(), "externalId", "duplicate"));
            } else if (checked.valid()) {
                valid.add(checked.record());
            } else {
                problems.addAll(checked.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new RecordsRefused(problems);
        }
        Upserted upserted = records.upsert(department.code(), stored(valid), false);
        audit.record(new AuditEvent(
                AuditCategory.OPERATION,
                "payment.benefit.receive",
                AuditOutcome.SUCCESS,
                TARGET,
                department.code(),
                null,
                summary(upserted),
                "partner:" + department.code(),
                null));
        return upserted;
    }

    /**
     * An uploaded file of one department: header row first, then one record per row (see the import page
     * for the columns). Valid rows are stored; the others come back with their row numbers and reasons.
     */
    @Transactional
    ImportReport importFile(String departmentCode, List<Spreadsheet.Line> lines) {
        Department department = departments
                .find(departmentCode)
                .filter(Department::active)
                .orElseThrow(() -> new NotFoundException("department"));
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        List<BenefitRecord> valid = new ArrayList<>();
        List<RecordProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Spreadsheet.Line line : lines) {
            if (line.number() == 1 && !IdNumber.isValid(line.cell(1))) {
                continue;
            }
            RecordCheck.Checked checked = RecordCheck.check(line.number(), UploadColumns.draft(line), today);
            if (checked.valid() && !seen.add(checked.record().externalId())) {
                problems.add(
                        new RecordProblem(line.number(), checked.record().externalId(), "externalId", "duplicate"));
            } else if (checked.valid()) {
                valid.add(checked.record());
            } else {
                problems.addAll(checked.problems());
            }
        }
        Upserted upserted = records.upsert(department.code(), stored(valid), false);
        audit.record(AuditEvent.operation("payment.benefit.import", TARGET, department.code(), null)
                .withDetail(summary(upserted) + " refused="
                        + problems.stream().map(RecordProblem::row).distinct().count()));
        return new ImportReport(department, upserted, List.copyOf(problems));
    }

    /**
     * The console's list. Records carry no region (departments deliver for the whole city), so a staff member
     * whose scope is narrower than the city sees none.
     *
     * @param idNumber an ID number to find exactly, or blank
     */
    Page<RecordRow> search(String department, YearMonth month, String idNumber, DataScope scope, Pageable page) {
        String person =
                IdNumber.isValid(idNumber) ? index.of(IdNumber.parse(idNumber).value(), PersonalData.ID_NUMBER) : "";
        return records.search(new RecordSearch(department, month, person), scope.cityWide(), page);
    }

    List<Department> departments() {
        return departments.all();
    }

    /** A new API key for the department; the old one stops working at once. */
    @Transactional
    String issueKey(String departmentCode) {
        departments.find(departmentCode).orElseThrow(() -> new NotFoundException("department"));
        String key = keys.issue(departmentCode);
        audit.record(AuditEvent.operation("payment.benefit.issue-key", TARGET, departmentCode, null));
        return key;
    }

    /** Demo records, marked as such, stored like any delivery. */
    @Transactional
    Upserted storeDemo(String departmentCode, List<RecordDraft> drafts) {
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        List<BenefitRecord> valid = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            RecordCheck.Checked checked = RecordCheck.check(i, drafts.get(i), today);
            if (!checked.valid()) {
                throw new IllegalStateException(
                        "Demo benefit record " + drafts.get(i) + " is invalid: " + checked.problems());
            }
            valid.add(checked.record());
        }
        return records.upsert(departmentCode, stored(valid), true);
    }

    private List<StoredRecord> stored(List<BenefitRecord> valid) {
        return valid.stream()
                .map(record -> new StoredRecord(
                        record.externalId(),
                        cipher.encrypt(record.idNumber().value(), PersonalData.ID_NUMBER),
                        index.of(record.idNumber().value(), PersonalData.ID_NUMBER),
                        record.idNumber().maskedForStaff(),
                        record.name(),
                        record.phone() == null ? null : index.of(record.phone().value(), PersonalData.PHONE),
                        record.benefit(),
                        record.month(),
                        record.amountFen(),
                        record.paidOn(),
                        record.note()))
                .toList();
    }

    private static String summary(Upserted upserted) {
        return "created=" + upserted.created() + " updated=" + upserted.updated() + " unchanged="
                + upserted.unchanged();
    }

    private static RecordDraft emptyDraft() {
        return new RecordDraft(null, null, null, null, null, null, null, null, null);
    }

    /**
     * What an upload did.
     *
     * @param problems the refused rows' problems, by row number
     */
    record ImportReport(Department department, Upserted upserted, List<RecordProblem> problems) {

        public long refusedRows() {
            return problems.stream().map(RecordProblem::row).distinct().count();
        }
    }

    /** A delivery with bad records; nothing of it was stored. */
    static class RecordsRefused extends RuntimeException {

        private final transient List<RecordProblem> problems;

        RecordsRefused(List<RecordProblem> problems) {
            super(problems.size() + " problems in a benefit record delivery");
            this.problems = List.copyOf(problems);
        }

        List<RecordProblem> problems() {
            return problems;
        }
    }
}
