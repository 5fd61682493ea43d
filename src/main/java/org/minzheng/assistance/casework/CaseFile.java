package org.minzheng.assistance.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minzheng.assistance.CaseStatus;
import org.minzheng.assistance.Programme;
import org.minzheng.assistance.meanstest.MeansTestResult;
import org.minzheng.region.RegionSummary;
import org.minzheng.region.Regions;
import org.minzheng.registry.HukouType;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.RegionLevel;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.web.Messages;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/**
 * What the case page shows besides the application: the home visit and its means test line by line,
 * the notice and its objections, and which steps the case can take next.
 */
@Component
class CaseFile {

    private final HomeVisits visits;
    private final ObjectionRepository objections;
    private final Regions regions;
    private final Messages messages;

    CaseFile(HomeVisits visits, ObjectionRepository objections, Regions regions, Messages messages) {
        this.visits = visits;
        this.objections = objections;
        this.regions = regions;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    void describe(StoredCase found, LocalDate today, Model model) {
        Optional<HomeVisits.Recorded> visit = visits.find(found);
        model.addAttribute("visit", visit.orElse(null));
        model.addAttribute(
                "meansTest",
                visit.map(recorded -> lines(visits.assess(found, recorded.visit(), today)))
                        .orElse(List.of()));
        List<Objection> all = objections.of(found.id());
        model.addAttribute("objections", all);
        model.addAttribute("openObjections", all.stream().anyMatch(Objection::open));
        model.addAttribute("visitOpen", HomeVisits.open(found));
        model.addAttribute("noticeOver", found.noticeOver(today));
        model.addAttribute("needsNotice", found.programme() != Programme.TEMPORARY);
        model.addAttribute("decision", decisionStage(found));
        model.addAttribute(
                "advanceable",
                found.programme() == Programme.TEMPORARY
                        && Transition.ADVANCE.from().contains(found.status()));
        model.addAttribute("hukouTypes", HukouType.values());
        model.addAttribute(
                "transferTargets", found.status() == CaseStatus.SUBMITTED ? transferTargets(found) : Map.of());
    }

    /** Whether the county can decide now: on notice (低保, 特困) or investigated (临时救助). */
    private static boolean decisionStage(StoredCase found) {
        return found.programme() == Programme.TEMPORARY
                ? found.status() == CaseStatus.INVESTIGATED
                : found.status() == CaseStatus.ON_NOTICE;
    }

    /** The villages of the county's other townships, grouped by township, for a transfer. */
    private Map<String, List<RegionSummary>> transferTargets(StoredCase found) {
        RegionCode township = found.village().parent().orElseThrow();
        RegionCode county = township.parent().orElseThrow();
        Map<String, List<RegionSummary>> targets = new LinkedHashMap<>();
        for (RegionSummary region : regions.within(new DataScope(county))) {
            if (region.level() == RegionLevel.VILLAGE && !township.contains(region.code())) {
                targets.computeIfAbsent(regions.nameOf(region.code().parent().orElseThrow()), name -> new ArrayList<>())
                        .add(region);
            }
        }
        return targets;
    }

    /** The means test's lines as sentences in the clerk's language. */
    List<LineView> lines(MeansTestResult result) {
        return result.lines().stream()
                .map(line -> {
                    List<Object> args = new ArrayList<>();
                    if (line.kindKey() != null) {
                        args.add(messages.get(line.kindKey()));
                    }
                    args.addAll(line.args());
                    return new LineView(messages.get(line.key(), args.toArray()), line.verdict());
                })
                .toList();
    }

    record LineView(String text, MeansTestResult.Verdict verdict) {}
}
