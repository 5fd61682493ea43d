package org.minzheng.disclosure.pageviews;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.minzheng.region.Regions;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.web.PageLinks;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 码上查阅读量: which public lists of the staff member's area were read how often in a month. */
@Controller
@PreAuthorize("hasAuthority('" + DisclosureConsole.VIEW + "')")
class PageViewController {

    static final String PATH = "/console/disclosure/page-views";
    static final int PAGE_SIZE = 50;

    private final PageViewRepository views;
    private final Regions regions;
    private final Clock clock;

    PageViewController(PageViewRepository views, Regions regions, Clock clock) {
        this.views = views;
        this.regions = regions;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String mostRead(
            @RequestParam(defaultValue = "") String month, @RequestParam(defaultValue = "0") int page, Model model) {
        DataScope scope = CurrentStaff.scope();
        YearMonth thisMonth = YearMonth.now(clock);
        YearMonth shown = parse(month, thisMonth);
        Page<PageViewRepository.ReadPage> found =
                views.mostRead(scope, shown, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        Map<RegionCode, String> names = regions.namesOf(found.getContent().stream()
                .map(PageViewRepository.ReadPage::region)
                .toList());
        model.addAttribute("rows", found.getContent());
        model.addAttribute("names", names);
        model.addAttribute("month", shown);
        model.addAttribute("previous", shown.minusMonths(1));
        model.addAttribute("next", shown.isBefore(thisMonth) ? shown.plusMonths(1) : null);
        model.addAttribute("total", views.total(scope, shown));
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute("pageBase", "?month=" + shown + "&");
        model.addAttribute("kinds", List.of(PageKind.values()));
        return "disclosure/page-views";
    }

    /** A mistyped month shows this month rather than an error: the page only reads. */
    private static YearMonth parse(String month, YearMonth thisMonth) {
        try {
            YearMonth parsed = YearMonth.parse(month);
            return parsed.isAfter(thisMonth) ? thisMonth : parsed;
        } catch (DateTimeParseException e) {
            return thisMonth;
        }
    }
}
