package org.minzheng.eldercare.supervision;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minzheng.region.RegionSummary;
import org.minzheng.region.Regions;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.web.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 市级居家养老调度监管中心: the figures of home services across the city, one level at a time, within the
 * staff member's data scope. A region or provider outside the scope is answered as not found.
 */
@Service
@Transactional(readOnly = true)
class SupervisionCentre {

    static final int TREND_MONTHS = 6;

    private final SupervisionRepository repository;
    private final Regions regions;

    SupervisionCentre(SupervisionRepository repository, Regions regions) {
        this.repository = repository;
        this.regions = regions;
    }

    LocalDate today() {
        return LocalDate.now(SupervisionRepository.CHINA);
    }

    /**
     * @param region 2- to 12-digit code, blank for the staff member's own region
     * @param provider a provider serving or working in the township, only below a township
     */
    Drilldown locate(String region, Long provider, DataScope scope, YearMonth month) {
        RegionCode code = region == null || region.isBlank() ? scope.root() : parse(region);
        RegionSummary found = regions.find(code, scope)
                .filter(r -> Drilldown.supports(r.level()))
                .orElseThrow(() -> new NotFoundException("Region"));
        List<RegionSummary> trail = regions.path(found.code()).stream()
                .filter(step -> scope.covers(step.code()))
                .toList();
        if (provider == null) {
            return new Drilldown(found, trail, null, null);
        }
        if (found.level() != org.minzheng.shared.RegionLevel.TOWNSHIP) {
            throw new NotFoundException("Provider");
        }
        String name = repository
                .providersOf(found.code().significantDigits(), found.code().value(), month)
                .get(provider);
        if (name == null) {
            throw new NotFoundException("Provider");
        }
        return new Drilldown(found, trail, provider, name);
    }

    SupervisionReport report(Drilldown at, YearMonth month, DataScope scope) {
        LocalDate today = today();
        List<SupervisionRow> rows = at.atProvider() ? providerRow(at, month, today) : rows(at, month, scope, today);
        ServiceFigures total =
                rows.stream().map(SupervisionRow::figures).reduce(ServiceFigures.NONE, ServiceFigures::plus);
        if (at.grouping() == Grouping.TOWNSHIP) {
            String county = at.prefix();
            total = total.withComplaints(
                    repository.complaintsByCounty(county, month).getOrDefault(county, 0L));
        }
        Map<YearMonth, ServiceFigures> trend =
                repository.monthly(at.area(), month.minusMonths(TREND_MONTHS - 1L), month, today);
        return new SupervisionReport(
                rows,
                total,
                VisitsChart.of(rows.stream()
                        .map(r -> new VisitsChart.Entry(
                                r.name(), r.figures().planned(), r.figures().done()))
                        .toList()),
                RateChart.of(rows.stream()
                        .map(r -> new RateChart.Entry(r.name(), r.figures().onTimePercent()))
                        .toList()),
                trend,
                TrendChart.of(trend, month));
    }

    Page<VisitLine> visits(Drilldown at, YearMonth month, VisitFilter filter, Pageable page) {
        return repository.visits(at.area(), month, filter, today(), page);
    }

    private List<SupervisionRow> rows(Drilldown at, YearMonth month, DataScope scope, LocalDate today) {
        Grouping grouping = at.grouping();
        Map<String, ServiceFigures> figures = new HashMap<>(repository.figures(grouping, at.area(), month, today));
        List<SupervisionRow> rows = new ArrayList<>();
        if (grouping == Grouping.PROVIDER) {
            Map<Long, String> providers = repository.providersOf(at.prefix(), at.regionCode(), month);
            Map<String, Long> complaints = repository.complaintsByProvider(providers.keySet(), month);
            providers.forEach((id, name) -> {
                String key = String.valueOf(id);
                ServiceFigures f = figures.getOrDefault(key, ServiceFigures.NONE);
                rows.add(new SupervisionRow(
                        key, name, at.regionCode(), id, f.withComplaints(complaints.getOrDefault(key, 0L))));
            });
            return rows;
        }
        int digits = grouping == Grouping.COUNTY ? 6 : 9;
        Map<String, Long> complaints =
                grouping == Grouping.COUNTY ? repository.complaintsByCounty(at.prefix(), month) : Map.of();
        Map<String, RegionSummary> children = new LinkedHashMap<>();
        regions.children(at.region().code(), scope)
                .forEach(child -> children.put(child.code().value().substring(0, digits), child));
        children.forEach((key, child) -> rows.add(new SupervisionRow(
                key,
                child.name(),
                child.code().value(),
                null,
                withComplaints(figures.remove(key), grouping, complaints.getOrDefault(key, 0L)))));
        // records filed under a code missing from the region tree still count, in a row that cannot be opened
        figures.forEach((key, f) -> rows.add(new SupervisionRow(
                key, key, null, null, withComplaints(f, grouping, complaints.getOrDefault(key, 0L)))));
        return rows;
    }

    private static ServiceFigures withComplaints(ServiceFigures figures, Grouping grouping, long complaints) {
        ServiceFigures f = figures == null ? ServiceFigures.NONE : figures;
        return grouping == Grouping.COUNTY ? f.withComplaints(complaints) : f;
    }

    private List<SupervisionRow> providerRow(Drilldown at, YearMonth month, LocalDate today) {
        ServiceFigures f =
                repository.figures(Grouping.WHOLE_AREA, at.area(), month, today).getOrDefault("", ServiceFigures.NONE);
        long complaints = repository
                .complaintsByProvider(List.of(at.providerId()), month)
                .getOrDefault(String.valueOf(at.providerId()), 0L);
        return List.of(new SupervisionRow(
                String.valueOf(at.providerId()),
                at.providerName(),
                null,
                at.providerId(),
                f.withComplaints(complaints)));
    }

    private static RegionCode parse(String region) {
        try {
            return RegionCode.of(region);
        } catch (IllegalArgumentException notACode) {
            throw new NotFoundException("Region");
        }
    }
}
