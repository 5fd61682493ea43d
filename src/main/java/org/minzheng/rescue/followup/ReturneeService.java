package org.minzheng.rescue.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.region.RegionSummary;
import org.minzheng.region.Regions;
import org.minzheng.rescue.cases.RescueCaseService;
import org.minzheng.rescue.cases.StayLimit;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.InvalidIdNumberException;
import org.minzheng.shared.Masking;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.RegionLevel;
import org.minzheng.shared.crypto.BlindIndex;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.shared.security.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 返乡回访: registering a returnee, the city station's assessment, the county's help plan and the visits. Every change
 * is audited in its transaction; a refusal stores nothing.
 */
@Service
class ReturneeService {

    static final String ID_CONTEXT = "rescue.returnee.id-number";
    static final String PHONE_CONTEXT = "rescue.returnee.guardian-phone";
    /** The context the cases encrypt their ID numbers with (RescueCaseService keeps it to itself). */
    private final ReturneeRepository returnees;

    private final Regions regions;
    private final PersonalDataCipher cipher;
    private final BlindIndex blindIndex;
    private final AuditLog audit;
    private final Clock clock;

    ReturneeService(
            ReturneeRepository returnees,
            Regions regions,
            PersonalDataCipher cipher,
            BlindIndex blindIndex,
            AuditLog audit,
            Clock clock) {
        this.returnees = returnees;
        this.regions = regions;
        this.cipher = cipher;
        this.blindIndex = blindIndex;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(StayLimit.BEIJING));
    }

    /** Townships and villages a returnee of this staff member may live in. */
    List<RegionSummary> homeRegions(DataScope scope) {
        return regions.within(scope).stream()
                .filter(r -> r.level() == RegionLevel.TOWNSHIP || r.level() == RegionLevel.VILLAGE)
                .toList();
    }

    List<RegionSummary> counties(DataScope scope) {
        return regions.within(scope).stream()
                .filter(r -> r.level() == RegionLevel.COUNTY)
                .toList();
    }

    @Transactional
    long register(ReturneeForm form, PendingCase fromCase, DataScope scope, String staff) {
        LocalDate today = today();
        RegionCode home = homeRegion(form.homeRegionCode(), scope);
        if (form.birthDate() != null && form.birthDate().isAfter(today)) {
            throw new FollowUpRefusedException("birthDate", "rescue.followup.refused.future");
        }
        if (form.returnedOn().isAfter(today)) {
            throw new FollowUpRefusedException("returnedOn", "rescue.followup.refused.future");
        }
        Map<String, Object> values = new HashMap<>();
        String idIndex = null;
        if (fromCase != null) {
            if (returnees.caseRegistered(fromCase.id())) {
                throw new FollowUpRefusedException(null, "rescue.followup.refused.caseRegistered");
            }
            if (form.returnedOn().isBefore(fromCase.releasedOn())) {
                throw new FollowUpRefusedException("returnedOn", "rescue.followup.refused.beforeRelease");
            }
            var identity = returnees.caseIdentity(fromCase.id()).orElseThrow();
            if (identity.cipher() != null) {
                String id = cipher.decrypt(identity.cipher(), RescueCaseService.ID_CONTEXT);
                idIndex = identity.index();
                values.put("idCipher", cipher.encrypt(id, ID_CONTEXT));
                values.put("idMasked", identity.masked() != null ? identity.masked() : Masking.idNumberForStaff(id));
            }
        }
        if (idIndex == null && form.idNumber() != null && !form.idNumber().isBlank()) {
            IdNumber id;
            try {
                id = IdNumber.parse(form.idNumber(), today);
            } catch (InvalidIdNumberException e) {
                throw new FollowUpRefusedException("idNumber", "rescue.followup.validation.idNumber");
            }
            idIndex = blindIndex.of(id.value(), RescueCaseService.ID_INDEX_CONTEXT);
            values.put("idCipher", cipher.encrypt(id.value(), ID_CONTEXT));
            values.put("idMasked", Masking.idNumberForStaff(id.value()));
        }
        if (idIndex != null && returnees.followingWithIndex(idIndex)) {
            throw new FollowUpRefusedException("idNumber", "rescue.followup.refused.duplicate");
        }
        values.putIfAbsent("idCipher", null);
        values.putIfAbsent("idMasked", null);
        String phone = null;
        if (form.guardianPhone() != null && !form.guardianPhone().isBlank()) {
            phone = PhoneNumber.tryParse(form.guardianPhone())
                    .filter(PhoneNumber::isMobile)
                    .map(PhoneNumber::value)
                    .orElseThrow(
                            () -> new FollowUpRefusedException("guardianPhone", "rescue.followup.validation.phone"));
        }
        values.put("caseId", fromCase == null ? null : fromCase.id());
        values.put("home", home.value());
        values.put("name", form.name().strip());
        values.put("sex", form.sex());
        values.put("birthDate", form.birthDate());
        values.put("idIndex", idIndex);
        values.put("address", form.address().strip());
        values.put("returnedOn", form.returnedOn());
        values.put("returnedFrom", form.returnedFrom().strip());
        values.put("guardianName", blankToNull(form.guardianName()));
        values.put("phoneCipher", phone == null ? null : cipher.encrypt(phone, PHONE_CONTEXT));
        values.put("phoneMasked", phone == null ? null : Masking.phone(phone));
        values.put("demo", false);
        values.put("by", staff);
        long id = returnees.insert(values);
        audit.record(AuditEvent.operation("rescue.followup.register", "rescue.returnee", String.valueOf(id), home)
                .withDetail(fromCase == null ? "from " + form.returnedFrom().strip() : "case " + fromCase.number()));
        return id;
    }

    @Transactional
    long assess(Returnee r, RiskAssessmentForm form, String staff) {
        returnees.lock(r.id());
        requireFollowing(r);
        checkDay(form.assessedOn(), r, "assessedOn");
        List<RiskFactor> factors = new ArrayList<>(new LinkedHashSet<>(form.chosen()));
        if (returnees.earlierVagrancy(r.id()) > 0 && !factors.contains(RiskFactor.EARLIER_VAGRANCY)) {
            factors.add(RiskFactor.EARLIER_VAGRANCY);
        }
        int score = RiskScoring.score(factors);
        RiskLevel level = RiskScoring.level(score);
        long id = returnees.insertAssessment(r.id(), form, factors, score, level, staff);
        audit.record(
                AuditEvent.operation("rescue.followup.assess", "rescue.returnee", String.valueOf(r.id()), region(r))
                        .withDetail(level + " " + score + " " + factors));
        return id;
    }

    @Transactional
    long plan(Returnee r, HelpPlanForm form, DataScope scope, String staff) {
        returnees.lock(r.id());
        requireFollowing(r);
        List<Assessment> assessments = returnees.assessments(r.id());
        if (assessments.isEmpty()) {
            throw new FollowUpRefusedException(null, "rescue.followup.refused.notAssessed");
        }
        if (returnees.plans(r.id()).stream().anyMatch(HelpPlan::active)) {
            throw new FollowUpRefusedException(null, "rescue.followup.refused.planActive");
        }
        RegionCode county = RegionCode.of(form.countyCode());
        boolean knownCounty = regions.find(county)
                .filter(c -> c.level() == RegionLevel.COUNTY)
                .filter(c -> c.code().value().startsWith(r.countyCode().substring(0, 4)))
                .isPresent();
        if (!knownCounty) {
            throw new FollowUpRefusedException("countyCode", "rescue.followup.validation.county");
        }
        if (form.reviewOn().isBefore(form.startsOn())) {
            throw new FollowUpRefusedException("reviewOn", "rescue.followup.refused.reviewBeforeStart");
        }
        if (form.startsOn().isBefore(r.returnedOn())) {
            throw new FollowUpRefusedException("startsOn", "rescue.followup.refused.beforeReturn");
        }
        long id = returnees.insertPlan(r.id(), assessments.get(0).id(), form, staff);
        audit.record(AuditEvent.operation(
                        "rescue.followup.plan.create", "rescue.returnee", String.valueOf(r.id()), region(r))
                .withDetail("plan " + id + " county " + form.countyCode() + " " + form.chosen()));
        return id;
    }

    @Transactional
    void closePlan(Returnee r, long planId, boolean completed, PlanCloseForm form, String staff) {
        returnees.lock(r.id());
        String status = completed ? "COMPLETED" : "CANCELLED";
        if (returnees.closePlan(r.id(), planId, status, form.outcome().strip()) != 1) {
            throw new FollowUpRefusedException(null, "rescue.followup.refused.planNotActive");
        }
        audit.record(AuditEvent.operation(
                        completed ? "rescue.followup.plan.complete" : "rescue.followup.plan.cancel",
                        "rescue.returnee",
                        String.valueOf(r.id()),
                        region(r))
                .withDetail("plan " + planId));
    }

    @Transactional
    long visit(Returnee r, FollowUpVisitForm form, String staff) {
        returnees.lock(r.id());
        requireFollowing(r);
        checkDay(form.visitedOn(), r, "visitedOn");
        if (form.nextVisitOn() != null && !form.nextVisitOn().isAfter(form.visitedOn())) {
            throw new FollowUpRefusedException("nextVisitOn", "rescue.followup.refused.nextBeforeVisit");
        }
        Long plan = returnees.plans(r.id()).stream()
                .filter(HelpPlan::active)
                .map(HelpPlan::id)
                .findFirst()
                .orElse(null);
        long id = returnees.insertVisit(r.id(), plan, form, staff);
        audit.record(AuditEvent.operation("rescue.followup.visit", "rescue.returnee", String.valueOf(r.id()), region(r))
                .withDetail(form.visitedOn() + " " + form.way() + " " + form.finding()));
        if (form.finding() == VisitFinding.DIED) {
            returnees.close(r.id(), form.visitedOn(), form.note().strip());
            audit.record(
                    AuditEvent.operation("rescue.followup.close", "rescue.returnee", String.valueOf(r.id()), region(r))
                            .withDetail("died, visit " + id));
        }
        return id;
    }

    private RegionCode homeRegion(String code, DataScope scope) {
        if (!RegionCode.isValid(code)) {
            throw new FollowUpRefusedException("homeRegionCode", "rescue.followup.validation.region");
        }
        RegionCode home = RegionCode.of(code);
        return regions.find(home, scope)
                .filter(r -> r.level() == RegionLevel.TOWNSHIP || r.level() == RegionLevel.VILLAGE)
                .map(RegionSummary::code)
                .orElseThrow(() -> new FollowUpRefusedException("homeRegionCode", "rescue.followup.validation.region"));
    }

    private void checkDay(LocalDate day, Returnee r, String field) {
        if (day.isAfter(today())) {
            throw new FollowUpRefusedException(field, "rescue.followup.refused.future");
        }
        if (day.isBefore(r.returnedOn())) {
            throw new FollowUpRefusedException(field, "rescue.followup.refused.beforeReturn");
        }
    }

    private static void requireFollowing(Returnee r) {
        if (!r.following()) {
            throw new FollowUpRefusedException(null, "rescue.followup.refused.closed");
        }
    }

    private static RegionCode region(Returnee r) {
        return RegionCode.of(r.homeRegionCode());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
