package org.minzheng.payment.benefit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.minzheng.assistance.Programme;
import org.minzheng.assistance.RecipientContacts;
import org.minzheng.payment.BenefitHolder;
import org.minzheng.payment.BenefitList;
import org.minzheng.payment.BenefitOverview;
import org.minzheng.payment.BenefitOverview.DepartmentBenefits;
import org.minzheng.payment.BenefitOverview.PaidMonth;
import org.minzheng.payment.BenefitOverview.PartnerBenefit;
import org.minzheng.payment.BenefitOverview.ProgrammeBenefits;
import org.minzheng.payment.benefit.BenefitRecordRepository.PersonRecord;
import org.minzheng.payment.benefit.CivilAffairsRepository.Paid;
import org.minzheng.payment.benefit.CivilAffairsRepository.Recipient;
import org.minzheng.region.Regions;
import org.minzheng.registry.HouseholdId;
import org.minzheng.registry.HouseholdSummary;
import org.minzheng.registry.Households;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.Masking;
import org.minzheng.shared.Money;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.RegionLevel;
import org.minzheng.shared.crypto.BlindIndex;
import org.minzheng.shared.security.DataScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a citizen's 幸福清单 together: the household's civil-affairs benefits (low-income register → recipients
 * → money paid) and the person's records from other departments, the last two years of each.
 */
@Service
@Transactional(readOnly = true)
class BenefitListService implements BenefitList {

    /** How far back the list goes: two years, enough for a yearly review and its year before. */
    static final int MONTHS_SHOWN = 24;

    /** Citizens sign in from any village of the city: their household is looked up city-wide. */
    private static final DataScope CITY = new DataScope(RegionCode.of("3716"));

    private final Households households;
    private final RecipientContacts contacts;
    private final Regions regions;
    private final CivilAffairsRepository civilAffairs;
    private final BenefitRecordRepository records;
    private final BlindIndex index;
    private final PayDay payDay;
    private final String hotline;

    BenefitListService(
            Households households,
            RecipientContacts contacts,
            Regions regions,
            CivilAffairsRepository civilAffairs,
            BenefitRecordRepository records,
            BlindIndex index,
            PayDay payDay,
            @Value("${minzheng.portal.hotline:12345}") String hotline) {
        this.households = households;
        this.contacts = contacts;
        this.regions = regions;
        this.civilAffairs = civilAffairs;
        this.records = records;
        this.index = index;
        this.payDay = payDay;
        this.hotline = hotline;
    }

    /** Looks everything up whatever it finds on the way, so that an answer takes about as long either way. */
    @Override
    public Optional<BenefitHolder> holder(IdNumber idNumber, PhoneNumber phone) {
        String person = index.of(idNumber.value(), PersonalData.ID_NUMBER);
        Optional<HouseholdSummary> household = households.findByIdNumber(idNumber, CITY);
        List<Recipient> recipients =
                household.map(h -> civilAffairs.recipientsOf(h.id().value())).orElse(List.of());
        boolean recipientPhone = recipients.stream()
                .map(recipient -> contacts.phoneOf(recipient.id()))
                .flatMap(Optional::stream)
                .anyMatch(phone::equals);
        boolean departmentPhone = records.hasPhone(person, index.of(phone.value(), PersonalData.PHONE));
        if (!recipientPhone && !departmentPhone) {
            return Optional.empty();
        }
        return Optional.of(
                new BenefitHolder(person, recipientPhone ? household.get().id().value() : null));
    }

    @Override
    public BenefitOverview overview(BenefitHolder holder, LocalDate today) {
        YearMonth since = YearMonth.from(today).minusMonths(MONTHS_SHOWN - 1L);
        List<Recipient> recipients =
                holder.householdId() == null ? List.of() : civilAffairs.recipientsOf(holder.householdId());
        List<PersonRecord> partner = records.ofPersons(household(holder), since);
        String name = partner.stream()
                .filter(record -> record.personIndex().equals(holder.personIndex()))
                .map(PersonRecord::personName)
                .findFirst()
                .orElse(recipients.isEmpty() ? "" : recipients.get(0).headName());
        return new BenefitOverview(
                name.isEmpty() ? "" : Masking.name(name),
                programmes(recipients, since, today),
                departments(partner, holder.personIndex()));
    }

