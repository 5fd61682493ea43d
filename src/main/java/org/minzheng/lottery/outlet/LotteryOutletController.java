package org.minzheng.lottery.outlet;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minzheng.lottery.outlet.LotteryOutletRepository.AgreementChoice;
import org.minzheng.lottery.outlet.LotteryOutletRepository.KindCount;
import org.minzheng.lottery.outlet.LotteryOutletRepository.OutletSearch;
import org.minzheng.region.Regions;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.RegionLevel;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
import org.minzheng.shared.web.PageLinks;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** 销售网点: every outlet by type, who opened it and who services it, from opening to closing. */
@Controller
@RequestMapping(LotteryOutletController.BASE)
@PreAuthorize("hasAuthority('lottery:channel:view')")
class LotteryOutletController {

    static final String BASE = "/console/lottery/outlets";
    private static final String CAN_MANAGE = "hasAuthority('lottery:channel:manage')";
    private static final int PAGE_SIZE = 25;
    private static final RegionCode CITY = RegionCode.of("3716");

    private final LotteryOutletRepository repository;
    private final LotteryOutletService service;
    private final Regions regions;
    private final Messages messages;

    LotteryOutletController(
            LotteryOutletRepository repository, LotteryOutletService service, Regions regions, Messages messages) {
        this.repository = repository;
        this.service = service;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String county,
            @RequestParam(required = false) Long partner,
            @RequestParam(required = false) Long team,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "opened") String sort,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        String prefix = CurrentStaff.scope().prefix();
        OutletSearch search = search(kind, county, partner, team, status, year, q, sort);
        Page<Outlet> outlets = repository.search(prefix, search, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("outlets", outlets);
        model.addAttribute("kind", kind);
        model.addAttribute("county", county);
        model.addAttribute("partner", partner);
        model.addAttribute("team", team);
        model.addAttribute("status", search.status() == null ? "" : search.status());
        model.addAttribute("year", year);
        model.addAttribute("q", q);
        model.addAttribute("sort", LotteryOutletRepository.SORTS.containsKey(sort) ? sort : "opened");
        model.addAttribute("sorts", List.of("opened", "oldest", "code", "name", "kind", "region"));
        model.addAttribute("kinds", OutletKind.values());
        model.addAttribute(
                "counties",
                regions.within(CurrentStaff.scope()).stream()
                        .filter(r -> r.level() == RegionLevel.COUNTY)
                        .toList());
        model.addAttribute("partners", repository.partners(prefix));
        model.addAttribute("teams", repository.teams());
        int thisYear = LocalDate.now().getYear();
        model.addAttribute(
                "years",
                java.util.stream.IntStream.iterate(thisYear, y -> y >= thisYear - 15, y -> y - 1)
                        .boxed()
                        .toList());
        Map<OutletKind, KindCount> counts = new EnumMap<>(OutletKind.class);
        for (OutletKind k : OutletKind.values()) {
            counts.put(k, new KindCount(k, 0, 0));
        }
        repository.perKind(prefix).forEach(c -> counts.put(c.kind(), c));
        model.addAttribute("counts", counts.values());
        model.addAttribute(
                "totalOpen", counts.values().stream().mapToInt(KindCount::open).sum());
        model.addAttribute(
                "totalThisYear",
                counts.values().stream().mapToInt(KindCount::openedThisYear).sum());
        model.addAttribute("names", names(outlets.getContent()));
        model.addAttribute("pages", PageLinks.of(outlets));
        String query = UriComponentsBuilder.fromPath("")
                .queryParam("kind", kind)
                .queryParam("county", county)
                .queryParam("partner", partner == null ? "" : partner)
                .queryParam("team", team == null ? "" : team)
                .queryParam("status", search.status() == null ? "" : search.status())
                .queryParam("year", year == null ? "" : year)
                .queryParam("q", q)
                .queryParam("sort", sort)
                .build()
                .encode()
                .toUriString();
        model.addAttribute("pageBase", query + "&");
        model.addAttribute("exportQuery", query);
        return "lottery/outlet/outlets";
    }

