package org.minzheng.disclosure.lists;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.minzheng.disclosure.pageviews.PageKind;
import org.minzheng.disclosure.pageviews.PageViews;
import org.minzheng.region.RegionSummary;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.PageLinks;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 码上查: the public monthly lists of recipients and money paid, for the whole city ({@code /gs}) or a county,
 * township or village ({@code /gs/{code}}), and their statistics ({@code /gs/{code}/stats}). Read-only and
 * open to everyone: whatever the address carries, a wrong programme, month or page falls back to the
 * default rather than failing.
 */
@Controller
class PublicListController {

    static final int PAGE_SIZE = 50;
    static final int MONTH_CHOICES = 24;
    static final int LONGEST_SEARCH = 20;
    /** A chart of more areas than this is too long to compare on a phone; the table has them all. */
    static final int CHART_BARS = 12;

    private final PublicAreas areas;
    private final PaidLedger ledger;
    private final PageViews views;
    private final Messages messages;
    private final Clock clock;

    PublicListController(PublicAreas areas, PaidLedger ledger, PageViews views, Messages messages, Clock clock) {
        this.areas = areas;
        this.ledger = ledger;
        this.views = views;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/gs")
    String city(
            @RequestParam(defaultValue = "") String programme,
            @RequestParam(defaultValue = "") String month,
            Model model) {
        return list(areas.city(), programme, month, "", "", model);
    }

    @GetMapping("/gs/{code}")
    String area(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String programme,
            @RequestParam(defaultValue = "") String month,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String page,
            Model model) {
        return list(areas.find(code), programme, month, q, page, model);
    }

    @GetMapping("/gs/{code}/stats")
    String statistics(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String programme,
            @RequestParam(defaultValue = "") String month,
            Model model) {
        PublicArea area = areas.find(code);
        Programme chosen = Programme.parse(programme).orElse(Programme.DEFAULT);
        List<YearMonth> paidMonths = ledger.monthsPaid(area.code(), chosen, MONTH_CHOICES);
        YearMonth shown = monthToShow(paidMonths, month);
        views.record(area.code(), PageKind.STATS);

        Map<Programme, Figures> byProgramme = ledger.byProgramme(area.code(), shown);
        List<ProgrammeFigures> programmes = java.util.Arrays.stream(Programme.values())
                .map(p -> new ProgrammeFigures(p, byProgramme.getOrDefault(p, Figures.NONE)))
                .toList();
        Figures total = programmes.stream().map(ProgrammeFigures::figures).reduce(Figures.NONE, Figures::plus);
        List<AreaFigures> subdivisions = subdivisionFigures(area, null, shown);
        Map<YearMonth, Figures> byMonth = ledger.byMonth(area.code(), shown.minusMonths(11), shown);
        List<MonthFigures> months = new ArrayList<>();
        for (int back = 11; back >= 0; back--) {
            YearMonth m = shown.minusMonths(back);
            months.add(new MonthFigures(m, byMonth.getOrDefault(m, Figures.NONE)));
        }

        model.addAttribute("area", area);
        model.addAttribute("programme", chosen);
        addMonths(model, paidMonths, shown);
        model.addAttribute("total", total);
        model.addAttribute("programmes", programmes);
        model.addAttribute(
                "programmeChart",
                BarChart.of(programmes.stream()
                        .map(p -> new BarChart.Entry(
                                messages.get(p.programme().shortLabelKey()),
                                p.figures().amount().fen(),
                                p.figures().amount().format()))
                        .toList()));
        List<AreaFigures> paid =
                subdivisions.stream().filter(s -> !s.figures().isEmpty()).toList();
        model.addAttribute("subdivisions", subdivisions);
        model.addAttribute("paidSubdivisions", paid);
        model.addAttribute("unpaidSubdivisions", subdivisions.size() - paid.size());
        model.addAttribute("chartTruncated", paid.size() > CHART_BARS);
        model.addAttribute(
                "subdivisionChart",
                BarChart.of(paid.stream()
                        .sorted(Comparator.comparingLong(
                                        (AreaFigures s) -> s.figures().amount().fen())
                                .reversed())
                        .limit(CHART_BARS)
                        .map(s -> new BarChart.Entry(
                                s.region().name(),
                                s.figures().amount().fen(),
                                s.figures().amount().format()))
                        .toList()));
        model.addAttribute("months", months);
        model.addAttribute(
                "monthChart",
                MonthChart.of(
                        shown,
                        months.stream().collect(Collectors.toMap(MonthFigures::month, f -> f.figures()
                                .amount()
                                .fen())),
                        shown));
        return "disclosure/stats";
    }

    /** Mistyped or outdated addresses below the lists get the lists' own friendly page. */
    @GetMapping({"/gs/", "/gs/{code}/**"})
    String elsewhere() {
        throw new AreaNotFoundException();
    }

    private String list(PublicArea area, String programme, String month, String q, String page, Model model) {
        Programme chosen = Programme.parse(programme).orElse(Programme.DEFAULT);
        List<YearMonth> paidMonths = ledger.monthsPaid(area.code(), chosen, MONTH_CHOICES);
        YearMonth shown = monthToShow(paidMonths, month);
        String search = maskedSearch(q);
        views.record(area.code(), PageKind.LIST);

        model.addAttribute("area", area);
        model.addAttribute("programme", chosen);
        model.addAttribute("programmes", List.of(Programme.values()));
        addMonths(model, paidMonths, shown);
        model.addAttribute("figures", ledger.figures(area.code(), chosen, shown));
        model.addAttribute("subdivisions", subdivisionFigures(area, chosen, shown));
        model.addAttribute("q", search);
        if (!area.city()) {
            Page<ListedPayment> found =
                    ledger.payments(area.code(), chosen, shown, search, PageRequest.of(pageNumber(page), PAGE_SIZE));
            model.addAttribute("payments", found.getContent());
            model.addAttribute("pages", PageLinks.of(found));
            model.addAttribute("found", found.getTotalElements());
            model.addAttribute("pageBase", pageBase(chosen, shown, search));
            model.addAttribute(
                    "villageNames",
                    area.village()
                            ? Map.of()
                            : areas.namesOf(found.getContent().stream()
                                    .map(ListedPayment::village)
                                    .distinct()
                                    .toList()));
            model.addAttribute("anyDemo", found.getContent().stream().anyMatch(ListedPayment::demo));
        }
        return "disclosure/list";
    }

    private void addMonths(Model model, List<YearMonth> paidMonths, YearMonth shown) {
        YearMonth thisMonth = YearMonth.now(clock);
        List<YearMonth> choices = new ArrayList<>(paidMonths);
        if (!choices.contains(shown)) {
            choices.add(shown);
            choices.sort(Comparator.reverseOrder());
        }
        model.addAttribute("month", shown);
        model.addAttribute("previousMonth", shown.minusMonths(1));
        model.addAttribute("nextMonth", shown.isBefore(thisMonth) ? shown.plusMonths(1) : null);
        model.addAttribute("monthChoices", choices);
    }

    /**
     * The month asked for; otherwise the latest with money paid (the first of {@code paidMonths}, latest
     * first), so that a notice opens on figures rather than on nothing.
     */
    private YearMonth monthToShow(List<YearMonth> paidMonths, String asked) {
        YearMonth thisMonth = YearMonth.now(clock);
        return parseMonth(asked)
                .filter(m -> !m.isAfter(thisMonth))
                .orElseGet(() -> paidMonths.isEmpty() ? thisMonth : paidMonths.get(0));
    }

    private List<AreaFigures> subdivisionFigures(PublicArea area, Programme programme, YearMonth month) {
        List<RegionSummary> children = areas.subdivisions(area);
        if (children.isEmpty()) {
            return List.of();
        }
        int digits = children.get(0).code().significantDigits().length();
        Map<RegionCode, Figures> figures = ledger.bySubdivision(area.code(), digits, programme, month);
        return children.stream()
                .map(child -> new AreaFigures(child, figures.getOrDefault(child.code(), Figures.NONE)))
                .toList();
    }

    private static Optional<YearMonth> parseMonth(String month) {
        if (month == null || month.length() != 7) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(month));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static int pageNumber(String page) {
        if (page == null || !page.matches("[0-9]{1,6}")) {
            return 0;
        }
        return Integer.parseInt(page);
    }

    /**
     * What the visitor typed, made comparable with the masked names: full-width stars become stars, and no
     * more than a long name's worth of characters is kept.
     */
    static String maskedSearch(String q) {
        if (q == null) {
            return "";
        }
        String text = q.strip().replace('＊', '*').replace('×', '*');
        int[] codePoints = text.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .limit(LONGEST_SEARCH)
                .toArray();
        return new String(codePoints, 0, codePoints.length);
    }

    private static String pageBase(Programme programme, YearMonth month, String search) {
        var query = UriComponentsBuilder.newInstance()
                .queryParam("programme", programme.name())
                .queryParam("month", month.toString());
        if (!search.isEmpty()) {
            query.queryParam("q", search);
        }
        return query.encode().build().toUriString() + "&";
    }

    /** A programme's figures for the statistics page. */
    public record ProgrammeFigures(Programme programme, Figures figures) {}

    /** A month's figures for the statistics page. */
    public record MonthFigures(YearMonth month, Figures figures) {}
}
