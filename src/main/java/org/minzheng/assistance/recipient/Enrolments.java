package org.minzheng.assistance.recipient;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.minzheng.assistance.Programme;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.registry.HouseholdCategory;
import org.minzheng.registry.HouseholdDetails;
import org.minzheng.registry.HouseholdId;
import org.minzheng.registry.HouseholdSummary;
import org.minzheng.registry.Households;
import org.minzheng.registry.NewHousehold;
import org.minzheng.registry.NewPerson;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.RegionLevel;
import org.minzheng.shared.crypto.BlindIndex;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.shared.security.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrols the household of a confirmed case in the recipients register (救助对象). For 低保 and
 * 特困 the household is found in the low-income register, or registered, and put into the
 * programme's category; 临时救助 is a one-off grant that ends as it is enrolled.
 */
@Service
@Transactional
public class Enrolments {

    /** Sanity bound of a monthly benefit or a one-off grant: 1,000,000 yuan, far above any real one. */
    static final long MAX_AMOUNT_FEN = 100_000_000L;

    private final RecipientRepository repository;
    private final Households households;
    private final PersonalDataCipher cipher;
    private final BlindIndex blindIndex;
    private final AuditLog audit;

    Enrolments(
            RecipientRepository repository,
            Households households,
            PersonalDataCipher cipher,
            BlindIndex blindIndex,
            AuditLog audit) {
        this.repository = repository;
        this.households = households;
        this.cipher = cipher;
        this.blindIndex = blindIndex;
        this.audit = audit;
    }

    /**
     * Enrols the case's household once; a second call for the same case changes nothing. Runs in the
     * caller's transaction, so that a case is confirmed and enrolled together or not at all.
     *
     * @throws org.minzheng.registry.HouseholdRefusedException when the register refuses the household,
     *     e.g. a member already belongs to another one; the caller's transaction must then roll back
     * @throws IllegalArgumentException for an amount that is not positive or beyond any real benefit
     */
    public void enrol(Enrolment enrolment) {
        if (enrolment.monthlyAmountFen() <= 0 || enrolment.monthlyAmountFen() > MAX_AMOUNT_FEN) {
            throw new IllegalArgumentException("The amount of an enrolment must be positive and realistic");
        }
        if (repository.isEnrolled(enrolment.caseNumber())) {
            return;
        }
        boolean oneOff = enrolment.programme() == Programme.TEMPORARY;
        HouseholdId household = oneOff ? registeredHousehold(enrolment).orElse(null) : categorised(enrolment);
        PhoneNumber phone = enrolment.phone();
        ReviewCycle cycle = oneOff ? null : cycleOf(enrolment);
        YearMonth start = enrolment.startMonth();
        Optional<Long> id = repository.insert(new RecipientRepository.NewRecipient(
                enrolment.caseNumber(),
                household,
                enrolment.village(),
                enrolment.programme(),
                oneOff ? RecipientKind.ONE_OFF : RecipientKind.MONTHLY,
                enrolment.head().name().strip(),
                phone == null ? null : cipher.encrypt(phone.value(), PersonalDataContexts.PHONE),
                phone == null ? null : blindIndex.of(phone.value(), PersonalDataContexts.PHONE),
                enrolment.monthlyAmountFen(),
                start,
                oneOff ? start : null,
                oneOff ? RecipientStatus.ENDED : RecipientStatus.ACTIVE,
                cycle,
                oneOff ? null : start.plusMonths(cycle.months()).atDay(1),
                enrolment.approvedOn(),
                enrolment.approvedBy(),
                enrolment.demo(),
                enrolment.members().size()));
        if (id.isEmpty()) {
            return;
        }
        repository.addEvent(
                id.get(),
                RecipientEvent.of(RecipientEventType.ENROLLED, start, null, enrolment.monthlyAmountFen(), null)
                        .withCycles(null, cycle),
                enrolment.approvedBy());
        audit.record(AuditEvent.operation(
                        "assistance.recipient.enrol",
                        RecipientChanges.TARGET,
                        enrolment.caseNumber().value(),
                        enrolment.village())
                .withDetail(enrolment.programme().name() + " " + enrolment.monthlyAmountFen() + " " + start));
    }

    /** 低保办法 art. 31 knows no third cycle; a case that names none is reviewed yearly, the usual case. */
    private static ReviewCycle cycleOf(Enrolment enrolment) {
        return enrolment.reviewCycle() == null ? ReviewCycle.YEARLY : enrolment.reviewCycle();
    }

    /** Finds or registers the household and adds the programme's category to it. */
    private HouseholdId categorised(Enrolment enrolment) {
        HouseholdCategory category =
                enrolment.programme() == Programme.TEKUN ? HouseholdCategory.TEKUN : HouseholdCategory.DIBAO;
        DataScope county = countyOf(enrolment);
        HouseholdId id = registeredHousehold(enrolment).orElseGet(() -> households.register(newHousehold(enrolment)));
        HouseholdDetails household = households.find(id, county).orElseThrow();
        if (!household.categories().contains(category)) {
            Set<HouseholdCategory> categories = EnumSet.of(category);
            categories.addAll(household.categories());
            households.setCategories(
                    id, household.version(), categories, enrolment.caseNumber().value());
        }
        return id;
    }

    private Optional<HouseholdId> registeredHousehold(Enrolment enrolment) {
        return households
                .findByIdNumber(enrolment.head().idNumber(), countyOf(enrolment))
                .map(HouseholdSummary::id);
    }

    private static NewHousehold newHousehold(Enrolment enrolment) {
        List<NewPerson> persons = enrolment.members().stream()
                .map(member -> new NewPerson(
                        member.name().strip(),
                        member.idNumber(),
                        member.relationship(),
                        member.head() ? enrolment.phone() : null,
                        null,
                        null,
                        member.workAbility(),
                        member.head()))
                .toList();
        String address = enrolment.address() == null ? "" : enrolment.address().strip();
        return new NewHousehold(
                enrolment.village(), address, enrolment.hukouType(), Set.of(), persons, enrolment.demo());
    }

    /** The register is searched county-wide: households move between villages of one county. */
    private static DataScope countyOf(Enrolment enrolment) {
        return new DataScope(enrolment.village().ancestorAt(RegionLevel.COUNTY));
    }
}
