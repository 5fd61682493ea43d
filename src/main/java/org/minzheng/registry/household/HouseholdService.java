package org.minzheng.registry.household;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.dictionary.Dictionaries;
import org.minzheng.region.RegionSummary;
import org.minzheng.region.Regions;
import org.minzheng.registry.HouseholdCategory;
import org.minzheng.registry.HouseholdDetails;
import org.minzheng.registry.HouseholdId;
import org.minzheng.registry.HouseholdRefusedException;
import org.minzheng.registry.HouseholdRefusedException.Reason;
import org.minzheng.registry.HouseholdSummary;
import org.minzheng.registry.Households;
import org.minzheng.registry.NewHousehold;
import org.minzheng.registry.NewPerson;
import org.minzheng.registry.PersonSummary;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.Masking;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.RegionLevel;
import org.minzheng.shared.crypto.BlindIndex;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.shared.security.DataScope;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The household register: keeps ID numbers encrypted, refuses double registration, audits every change. */
@Service
@Transactional
class HouseholdService implements Households {

    static final String TARGET = "registry.household";

    private final HouseholdRepository repository;
    private final PersonalDataCipher cipher;
    private final BlindIndex blindIndex;
    private final Dictionaries dictionaries;
    private final Regions regions;
    private final AuditLog audit;

    HouseholdService(
            HouseholdRepository repository,
            PersonalDataCipher cipher,
            BlindIndex blindIndex,
            Dictionaries dictionaries,
            Regions regions,
            AuditLog audit) {
        this.repository = repository;
        this.cipher = cipher;
        this.blindIndex = blindIndex;
        this.dictionaries = dictionaries;
        this.regions = regions;
        this.audit = audit;
    }

