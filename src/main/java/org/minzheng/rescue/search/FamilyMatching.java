package org.minzheng.rescue.search;

import java.util.List;
import java.util.Set;
import org.minzheng.rescue.matching.PersonMatcher;
import org.minzheng.rescue.matching.PersonMatcher.Ranked;
import org.minzheng.shared.security.DataScope;
import org.springframework.stereotype.Component;

/**
 * The matching reads of the family search: a case against every open report (families report anywhere, so a
 * station looks beyond its own county), and a report against the unidentified people in the scope's stations.
 * Pairs a person already ruled out are left out.
 */
@Component
class FamilyMatching {

    static final int SHOWN = 10;

    private final FamilySearchRepository searches;
    private final MissingReportRepository reports;

    FamilyMatching(FamilySearchRepository searches, MissingReportRepository reports) {
        this.searches = searches;
        this.reports = reports;
    }

    Candidates<MissingReport> reportsFor(SearchCase c) {
        Set<Long> rejected = searches.rejected(c.id());
        List<MissingReport> open =
                reports.open().stream().filter(r -> !rejected.contains(r.id())).toList();
        List<Ranked<MissingReport>> ranked = PersonMatcher.rank(c.description(), open, MissingReport::description);
        return new Candidates<>(ranked.stream().limit(SHOWN).toList(), rejected.size());
    }

    Candidates<SearchCase> casesFor(MissingReport report, DataScope scope) {
        Set<Long> rejected = searches.rejectedCases(report.id());
        List<SearchCase> inCare = searches.unidentifiedInCare(scope).stream()
                .filter(c -> !rejected.contains(c.id()))
                .toList();
        List<Ranked<SearchCase>> ranked = inCare.stream()
                .map(c -> new Ranked<>(c, PersonMatcher.score(c.description(), report.description())))
                .filter(r -> !r.score().excluded())
                .sorted((a, b) -> Integer.compare(b.score().score(), a.score().score()))
                .limit(SHOWN)
                .toList();
        return new Candidates<>(ranked, rejected.size());
    }

    record Candidates<T>(List<Ranked<T>> ranked, int rejectedCount) {}
}