    @GetMapping("/export")
    void export(
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String county,
            @RequestParam(required = false) Long partner,
            @RequestParam(required = false) Long team,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "opened") String sort,
            HttpServletResponse response) {
        List<Outlet> outlets = repository
                .search(
                        CurrentStaff.scope().prefix(),
                        search(kind, county, partner, team, status, year, q, sort),
                        Pageable.unpaged())
                .getContent();
        Map<String, String> names = names(outlets);
        List<List<Object>> rows = new ArrayList<>();
        for (Outlet o : outlets) {
            rows.add(List.of(
                    o.code(),
                    o.name(),
                    messages.get(o.kindKey()),
                    messages.get(o.newChannel() ? "lottery.outlet.newChannel" : "lottery.outlet.traditional"),
                    o.address(),
                    names.get(o.regionCode()),
                    o.partnerName() == null ? "" : o.partnerName(),
                    o.agreementNumber() == null ? "" : o.agreementNumber(),
                    o.openedOn().toString(),
                    o.closedOn() == null ? "" : o.closedOn().toString(),
                    o.openedByTeamName() + (o.openedByMemberName() == null ? "" : " / " + o.openedByMemberName()),
                    o.servicedByTeamName() + (o.servicedByMemberName() == null ? "" : " / " + o.servicedByMemberName()),
                    o.areaName() == null ? "" : o.areaName()));
        }
        ExcelExport.write(
                response,
                messages.get("lottery.outlet.export.name"),
                List.of(
                        messages.get("lottery.outlet.code"),
                        messages.get("lottery.outlet.name"),
                        messages.get("lottery.outlet.kind"),
                        messages.get("lottery.outlet.channel"),
                        messages.get("lottery.outlet.address"),
                        messages.get("lottery.outlet.region"),
                        messages.get("lottery.outlet.partner"),
                        messages.get("lottery.outlet.agreement"),
                        messages.get("lottery.outlet.openedOn"),
                        messages.get("lottery.outlet.closedOnLabel"),
                        messages.get("lottery.outlet.openedBy"),
                        messages.get("lottery.outlet.servicedBy"),
                        messages.get("lottery.outlet.area")),
                rows);
    }

    @GetMapping("/new")
    @PreAuthorize(CAN_MANAGE)
    String newForm(@RequestParam(required = false) Long partner, Model model) {
        model.addAttribute("lotteryOutletForm", LotteryOutletForm.empty(partner));
        return form(model, null);
    }

    @PostMapping
    @PreAuthorize(CAN_MANAGE)
    String create(
            @Valid @ModelAttribute("lotteryOutletForm") LotteryOutletForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        check(form, errors, null);
        if (errors.hasErrors()) {
            return form(model, null);
        }
        long id = service.open(form, CurrentStaff.require().username());
        redirect.addFlashAttribute(
                "flashSuccess",
                messages.get(
                        "lottery.outlet.flash.opened",
                        form.code().strip(),
                        form.name().strip()));
        return "redirect:" + BASE + "/" + id;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Outlet outlet = visible(id);
        model.addAttribute("outlet", outlet);
        model.addAttribute("names", names(List.of(outlet)));
        model.addAttribute("today", LocalDate.now());
        return "lottery/outlet/outlet";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(CAN_MANAGE)
    String editForm(@PathVariable long id, Model model) {
        Outlet outlet = visible(id);
        model.addAttribute("lotteryOutletForm", LotteryOutletForm.of(outlet));
        return form(model, outlet);
    }

    @PostMapping("/{id}")
    @PreAuthorize(CAN_MANAGE)
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("lotteryOutletForm") LotteryOutletForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Outlet outlet = visible(id);
        check(form, errors, outlet);
        if (!errors.hasFieldErrors("openedOn")
                && outlet.closedOn() != null
                && form.openedOn().isAfter(outlet.closedOn())) {
            errors.rejectValue("openedOn", "lottery.outlet.validation.openedAfterClose");
        }
        if (errors.hasErrors()) {
            return form(model, outlet);
        }
        service.update(outlet, form);
        redirect.addFlashAttribute(
                "flashSuccess",
                messages.get("lottery.outlet.flash.updated", form.code().strip()));
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping("/{id}/close")
    @PreAuthorize(CAN_MANAGE)
    String close(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closedOn,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        Outlet outlet = visible(id);
        String text = reason.strip();
        String refusal = null;
        if (!outlet.open()) {
            refusal = "lottery.outlet.close.already";
        } else if (closedOn == null || closedOn.isAfter(LocalDate.now())) {
            refusal = "lottery.outlet.close.date";
        } else if (closedOn.isBefore(outlet.openedOn())) {
            refusal = "lottery.outlet.close.beforeOpening";
        } else if (text.isEmpty() || text.length() > 200 || text.chars().anyMatch(c -> c == '<' || c == '>')) {
            refusal = "lottery.outlet.close.reason";
        }
        if (refusal != null) {
            redirect.addFlashAttribute("flashError", messages.get(refusal, outlet.openedOn()));
        } else {
            service.close(outlet, closedOn, text);
            redirect.addFlashAttribute("flashSuccess", messages.get("lottery.outlet.flash.closed", outlet.code()));
        }
        return "redirect:" + BASE + "/" + id;
    }

    private void check(LotteryOutletForm form, BindingResult errors, Outlet existing) {
        String prefix = CurrentStaff.scope().prefix();
        if (!errors.hasFieldErrors("kind") && OutletKind.parse(form.kind()) == null) {
            errors.rejectValue("kind", "lottery.outlet.validation.kind");
        }
        if (!errors.hasFieldErrors("code")
                && repository.codeTaken(form.code().strip(), existing == null ? null : existing.id())) {
            errors.rejectValue("code", "lottery.outlet.validation.duplicate");
        }
        if (!errors.hasFieldErrors("regionCode")) {
            String code = form.regionCode();
            boolean ok = code.length() == 12
                    && RegionCode.isValid(code)
                    && CITY.contains(RegionCode.of(code))
                    && RegionCode.of(code).level() != RegionLevel.CITY
                    && regions.find(RegionCode.of(code), CurrentStaff.scope()).isPresent();
            if (!ok) {
                errors.rejectValue("regionCode", "lottery.validation.region");
            }
        }
        if (form.partnerId() != null
                && repository.partner(form.partnerId(), prefix).isEmpty()) {
            errors.rejectValue("partnerId", "lottery.outlet.validation.partner");
        }
        if (form.agreementId() != null) {
            AgreementChoice agreement = repository.agreements(prefix).stream()
                    .filter(a -> a.id() == form.agreementId())
                    .findFirst()
                    .orElse(null);
            boolean unchanged = existing != null && form.agreementId().equals(existing.agreementId());
            if (agreement == null || form.partnerId() == null || agreement.partnerId() != form.partnerId()) {
                errors.rejectValue("agreementId", "lottery.outlet.validation.agreementPartner");
            } else if (form.openedOn() != null
                    && (!agreement.inForceOn(form.openedOn())
                            || (!unchanged && !"ACTIVE".equals(agreement.status())))) {
                errors.rejectValue(
                        "agreementId",
                        "lottery.outlet.validation.agreementInForce",
                        new Object[] {agreement.number(), agreement.validFrom(), agreement.validTo()},
                        null);
            }
        }
        member(form.openedByTeamId(), form.openedByMemberId(), "openedByTeamId", "openedByMemberId", errors);
        member(form.servicedByTeamId(), form.servicedByMemberId(), "servicedByTeamId", "servicedByMemberId", errors);
    }

    private void member(Long teamId, Long memberId, String teamField, String memberField, BindingResult errors) {
        if (teamId == null) {
            return;
        }
        if (repository.teams().stream().noneMatch(t -> t.id() == teamId)) {
            errors.rejectValue(teamField, "lottery.outlet.validation.team");
            return;
        }
        if (memberId != null && !repository.teamOf(memberId).map(teamId::equals).orElse(false)) {
            errors.rejectValue(memberField, "lottery.outlet.validation.memberTeam");
        }
    }

    private String form(Model model, Outlet outlet) {
        String prefix = CurrentStaff.scope().prefix();
        model.addAttribute("outlet", outlet);
        model.addAttribute("kinds", OutletKind.values());
        model.addAttribute("partners", repository.partners(prefix));
        model.addAttribute("agreements", repository.agreements(prefix));
        var teams = repository.teams();
        model.addAttribute("teams", teams);
        model.addAttribute("members", repository.members());
        Map<Long, String> teamNames = new HashMap<>();
        teams.forEach(t -> teamNames.put(t.id(), t.label()));
        model.addAttribute("teamNames", teamNames);
        model.addAttribute(
                "regionChoices",
                regions.within(CurrentStaff.scope()).stream()
                        .filter(r -> r.level() == RegionLevel.COUNTY || r.level() == RegionLevel.TOWNSHIP)
                        .filter(r -> CITY.contains(r.code()))
                        .toList());
        return "lottery/outlet/outlet-form";
    }

    private Outlet visible(long id) {
        return repository
                .find(id, CurrentStaff.scope().prefix())
                .orElseThrow(() -> new NotFoundException("outlet " + id));
    }

    private Map<String, String> names(List<Outlet> outlets) {
        Map<String, String> names = new HashMap<>();
        for (Outlet o : outlets) {
            names.computeIfAbsent(o.regionCode(), c -> regions.nameOf(RegionCode.of(c)));
            String county =
                    RegionCode.of(o.regionCode()).ancestorAt(RegionLevel.COUNTY).value();
            names.computeIfAbsent(county, c -> regions.nameOf(RegionCode.of(c)));
        }
        return names;
    }

    private static OutletSearch search(
            String kind, String county, Long partner, Long team, String status, Integer year, String q, String sort) {
        String countyDigits =
                RegionCode.isValid(county) && RegionCode.of(county).level() == RegionLevel.COUNTY
                        ? RegionCode.of(county).significantDigits()
                        : null;
        String state = "open".equals(status) || "closed".equals(status) ? status : null;
        return new OutletSearch(OutletKind.parse(kind), countyDigits, partner, team, state, year, q, sort);
    }
}
