package org.minzheng.assistance.casework;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.minzheng.assistance.CaseNumber;
import org.minzheng.assistance.CaseRefused;
import org.minzheng.assistance.CaseStatus;
import org.minzheng.assistance.Channel;
import org.minzheng.assistance.NewCase;
import org.minzheng.assistance.Programme;
import org.minzheng.attachment.Attachments;
import org.minzheng.region.RegionSummary;
import org.minzheng.region.Regions;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.Masking;
import org.minzheng.shared.PhoneNumber;
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
import org.springframework.data.domain.Pageable;
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

/** The staff inbox of assistance cases: the region's cases, one case with its history, decisions, 代办 entry. */
@Controller
@RequestMapping(CaseController.BASE)
@PreAuthorize("hasAuthority('assistance:case:view')")
class CaseController {

    static final String BASE = "/console/assistance/cases";
    private static final int PAGE_SIZE = 20;
    private static final int EXPORT_LIMIT = 10_000;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final CaseHandling handling;
    private final CaseService cases;
    private final Regions regions;
    private final Messages messages;
    private final Attachments attachments;
    private final Decisions decisions;
    private final CaseFile caseFile;

    CaseController(
            CaseHandling handling,
            CaseService cases,
            Regions regions,
            Messages messages,
            Attachments attachments,
            Decisions decisions,
            CaseFile caseFile) {
        this.attachments = attachments;
        this.decisions = decisions;
        this.caseFile = caseFile;
        this.handling = handling;
        this.cases = cases;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String programme,
            @RequestParam(defaultValue = "") String village,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        DataScope scope = CurrentStaff.scope();
        CaseSearch search = resolve(status, programme, village, overdue);
        Page<CaseRow> found = handling.search(search, scope, today(), PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("search", search);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("programmes", Programme.values());
        model.addAttribute("villages", regions.namesOf(handling.villagesWithCases(scope)));
        model.addAttribute("results", found.getContent());
        model.addAttribute("villageNames", villageNames(found.getContent()));
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute("query", search.query());
        model.addAttribute("pageBase", "?" + search.query());
        return "assistance/casework/list";
    }

    @GetMapping("/export")
    void export(
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String programme,
            @RequestParam(defaultValue = "") String village,
            @RequestParam(defaultValue = "false") boolean overdue,
            HttpServletResponse response) {
        DataScope scope = CurrentStaff.scope();
        List<CaseRow> rows = handling.search(
                        resolve(status, programme, village, overdue), scope, today(), Pageable.ofSize(EXPORT_LIMIT))
                .getContent();
        Map<RegionCode, String> names = villageNames(rows);
        ExcelExport.write(
                response,
                messages.get("assistance.export.file"),
                List.of(
                        messages.get("assistance.case.number"),
                        messages.get("assistance.case.village"),
                        messages.get("assistance.case.programme"),
                        messages.get("assistance.case.status"),
                        messages.get("assistance.case.applicant"),
                        messages.get("assistance.case.householdSize"),
                        messages.get("assistance.case.submittedAt"),
                        messages.get("assistance.case.deadline"),
                        messages.get("assistance.case.overdue")),
                rows.stream()
                        .map(row -> List.<Object>of(
                                row.number().value(),
                                names.getOrDefault(row.village(), row.village().value()),
                                messages.get(row.programme().labelKey()),
                                messages.get(row.status().labelKey()),
                                Masking.name(row.applicantName()),
                                row.householdSize(),
                                DateTimeFormatter.ISO_LOCAL_DATE.format(
                                        row.submittedAt().atZone(CHINA)),
                                row.deadline() == null ? "" : row.deadline().toString(),
                                row.overdue() ? messages.get("assistance.case.overdue") : ""))
                        .toList());
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('assistance:case:handle')")
    String newCase(Model model) {
        model.addAttribute("form", WalkInForm.empty());
        return form(model);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('assistance:case:handle')")
    String enter(
            @Valid @ModelAttribute("form") WalkInForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        DataScope scope = CurrentStaff.scope();
        if (!errors.hasFieldErrors("villageCode") && !isVillageWithin(form.villageCode(), scope)) {
            errors.rejectValue("villageCode", "assistance.form.village.required");
        }
        if (form.channel() == Channel.PORTAL) {
            errors.rejectValue("channel", "assistance.form.channel.required");
        }
        if (errors.hasErrors()) {
            return form(model);
        }
        NewCase application = new NewCase(
                RegionCode.of(form.villageCode()),
                form.programme(),
                form.applicantName(),
                IdNumber.parse(form.idNumber()),
                PhoneNumber.parse(form.phone()),
                form.householdSize(),
                form.reason(),
                List.of(),
                form.channel(),
                CurrentStaff.require().username());
        try {
            CaseNumber number = cases.submit(application, form.idempotencyKey());
            redirect.addFlashAttribute("flashSuccess", messages.get("assistance.entered.flash", number.value()));
            return "redirect:" + BASE + "/" + number.value();
        } catch (CaseRefused refused) {
            errors.reject(refused.messageKey(), refused.args(), null);
            return form(model);
        }
    }

    @GetMapping("/{number}")
    String show(@PathVariable String number, Model model) {
        CaseView view = handling.view(caseNumber(number), CurrentStaff.scope());
        model.addAttribute("view", view);
        model.addAttribute("case", view.stored());
        model.addAttribute("path", regions.path(view.stored().village()));
        model.addAttribute(
                "files",
                attachments.of(
                        CaseService.ATTACHMENT_OWNER, view.stored().number().value()));
        model.addAttribute("today", today());
        model.addAttribute("decidable", view.stored().status() == CaseStatus.SUBMITTED);
        model.addAttribute(
                "waiting",
                CaseRepository.WAITING.contains(view.stored().status().name()));
        caseFile.describe(view.stored(), today(), model);
        return "assistance/casework/show";
    }

    @PostMapping("/{number}/accept")
    @PreAuthorize("hasAuthority('assistance:case:handle')")
    String accept(@PathVariable String number, @ModelAttribute DecisionForm form, RedirectAttributes redirect) {
        CaseNumber id = caseNumber(number);
        return decisions.take(
                id,
                redirect,
                "assistance.accepted.flash",
                () -> handling.accept(id, form.version(), CurrentStaff.scope(), today()));
    }

    @PostMapping("/{number}/return")
    @PreAuthorize("hasAuthority('assistance:case:handle')")
    String returnForMaterial(
            @PathVariable String number,
            @Valid @ModelAttribute DecisionForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        CaseNumber id = caseNumber(number);
        handling.view(id, CurrentStaff.scope());
        return decisions.takeWithNote(
                id,
                errors.hasErrors() ? null : form.note(),
                redirect,
                "assistance.return.note.required",
                "assistance.returned.flash",
                () -> handling.returnForMaterial(id, form.version(), form.note(), CurrentStaff.scope()));
    }

    @PostMapping("/{number}/reject")
    @PreAuthorize("hasAuthority('assistance:case:handle')")
    String reject(
            @PathVariable String number,
            @Valid @ModelAttribute DecisionForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        CaseNumber id = caseNumber(number);
        handling.view(id, CurrentStaff.scope());
        return decisions.takeWithNote(
                id,
                errors.hasErrors() ? null : form.note(),
                redirect,
                "assistance.reject.note.required",
                "assistance.rejected.flash",
                () -> handling.reject(id, form.version(), form.note(), CurrentStaff.scope()));
    }

    private String form(Model model) {
        model.addAttribute(
                "villages",
                regions.within(CurrentStaff.scope()).stream()
                        .filter(region -> region.level() == RegionLevel.VILLAGE)
                        .toList());
        model.addAttribute("programmes", Programme.values());
        model.addAttribute("channels", List.of(Channel.WALK_IN, Channel.PHONE));
        return "assistance/casework/form";
    }

    private boolean isVillageWithin(String code, DataScope scope) {
        return RegionCode.isValid(code)
                && regions.find(RegionCode.of(code), scope)
                        .map(RegionSummary::level)
                        .filter(level -> level == RegionLevel.VILLAGE)
                        .isPresent();
    }

    private Map<RegionCode, String> villageNames(List<CaseRow> rows) {
        return regions.namesOf(rows.stream().map(CaseRow::village).distinct().toList());
    }

    private static CaseSearch resolve(String status, String programme, String village, boolean overdue) {
        String knownStatus = Arrays.stream(CaseStatus.values())
                .map(Enum::name)
                .filter(status::equals)
                .findFirst()
                .orElse("");
        String knownProgramme = Arrays.stream(Programme.values())
                .map(Enum::name)
                .filter(programme::equals)
                .findFirst()
                .orElse("");
        String knownVillage = village.matches("[0-9]{12}") ? village : "";
        return new CaseSearch(knownStatus, knownProgramme, knownVillage, overdue);
    }

    static CaseNumber caseNumber(String text) {
        if (!CaseNumber.isValid(text)) {
            throw new NotFoundException("assistance case");
        }
        return new CaseNumber(text.strip());
    }

    static LocalDate today() {
        return LocalDate.now(CHINA);
    }
}
