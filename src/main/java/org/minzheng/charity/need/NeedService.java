package org.minzheng.charity.need;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to the needs list, each audited in the same transaction. */
@Service
class NeedService {

    private final NeedRepository repository;
    private final RegistryNeedCount registryCount;
    private final AuditLog audit;

    NeedService(NeedRepository repository, RegistryNeedCount registryCount, AuditLog audit) {
        this.repository = repository;
        this.registryCount = registryCount;
        this.audit = audit;
    }

    /**
     * Counts the registry categories afresh for the townships of {@code scope} and replaces their REGISTRY
     * entries of the year of {@code asOf}.
     *
     * @return people counted per category code
     */
    @Transactional
    Map<String, Integer> recount(DataScope scope, LocalDate asOf, String username) {
        int year = asOf.getYear();
        Map<String, Map<RegionCode, Integer>> counts = registryCount.count(scope.root(), asOf);
        List<NeedCategory> counted = repository.categories().stream()
                .filter(NeedCategory::countedFromRegistry)
                .filter(c -> counts.containsKey(c.code()))
                .toList();
        for (NeedCategory category : counted) {
            repository.replaceRegistryCounts(scope, category, year, counts.get(category.code()), username);
        }
        Map<String, Integer> people = counted.stream()
                .collect(Collectors.toMap(NeedCategory::code, c -> counts.get(c.code()).values().stream()
                        .mapToInt(Integer::intValue)
                        .sum()));
        audit.record(
                AuditEvent.operation("charity.need.recount", "charity-need-year", String.valueOf(year), scope.root())
                        .withDetail(people.toString()));
        return people;
    }

    /** Stores a township's figures; the caller has checked the township lies within the staff member's scope. */
    @Transactional
    long enter(RegionCode township, NeedForm form, String username) {
        String note = form.note() == null || form.note().isBlank()
                ? null
                : form.note().strip();
        long id = repository.saveStaffEntry(
                township,
                form.category(),
                form.year(),
                form.people(),
                form.neededYuan() * 100,
                form.coveredYuan() * 100,
                note,
                username);
        audit.record(AuditEvent.operation("charity.need.enter", "charity-need", String.valueOf(id), township)
                .withDetail(form.category() + " " + form.year() + ": " + form.people() + " / " + form.neededYuan()
                        + " / " + form.coveredYuan()));
        return id;
    }
}
