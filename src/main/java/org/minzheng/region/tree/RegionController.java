package org.minzheng.region.tree;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.minzheng.region.RegionSummary;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.RegionLevel;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
import org.minzheng.shared.web.PageLinks;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 行政区划 in the console: browse the tree from the staff member's own region down, and search it. */
@Controller
@RequestMapping("/console/region/regions")
@PreAuthorize("hasAuthority('region:division:view')")
class RegionController {

    private static final int PAGE_SIZE = 20;

    private final RegionRepository regions;
    private final Messages messages;

    RegionController(RegionRepository regions, Messages messages) {
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    String root(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        DataScope scope = CurrentStaff.scope();
        if (q.isBlank()) {
            return "redirect:/console/region/regions/" + scope.root().value();
        }
        String text = q.strip();
        Page<RegionSummary> found = regions.search(text, scope, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("q", text);
        model.addAttribute("results", found.getContent());
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute("pageBase", "?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&");
        model.addAttribute("names", parentNames(found.getContent()));
        return "region/search";
    }

    @GetMapping("/{code}")
    String show(@PathVariable String code, Model model) {
        DataScope scope = CurrentStaff.scope();
        RegionSummary region = inScope(code, scope);
        List<RegionSummary> path = regions.path(region.code());
        model.addAttribute("region", region);
        model.addAttribute("path", path);
        model.addAttribute("scopeRoot", scope.root());
        List<RegionSummary> children = regions.children(region.code(), scope);
        model.addAttribute("children", children);
        model.addAttribute("showUrbanRural", children.stream().anyMatch(child -> child.urbanRuralClass() != null));
        Map<RegionLevel, Long> counts = regions.countBelow(region.code());
        model.addAttribute("counts", counts);
        model.addAttribute("villageCount", counts.getOrDefault(RegionLevel.VILLAGE, 0L));
        model.addAttribute("demoCount", regions.countDemo(region.code()));
        model.addAttribute("levels", List.of(RegionLevel.COUNTY, RegionLevel.TOWNSHIP, RegionLevel.VILLAGE));
        return "region/show";
    }

    @GetMapping("/{code}/export")
    void export(@PathVariable String code, HttpServletResponse response) {
        RegionSummary region = inScope(code, CurrentStaff.scope());
        List<RegionSummary> rows = regions.subtree(region.code());
        ExcelExport.write(
                response,
                messages.get("region.export.file", region.name()),
                List.of(
                        messages.get("region.code"),
                        messages.get("region.name"),
                        messages.get("region.level"),
                        messages.get("region.parentCode"),
                        messages.get("region.urbanRural"),
                        messages.get("region.demo")),
                rows.stream()
                        .map(r -> List.<Object>of(
                                r.code().value(),
                                r.name(),
                                messages.get(r.level().messageKey()),
                                r.parentCode() == null ? "" : r.parentCode().value(),
                                r.urbanRuralClass() == null ? "" : r.urbanRuralClass(),
                                r.demo() ? messages.get("region.demo.yes") : ""))
                        .toList());
    }

    private RegionSummary inScope(String code, DataScope scope) {
        if (!RegionCode.isValid(code)) {
            throw new NotFoundException("region");
        }
        return regions.find(RegionCode.of(code), scope).orElseThrow(() -> new NotFoundException("region"));
    }

    private Map<RegionCode, String> parentNames(List<RegionSummary> rows) {
        return regions.namesOf(rows.stream()
                .map(RegionSummary::parentCode)
                .filter(java.util.Objects::nonNull)
                .toList());
    }
}
