package org.minzheng.charity.disclosure;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minzheng.attachment.AttachmentId;
import org.minzheng.attachment.Attachments;
import org.minzheng.attachment.StoredFile;
import org.minzheng.charity.award.AwardCategory;
import org.minzheng.charity.evaluation.PublicAward;
import org.minzheng.charity.evaluation.PublishedResults;
import org.minzheng.region.Regions;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.web.NotFoundException;
import org.minzheng.shared.web.YuanFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 慈善信息公开: the public charity page, open to everyone and read from the same records staff keep. It shows, per
 * project, money raised, spent and left and how many households are helped; the donors who agreed to be named; the
 * services bought; and the weekly update log.
 */
@Controller
class PublicCharityController {

    static final String BASE = "/charity";
    static final int NAMED_DONORS = 50;
    static final int WEEKS = 12;

    /** Audit reports of this many years back, the current one included. */
    static final int AUDIT_YEARS = 3;

    private final PublicCharity charity;
    private final WeeklyUpdates updates;
    private final PublishedResults results;
    private final Attachments attachments;
    private final Regions regions;
    private final Clock clock;
    private final boolean demo;

    PublicCharityController(
            PublicCharity charity,
            WeeklyUpdates updates,
            PublishedResults results,
            Attachments attachments,
            Regions regions,
            Clock clock,
            @Value("${minzheng.demo-data.enabled:false}") boolean demo) {
        this.charity = charity;
        this.updates = updates;
        this.results = results;
        this.attachments = attachments;
        this.regions = regions;
        this.clock = clock;
        this.demo = demo;
    }

    @GetMapping(BASE)
    String overview(@RequestParam(defaultValue = "") String region, Model model) {
        Map<String, String> regionNames = new LinkedHashMap<>();
        for (String code : charity.regions()) {
            regionNames.put(code, regions.nameOf(RegionCode.of(code)));
        }
        String chosen = regionNames.containsKey(region) ? region : null;
        model.addAttribute("region", chosen == null ? "" : chosen);
        model.addAttribute("regionNames", regionNames);
        model.addAttribute("totals", charity.totals(chosen));
        model.addAttribute("projects", charity.projects(chosen));
        model.addAttribute("namedDonors", charity.namedDonors(null, NAMED_DONORS));
        model.addAttribute("unnamed", charity.unnamedDonors(null));
        model.addAttribute("weeks", updates.latest(WEEKS));
        List<PublicAward> winners = latestCycle(results.publishedWinners());
        model.addAttribute("winners", winners);
        model.addAttribute("winnersByCategory", byCategory(winners));
        model.addAttribute(
                "auditReports", results.auditReports(LocalDate.now(clock).getYear() - AUDIT_YEARS + 1));
        return page(model, "charity/disclosure/public");
    }

    @GetMapping(BASE + "/projects/{id}")
    String project(@PathVariable long id, Model model) {
        PublicProject project = charity.project(id).orElseThrow(() -> new NotFoundException("public project " + id));
        List<TownshipCount> townships = charity.beneficiariesByTownship(id).stream()
                .map(t -> new TownshipCount(
                        t.townshipCode(), regions.nameOf(RegionCode.of(t.townshipCode())), t.households()))
                .toList();
        model.addAttribute("project", project);
        model.addAttribute("regionName", regions.nameOf(RegionCode.of(project.regionCode())));
        model.addAttribute("townships", townships);
        model.addAttribute("namedDonors", charity.namedDonors(id, NAMED_DONORS));
        model.addAttribute("unnamed", charity.unnamedDonors(id));
        model.addAttribute("services", charity.purchasedServices(id));
        model.addAttribute("months", charity.months(id));
        model.addAttribute("evaluations", results.latestEvaluations(id));
        return page(model, "charity/disclosure/public-project");
    }

    /** A third-party audit report (慈善法 art. 78); any other file answers 404, whatever its id. */
    @GetMapping(BASE + "/audit-reports/{file}")
    void auditReport(@PathVariable String file, HttpServletResponse response) throws IOException {
        AttachmentId id;
        try {
            id = AttachmentId.of(file);
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException("audit report " + file);
        }
        if (!charity.isAuditReport(id.toString())) {
            throw new NotFoundException("audit report " + file);
        }
        StoredFile stored = attachments.find(id).orElseThrow(() -> new NotFoundException("audit report " + file));
        boolean pdf = "application/pdf".equals(stored.mediaType());
        response.setContentType(stored.mediaType());
        response.setContentLengthLong(stored.size());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(
                "Content-Disposition",
                (pdf ? ContentDisposition.inline() : ContentDisposition.attachment())
                        .filename(stored.name(), StandardCharsets.UTF_8)
                        .build()
                        .toString());
        try (InputStream content = attachments.open(id)) {
            content.transferTo(response.getOutputStream());
        }
    }

    /** The winners of the most recently published cycle; earlier cycles stay in their own results pages. */
    private static List<PublicAward> latestCycle(List<PublicAward> winners) {
        if (winners.isEmpty()) {
            return winners;
        }
        String latest = winners.get(0).cycleName();
        return winners.stream().filter(w -> w.cycleName().equals(latest)).toList();
    }

    private static Map<AwardCategory, List<PublicAward>> byCategory(List<PublicAward> winners) {
        Map<AwardCategory, List<PublicAward>> grouped = new EnumMap<>(AwardCategory.class);
        for (PublicAward winner : winners) {
            grouped.computeIfAbsent(winner.category(), c -> new ArrayList<>()).add(winner);
        }
        return grouped;
    }

    private String page(Model model, String view) {
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        model.addAttribute("demoMode", demo);
        return view;
    }
}