    @Override
    public HouseholdId register(NewHousehold household) {
        List<NewPerson> persons = household.persons();
        long heads = persons.stream().filter(NewPerson::head).count();
        if (heads == 0) {
            throw new HouseholdRefusedException(Reason.NO_HEAD, -1);
        }
        if (heads > 1) {
            throw new HouseholdRefusedException(Reason.SEVERAL_HEADS, -1);
        }
        boolean village = regions.find(household.village())
                .map(r -> r.level() == RegionLevel.VILLAGE)
                .orElse(false);
        if (!village) {
            throw new HouseholdRefusedException(Reason.NOT_A_VILLAGE, -1);
        }
        List<String> indexes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < persons.size(); i++) {
            checkCodes(persons.get(i), i);
            String index = idIndex(persons.get(i).idNumber());
            if (!seen.add(index)) {
                throw new HouseholdRefusedException(Reason.ID_NUMBER_TWICE, i);
            }
            indexes.add(index);
        }
        Set<String> registered = repository.registeredIdNumbers(indexes);
        if (!registered.isEmpty()) {
            throw new HouseholdRefusedException(
                    Reason.ALREADY_REGISTERED,
                    indexes.indexOf(registered.iterator().next()));
        }
        long id = repository.insertHousehold(
                household.village(),
                household.address(),
                household.hukouType(),
                household.categories(),
                household.demo());
        try {
            for (NewPerson person : persons) {
                repository.insertPerson(id, stored(person));
            }
        } catch (DuplicateKeyException raceWithAnotherClerk) {
            throw new HouseholdRefusedException(Reason.ALREADY_REGISTERED, -1);
        }
        repository.openPeriods(id, household.categories(), today());
        audit.record(AuditEvent.operation("registry.household.register", TARGET, Long.toString(id), household.village())
                .withDetail(persons.size() + " " + categoryCodes(household.categories())));
        return new HouseholdId(id);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<HouseholdDetails> find(HouseholdId id, DataScope scope) {
        return repository
                .find(id.value(), scope)
                .map(h -> new HouseholdDetails(
                        new HouseholdId(h.id()),
                        h.number(),
                        h.village(),
                        h.address(),
                        h.hukouType(),
                        h.categories(),
                        h.demo(),
                        h.version(),
                        h.createdAt(),
                        h.updatedAt(),
                        repository.members(h.id()).stream().map(this::summary).toList()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<HouseholdSummary> findByIdNumber(IdNumber idNumber, DataScope scope) {
        String index = idIndex(idNumber);
        return repository.householdOf(index, scope).flatMap(id -> {
            List<HouseholdSummary> found = search(
                            new HouseholdSearch("", index, List.of(), "", ""), scope, Pageable.ofSize(1))
                    .getContent();
            return found.stream().filter(s -> s.id().value() == id).findFirst();
        });
    }

    @Override
    public void setCategories(HouseholdId id, long expectedVersion, Set<HouseholdCategory> categories, String reason) {
        var household = repository
                .find(id.value())
                .orElseThrow(() -> new OptimisticLockingFailureException("Household " + id + " no longer exists"));
        if (!repository.updateCategories(id.value(), expectedVersion, categories)) {
            throw new OptimisticLockingFailureException("Household " + id + " was changed by someone else");
        }
        repository.closePeriods(id.value(), categories, today());
        repository.openPeriods(id.value(), categories, today());
        audit.record(AuditEvent.operation("registry.household.categorise", TARGET, id.toString(), household.village())
                .withDetail(categoryCodes(categories) + (reason == null || reason.isBlank() ? "" : " " + reason)));
    }

    @Override
    public long addMember(HouseholdId id, NewPerson member) {
        var household =
                repository.find(id.value()).orElseThrow(() -> new HouseholdRefusedException(Reason.NOT_A_MEMBER, -1));
        if (member.head()) {
            throw new HouseholdRefusedException(Reason.SEVERAL_HEADS, 0);
        }
        checkCodes(member, 0);
        String index = idIndex(member.idNumber());
        if (!repository.registeredIdNumbers(List.of(index)).isEmpty()) {
            throw new HouseholdRefusedException(Reason.ALREADY_REGISTERED, 0);
        }
        long personId;
        try {
            personId = repository.insertPerson(id.value(), stored(member));
        } catch (DuplicateKeyException raceWithAnotherClerk) {
            throw new HouseholdRefusedException(Reason.ALREADY_REGISTERED, 0);
        }
        repository.touch(id.value());
        audit.record(AuditEvent.operation("registry.person.add", TARGET, id.toString(), household.village())
                .withDetail(Long.toString(personId)));
        return personId;
    }

    @Override
    public void removeMember(HouseholdId id, long personId, String reason) {
        var household =
                repository.find(id.value()).orElseThrow(() -> new HouseholdRefusedException(Reason.NOT_A_MEMBER, -1));
        StoredPerson person = repository
                .member(id.value(), personId)
                .orElseThrow(() -> new HouseholdRefusedException(Reason.NOT_A_MEMBER, -1));
        if (person.head()) {
            throw new HouseholdRefusedException(Reason.HEAD_CANNOT_LEAVE, -1);
        }
        repository.deletePerson(id.value(), personId);
        repository.touch(id.value());
        audit.record(AuditEvent.operation("registry.person.remove", TARGET, id.toString(), household.village())
                .withDetail(personId + (reason == null || reason.isBlank() ? "" : " " + reason)));
    }

    @Override
    @Transactional
    public List<IdNumber> memberIdNumbers(HouseholdId id) {
        return repository
                .find(id.value())
                .map(household -> {
                    audit.record(AuditEvent.reveal(
                            "household-id-numbers", TARGET, Long.toString(id.value()), household.village()));
                    return repository.members(id.value()).stream()
                            .map(person -> new IdNumber(
                                    cipher.decrypt(person.idNumberCipher(), PersonalDataContexts.ID_NUMBER)))
                            .toList();
                })
                .orElse(List.of());
    }

    @Override
    @Transactional
    public Optional<String> revealIdNumber(HouseholdId id, long personId, DataScope scope) {
        return repository
                .find(id.value(), scope)
                .flatMap(household -> repository.member(id.value(), personId).map(person -> {
                    audit.record(AuditEvent.reveal(
                            "id-number", "registry.person", Long.toString(personId), household.village()));
                    return cipher.decrypt(person.idNumberCipher(), PersonalDataContexts.ID_NUMBER);
                }));
    }

    /**
     * The heads' full ID numbers of households already read within the caller's scope, for an export
     * by a staff member allowed to see them: one reveal entry in the audit log names how many.
     */
    Map<HouseholdId, String> revealHeads(List<HouseholdSummary> households, DataScope scope) {
        Map<Long, byte[]> ciphers = repository.headIdCiphers(
                households.stream().map(h -> h.id().value()).toList());
        audit.record(AuditEvent.reveal("id-number-export", TARGET, scope.root().value(), scope.root())
                .withDetail(ciphers.size() + " households"));
        Map<HouseholdId, String> revealed = new java.util.HashMap<>();
        ciphers.forEach((id, cipherText) ->
                revealed.put(new HouseholdId(id), cipher.decrypt(cipherText, PersonalDataContexts.ID_NUMBER)));
        return revealed;
    }

    /** The assets and incomes the collection file reported, as far as collected. */
    @Transactional(readOnly = true)
    HouseholdMeans means(HouseholdId id) {
        return repository.means(id.value());
    }

    /** When the household belonged to which category, the latest first. */
    @Transactional(readOnly = true)
    List<CategoryPeriod> periods(HouseholdId id) {
        return repository.periods(id.value());
    }

    private static LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    }

    /** One page of the households within {@code scope}, ID numbers masked. */
    @Transactional(readOnly = true)
    Page<HouseholdSummary> search(HouseholdSearch search, DataScope scope, Pageable page) {
        List<HouseholdSummary> rows = repository.search(search, scope, page.getPageSize(), page.getOffset()).stream()
                .map(this::summary)
                .toList();
        return new PageImpl<>(rows, page, repository.count(search, scope));
    }

    /** The search resolved for SQL: an exact ID number becomes its blind index, a village name its codes. */
    HouseholdSearch resolve(String text, String category, String township, String village, DataScope scope) {
        String plain = text == null ? "" : text.strip();
        String categoryCode = HouseholdCategory.ofCode(category == null ? "" : category)
                .map(HouseholdCategory::code)
                .orElse("");
        String area = area(township, village);
        if (plain.length() >= 15 && IdNumber.isValid(plain)) {
            return new HouseholdSearch("", idIndex(IdNumber.parse(plain)), List.of(), categoryCode, area);
        }
        List<String> villagesNamed = plain.isEmpty()
                ? List.of()
                : villages(scope).stream()
                        .filter(v -> v.name().contains(plain))
                        .map(v -> v.code().value())
                        .toList();
        return new HouseholdSearch(plain, null, villagesNamed, categoryCode, area);
    }

    /**
     * The narrowest of the chosen township and village; a village left over from another township, after the
     * township was changed, is dropped.
     */
    static String area(String township, String village) {
        boolean hasTownship = isCode(township, RegionLevel.TOWNSHIP);
        if (isCode(village, RegionLevel.VILLAGE)
                && (!hasTownship || RegionCode.of(township).contains(RegionCode.of(village)))) {
            return village;
        }
        return hasTownship ? township : "";
    }

    private static boolean isCode(String code, RegionLevel level) {
        return code != null
                && code.matches("[0-9]{12}")
                && RegionCode.isValid(code)
                && RegionCode.of(code).level() == level;
    }

    /** The villages and communities within {@code scope}. */
    List<RegionSummary> villages(DataScope scope) {
        return regions.within(scope, RegionLevel.VILLAGE);
    }

    /** The townships the list's filter offers: none when the scope is one township or smaller. */
    List<RegionSummary> townshipsToChoose(DataScope scope) {
        if (scope.root().level().depth() >= RegionLevel.TOWNSHIP.depth()) {
            return List.of();
        }
        return regions.within(scope, RegionLevel.TOWNSHIP);
    }

    /**
     * The villages the list's filter offers: the scope's when it is one township or smaller, otherwise those of
     * the township chosen (a city has thousands), none before one is.
     */
    List<RegionSummary> villagesToChoose(DataScope scope, String township) {
        if (scope.root().level().depth() >= RegionLevel.TOWNSHIP.depth()) {
            return villages(scope);
        }
        if (!isCode(township, RegionLevel.TOWNSHIP) || !scope.root().contains(RegionCode.of(township))) {
            return List.of();
        }
        return villages(new DataScope(RegionCode.of(township)));
    }

    private void checkCodes(NewPerson person, int index) {
        if (!dictionaries.isValid(Dictionaries.RELATIONSHIP, person.relationship())) {
            throw new HouseholdRefusedException(Reason.UNKNOWN_RELATIONSHIP, index);
        }
        if ((person.disabilityCategory() != null
                        && !dictionaries.isValid(Dictionaries.DISABILITY_CATEGORY, person.disabilityCategory()))
                || (person.disabilityGrade() != null
                        && !dictionaries.isValid(Dictionaries.DISABILITY_GRADE, person.disabilityGrade()))) {
            throw new HouseholdRefusedException(Reason.UNKNOWN_DISABILITY, index);
        }
    }

    private PersonRecord stored(NewPerson person) {
        IdNumber idNumber = person.idNumber();
        String phone = person.phone() == null ? null : person.phone().value();
        return new PersonRecord(
                person.name(),
                cipher.encrypt(idNumber.value(), PersonalDataContexts.ID_NUMBER),
                idIndex(idNumber),
                idNumber.sex(),
                idNumber.birthDate(),
                person.relationship(),
                person.head(),
                cipher.encrypt(phone, PersonalDataContexts.PHONE),
                blindIndex.of(phone, PersonalDataContexts.PHONE),
                person.disabilityCategory(),
                person.disabilityGrade(),
                person.workAbility());
    }

    private String idIndex(IdNumber idNumber) {
        return blindIndex.of(idNumber.value(), PersonalDataContexts.ID_NUMBER);
    }

    private PersonSummary summary(StoredPerson person) {
        return new PersonSummary(
                person.id(),
                person.name(),
                Masking.idNumberForStaff(cipher.decrypt(person.idNumberCipher(), PersonalDataContexts.ID_NUMBER)),
                person.sex(),
                person.birthDate(),
                person.relationship(),
                person.head(),
                person.workAbility(),
                person.disabilityCategory(),
                person.disabilityGrade(),
                Masking.phone(cipher.decrypt(person.phoneCipher(), PersonalDataContexts.PHONE)));
    }

    private HouseholdSummary summary(HouseholdRow row) {
        return new HouseholdSummary(
                new HouseholdId(row.id()),
                row.number(),
                row.village(),
                row.headName() == null ? "" : row.headName(),
                row.headIdNumberCipher() == null
                        ? ""
                        : Masking.idNumberForStaff(
                                cipher.decrypt(row.headIdNumberCipher(), PersonalDataContexts.ID_NUMBER)),
                row.memberCount(),
                row.categories(),
                row.demo());
    }

    private static String categoryCodes(Set<HouseholdCategory> categories) {
        return categories.stream()
                .sorted()
                .map(c -> c.code().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(",", "[", "]"));
    }
}