    /**
     * Whose departments' records the list shows: the holder's, and, for a holder in the low-income
     * register, every member's of the household, matched by their blind indexes.
     */
    private List<String> household(BenefitHolder holder) {
        List<String> persons = new ArrayList<>(List.of(holder.personIndex()));
        if (holder.householdId() != null) {
            households.memberIdNumbers(new HouseholdId(holder.householdId())).stream()
                    .map(member -> index.of(member.value(), PersonalData.ID_NUMBER))
                    .filter(member -> !persons.contains(member))
                    .forEach(persons::add);
        }
        return persons;
    }

    private List<ProgrammeBenefits> programmes(List<Recipient> recipients, YearMonth since, LocalDate today) {
        Map<Long, Recipient> byId = recipients.stream().collect(Collectors.toMap(Recipient::id, r -> r));
        Map<Programme, List<PaidMonth>> paid = new LinkedHashMap<>();
        for (Paid month : civilAffairs.paidTo(List.copyOf(byId.keySet()), since)) {
            paid.computeIfAbsent(byId.get(month.recipientId()).programme(), p -> new ArrayList<>())
                    .add(new PaidMonth(month.month(), month.amount(), month.paidOn(), null));
        }
        List<ProgrammeBenefits> found = new ArrayList<>();
        for (Programme programme : Programme.values()) {
            List<Recipient> ofProgramme =
                    recipients.stream().filter(r -> r.programme() == programme).toList();
            boolean running = ofProgramme.stream().anyMatch(r -> r.monthly() && r.running());
            List<PaidMonth> months = paid.getOrDefault(programme, List.of());
            if (ofProgramme.isEmpty() || (!running && months.isEmpty())) {
                continue;
            }
            RegionCode township = ofProgramme.get(0).village().ancestorAt(RegionLevel.TOWNSHIP);
            found.add(new ProgrammeBenefits(
                    programme,
                    running,
                    List.copyOf(months),
                    running ? payDay.nextAfter(today) : null,
                    regions.nameOf(township),
                    hotline));
        }
        return found;
    }

    /** Grouped by department and benefit; another member's benefits carry that member's masked name. */
    private static List<DepartmentBenefits> departments(List<PersonRecord> partner, String holderIndex) {
        Map<String, List<PersonRecord>> byDepartment = partner.stream()
                .collect(Collectors.groupingBy(PersonRecord::departmentCode, LinkedHashMap::new, Collectors.toList()));
        List<DepartmentBenefits> found = new ArrayList<>();
        for (List<PersonRecord> ofDepartment : byDepartment.values()) {
            Map<String, List<PaidMonth>> byBenefit = new LinkedHashMap<>();
            for (PersonRecord record : ofDepartment) {
                String benefit = record.personIndex().equals(holderIndex)
                        ? record.benefitName()
                        : Masking.name(record.personName()) + " · " + record.benefitName();
                byBenefit
                        .computeIfAbsent(benefit, b -> new ArrayList<>())
                        .add(new PaidMonth(
                                record.month(), Money.ofFen(record.amountFen()), record.paidOn(), record.note()));
            }
            PersonRecord first = ofDepartment.get(0);
            found.add(new DepartmentBenefits(
                    first.departmentCode(),
                    first.departmentZh(),
                    first.departmentEn(),
                    first.hotline(),
                    byBenefit.entrySet().stream()
                            .map(entry -> new PartnerBenefit(entry.getKey(), List.copyOf(entry.getValue())))
                            .toList()));
        }
        return found;
    }
}
