package org.minzheng.rescue.search;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.rescue.cases.CaseRefusedException;
import org.minzheng.rescue.cases.RescueCaseService;
import org.minzheng.rescue.cases.StayLimit;
import org.minzheng.rescue.matching.MatchScore;
import org.minzheng.rescue.matching.PersonMatcher;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.Masking;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.crypto.BlindIndex;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening and ending searches, logging their steps, deciding on candidates, reunifications and missing-person
 * reports. Every change is audited in its own transaction; a refusal throws {@link SearchRefusedException} and leaves
 * nothing behind.
 */
@Service
class FamilySearchService {

    static final String REPORT_PHONE_CONTEXT = "rescue.missing-report.phone";
    static final String FAMILY_PHONE_CONTEXT = "rescue.reunification.phone";

    private final FamilySearchRepository searches;
    private final MissingReportRepository reports;
    private final RescueCaseService cases;
    private final PersonalDataCipher cipher;
    private final BlindIndex blindIndex;
    private final AuditLog audit;
    private final Clock clock;

    FamilySearchService(
            FamilySearchRepository searches,
            MissingReportRepository reports,
            RescueCaseService cases,
            PersonalDataCipher cipher,
            BlindIndex blindIndex,
            AuditLog audit,
            Clock clock) {
        this.searches = searches;
        this.reports = reports;
        this.cases = cases;
        this.cipher = cipher;
        this.blindIndex = blindIndex;
        this.audit = audit;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(StayLimit.BEIJING));
    }

    LocalDateTime nowInBeijing() {
        return LocalDateTime.now(clock.withZone(StayLimit.BEIJING))
                .withSecond(0)
                .withNano(0);
    }

    /** Called inside the intake transaction; the search belongs to whoever registered the case. */
    @Transactional
    void openAtIntake(long caseId, String regionCode) {
        SearchCase c = searches.caseOf(caseId);
        searches.open(caseId, regionCode, now(), false, searches.createdByOfCase(caseId))
                .ifPresent(id -> audited(id, c, "rescue.search.open", c.number() + " at intake"));
    }

    /** Opens a search by hand; answers the case's search, new or not. */
    @Transactional
    long open(SearchCase c, String staff) {
        if (c.released()) {
            throw new SearchRefusedException(null, "rescue.search.refused.released");
        }
        return searches.open(c.id(), c.regionCode(), now(), false, staff)
                .map(id -> {
                    audited(id, c, "rescue.search.open", c.number() + " by hand");
                    return id;
                })
                .orElseGet(() -> searches.ofCase(c.id()).orElseThrow().id());
    }

    @Transactional
    long addStep(FamilySearch search, SearchCase c, SearchStepForm form, String staff) {
        FamilySearch s = openSearch(search.id());
        Instant takenAt = beijing(form.takenAt());
        checkMoment("takenAt", takenAt, c.admittedAt());
        Instant resultAt = null;
        if (form.result() != StepResult.PENDING) {
            if (form.resultAt() == null) {
                throw new SearchRefusedException("resultAt", "rescue.search.refused.resultAtRequired");
            }
            resultAt = beijing(form.resultAt());
            checkResult(resultAt, takenAt);
        }
        SearchStepForm kept = form.kind() == StepKind.LIVE_STREAM
                ? form
                : new SearchStepForm(
                        form.kind(),
                        form.takenAt(),
                        form.agency(),
                        form.reference(),
                        null,
                        form.result(),
                        form.resultAt(),
                        form.resultNote());
        long id = searches.addStep(s.id(), kept, takenAt, resultAt, staff);
        audited(
                s.id(),
                c,
                "rescue.search.step",
                c.number() + " " + form.kind() + " " + form.result() + " "
                        + form.agency().strip());
        return id;
    }

    @Transactional
    void recordResult(FamilySearch search, SearchCase c, long stepId, StepResultForm form, String staff) {
        FamilySearch s = openSearch(search.id());
        SearchStep step = searches.step(s.id(), stepId)
                .orElseThrow(() -> new SearchRefusedException(null, "rescue.search.refused.noStep"));
        if (!step.pending()) {
            throw new SearchRefusedException(null, "rescue.search.refused.notPending");
        }
        if (form.result() == StepResult.PENDING) {
            throw new SearchRefusedException("result", "rescue.search.refused.stillPending");
        }
        Instant at = beijing(form.resultAt());
        checkResult(at, step.takenAt());
        searches.recordResult(stepId, form.result(), at, form.resultNote());
        audited(s.id(), c, "rescue.search.result", c.number() + " " + step.kind() + " " + form.result());
    }

    /** 排除: the candidate is not this person; the score and reasons are kept as they were. */
    @Transactional
    void reject(SearchCase c, MissingReport report, String note, String staff) {
        MatchScore score = PersonMatcher.score(c.description(), report.description());
        searches.review(c.id(), report.id(), score.score(), score.summary(), "REJECTED", note, staff);
        audit.record(AuditEvent.operation("rescue.search.reject", "rescue.case", String.valueOf(c.id()), c.region())
                .withDetail(c.number() + " not report " + report.id() + " (" + score.score() + ")"));
    }

    /**
     * 认亲, in one transaction: the reunification, the case's identity confirmed, the report found (with a CONFIRMED
     * decision when it came from a candidate) and the search ended.
     */
    @Transactional
    void reunite(FamilySearch search, SearchCase c, ReunificationForm form, String staff) {
        FamilySearch s = openSearch(search.id());
        if (c.released()) {
            throw new SearchRefusedException(null, "rescue.search.refused.released");
        }
        if (form.reunitedOn().isAfter(today())) {
            throw new SearchRefusedException("reunitedOn", "rescue.search.refused.inFuture");
        }
        if (form.reunitedOn().isBefore(c.admittedOn())) {
            throw new SearchRefusedException("reunitedOn", "rescue.search.refused.beforeAdmission");
        }
        String phone = PhoneNumber.tryParse(form.familyPhone())
                .map(PhoneNumber::value)
                .orElseThrow(() -> new SearchRefusedException("familyPhone", "rescue.search.validation.phone"));
        String idNumber = null;
        if (form.idNumber() != null && !form.idNumber().isBlank()) {
            try {
                idNumber = IdNumber.parse(form.idNumber(), today()).value();
            } catch (RuntimeException invalid) {
                throw new SearchRefusedException("idNumber", "rescue.search.validation.idNumber");
            }
            if (searches.inCareWith(blindIndex.of(idNumber, RescueCaseService.ID_INDEX_CONTEXT), c.id())) {
                throw new SearchRefusedException("idNumber", "rescue.search.refused.idInCare");
            }
        }
        MissingReport report = null;
        if (form.reportId() != null) {
            report = reports.locked(form.reportId());
            if (!report.open()) {
                throw new SearchRefusedException(null, "rescue.search.refused.reportClosed");
            }
        }
        Map<String, Object> values = new HashMap<>();
        values.put("searchId", s.id());
        values.put("caseId", c.id());
        values.put("reportId", form.reportId());
        values.put("foundThrough", form.foundThrough().name());
        values.put("familyName", form.familyName().strip());
        values.put("relation", form.relation().strip());
        values.put("phoneCipher", cipher.encrypt(phone, FAMILY_PHONE_CONTEXT));
        values.put("phoneMasked", Masking.phone(phone));
        values.put("confirmedBy", form.identityConfirmedBy().strip());
        values.put("reunitedOn", form.reunitedOn());
        values.put("note", FamilySearchRepository.blank(form.note()));
        values.put("by", staff);
        searches.reunify(values);
        confirmIdentity(c, form, idNumber, staff);
        if (report != null) {
            MatchScore score = PersonMatcher.score(c.description(), report.description());
            searches.review(c.id(), report.id(), score.score(), score.summary(), "CONFIRMED", form.note(), staff);
            reports.close(report.id(), "FOUND", c.id(), now(), c.number());
        }
        searches.end(s.id(), "REUNITED", now(), null);
        audited(
                s.id(),
                c,
                "rescue.search.reunite",
                c.number() + " " + form.foundThrough() + ", "
                        + form.relation().strip() + " " + form.familyName().strip()
                        + (report == null ? "" : ", report " + report.id()));
    }

    /**
     * The case's refusal names a field of the case form, not of this one, so it is shown for the whole form; the
     * transaction still rolls back.
     */
    private void confirmIdentity(SearchCase c, ReunificationForm form, String idNumber, String staff) {
        try {
            cases.confirmIdentity(
                    c.id(),
                    form.confirmedName().strip(),
                    form.sex(),
                    idNumber,
                    FamilySearchRepository.blank(form.hukouPlace()),
                    staff);
        } catch (CaseRefusedException refused) {
            throw new SearchRefusedException(null, refused.messageKey(), refused.args());
        }
    }

    /** 结束寻亲 without a family: settled, died, left the station. */
    @Transactional
    void close(FamilySearch search, SearchCase c, String reason, String staff) {
        FamilySearch s = openSearch(search.id());
        searches.end(s.id(), "CLOSED", now(), reason.strip());
        audited(s.id(), c, "rescue.search.close", c.number() + ": " + reason.strip());
    }

    @Transactional
    long createReport(MissingReportForm form, RegionCode staffRegion, String staff) {
        if (form.missingSince().isAfter(today())) {
            throw new SearchRefusedException("missingSince", "rescue.search.refused.inFuture");
        }
        if (form.birthYear() != null && form.birthYear() > today().getYear()) {
            throw new SearchRefusedException("birthYear", "rescue.search.validation.birthYear");
        }
        String phone = PhoneNumber.tryParse(form.reporterPhone())
                .map(PhoneNumber::value)
                .orElseThrow(() -> new SearchRefusedException("reporterPhone", "rescue.search.validation.phone"));
        String region = keepingRegion(staffRegion);
        Map<String, Object> values = new HashMap<>();
        values.put("regionCode", region);
        values.put("source", form.source().name());
        values.put("name", FamilySearchRepository.blank(form.missingName()));
        values.put("sex", form.sex());
        values.put("birthYear", form.birthYear());
        values.put("uncertainty", form.birthYearUncertainty() == null ? 0 : form.birthYearUncertainty());
        values.put("heightCm", form.heightCm());
        values.put("features", FamilySearchRepository.blank(form.features()));
        values.put("dialect", FamilySearchRepository.blank(form.dialect()));
        values.put("homePlace", FamilySearchRepository.blank(form.homePlace()));
        values.put("lastSeenPlace", form.lastSeenPlace().strip());
        values.put("lastSeenRegion", FamilySearchRepository.blank(form.lastSeenRegionCode()));
        values.put("missingSince", form.missingSince());
        values.put("reporterName", form.reporterName().strip());
        values.put("reporterRelation", form.reporterRelation().strip());
        values.put("phoneCipher", cipher.encrypt(phone, REPORT_PHONE_CONTEXT));
        values.put("phoneMasked", Masking.phone(phone));
        values.put("demo", false);
        values.put("by", staff);
        long id = reports.insert(values);
        audit.record(AuditEvent.operation(
                        "rescue.search.report.create",
                        "rescue.missing-report",
                        String.valueOf(id),
                        RegionCode.of(region))
                .withDetail(form.source() + " " + form.lastSeenPlace().strip() + " since " + form.missingSince()));
        return id;
    }

    @Transactional
    void withdrawReport(MissingReport report, String reason, String staff) {
        MissingReport r = reports.locked(report.id());
        if (!r.open()) {
            throw new SearchRefusedException(null, "rescue.search.refused.reportClosed");
        }
        reports.close(r.id(), "WITHDRAWN", null, now(), reason.strip());
        audit.record(AuditEvent.operation(
                        "rescue.search.report.withdraw", "rescue.missing-report", String.valueOf(r.id()), r.region())
                .withDetail(reason.strip() + " (" + staff + ")"));
    }

    /** The station that keeps a report is the staff member's county, or the city station for city staff. */
    static String keepingRegion(RegionCode staffRegion) {
        return (staffRegion.value() + "000000").substring(0, 6) + "000000";
    }

    private FamilySearch openSearch(long id) {
        FamilySearch s = searches.locked(id);
        if (!s.open()) {
            throw new SearchRefusedException(null, "rescue.search.refused.ended");
        }
        return s;
    }

    private void checkMoment(String field, Instant at, Instant admittedAt) {
        if (at.isAfter(now())) {
            throw new SearchRefusedException(field, "rescue.search.refused.inFuture");
        }
        if (at.isBefore(admittedAt.truncatedTo(ChronoUnit.MINUTES))) {
            throw new SearchRefusedException(field, "rescue.search.refused.beforeAdmission");
        }
    }

    private void checkResult(Instant resultAt, Instant takenAt) {
        if (resultAt.isAfter(now())) {
            throw new SearchRefusedException("resultAt", "rescue.search.refused.inFuture");
        }
        if (resultAt.isBefore(takenAt)) {
            throw new SearchRefusedException("resultAt", "rescue.search.refused.resultBeforeStep");
        }
    }

    private void audited(long searchId, SearchCase c, String action, String detail) {
        audit.record(AuditEvent.operation(action, "rescue.family-search", String.valueOf(searchId), c.region())
                .withDetail(detail));
    }

    private static Instant beijing(LocalDateTime time) {
        return time.atZone(StayLimit.BEIJING).toInstant();
    }
}
