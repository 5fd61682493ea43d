package org.minzheng.rescue.cases;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.minzheng.attachment.Attachments;
import org.minzheng.attachment.StoredFile;
import org.minzheng.attachment.UploadRefused;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.region.RegionSummary;
import org.minzheng.region.Regions;
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
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 受助人员 in the console: the list with its stay flags and export, 受助登记 (made to work on a phone with scripts
 * off), one case with its stay counter and the steps of the stay, and the printed intake record.
 */
@Controller
@RequestMapping(RescueCaseController.BASE)
@PreAuthorize("hasAuthority('rescue:case:view')")
class RescueCaseController {

    static final String BASE = "/console/rescue/cases";
    private static final String MANAGE = "hasAuthority('rescue:case:manage')";
    private static final int PAGE_SIZE = 20;
    private static final int EXPORT_LIMIT = 10_000;

    private final RescueCaseRepository cases;
    private final RescueCaseService service;
    private final Regions regions;
    private final Attachments attachments;
    private final Messages messages;
    private final AuditLog audit;

    RescueCaseController(
            RescueCaseRepository cases,
            RescueCaseService service,
            Regions regions,
            Attachments attachments,
            Messages messages,
            AuditLog audit) {
        this.cases = cases;
        this.service = service;
        this.regions = regions;
        this.attachments = attachments;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) Long station,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String identity,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "admitted") String sort,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var search = new CaseSearch(station, status, identity, q, from, to, sort);
        DataScope scope = CurrentStaff.scope();
        Page<CaseRow> found = cases.search(
                search, scope, service.today(), service.now(), PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("search", search);
        model.addAttribute("stations", cases.stations(scope));
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("identities", IdentityStatus.values());
        model.addAttribute("summary", cases.summary(scope, station, service.today()));
        model.addAttribute("rows", found.getContent());
        model.addAttribute("total", found.getTotalElements());
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute("pageBase", "?" + query(search) + "&");
        model.addAttribute("exportLink", BASE + "/export?" + query(search));
        model.addAttribute("times", CaseTime.INSTANCE);
        return "rescue/case/list";
    }

    @GetMapping("/export")
    void export(
            @RequestParam(required = false) Long station,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String identity,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "admitted") String sort,
            HttpServletResponse response) {
        var search = new CaseSearch(station, status, identity, q, from, to, sort);
        List<CaseRow> rows = cases.export(search, CurrentStaff.scope(), service.today(), service.now(), EXPORT_LIMIT);
        audit.record(AuditEvent.operation(
                        "rescue.case.export",
                        "rescue.case",
                        null,
                        CurrentStaff.require().regionCode())
                .withDetail(rows.size() + " rows, " + query(search)));
        ExcelExport.write(
                response,
                messages.get("rescue.case.export.file"),
                List.of(
                        messages.get("rescue.case.number"),
                        messages.get("rescue.case.station"),
                        messages.get("rescue.case.name"),
                        messages.get("rescue.case.sex"),
                        messages.get("rescue.case.age"),
                        messages.get("rescue.case.identityStatus"),
                        messages.get("rescue.case.idNumber"),
                        messages.get("rescue.case.health"),
                        messages.get("rescue.case.status"),
                        messages.get("rescue.case.admittedAt"),
                        messages.get("rescue.case.days"),
                        messages.get("rescue.case.limit"),
                        messages.get("rescue.case.flags")),
                rows.stream()
                        .map(row -> List.<Object>of(
                                row.number(),
                                row.stationName(),
                                row.name() == null ? messages.get("rescue.case.unnamed") : row.name(),
                                messages.get("rescue.case.sex." + row.sex()),
                                row.age() == null ? "" : row.age(),
                                messages.get(row.identityStatus().messageKey()),
                                row.idNumberMasked() == null ? "" : row.idNumberMasked(),
                                messages.get(row.health().messageKey()),
                                messages.get(row.status().messageKey()),
                                CaseTime.INSTANCE.of(row.admittedAt()),
                                row.stay().days(),
                                row.stay().limit(),
                                flags(row.stay())))
                        .toList());
    }

    @GetMapping("/new")
    @PreAuthorize(MANAGE)
    String newForm(Model model) {
        List<StationChoice> stations = cases.stations(CurrentStaff.scope());
        String own = RegionCode.of(CurrentStaff.require().regionCode().value().substring(0, 6))
                .value();
        Long preferred = stations.stream()
                .filter(s -> s.regionCode().equals(own))
                .map(StationChoice::id)
                .findFirst()
                .orElse(stations.size() == 1 ? stations.get(0).id() : null);
        return intake(model, IntakeForm.startingAt(preferred, service.nowInBeijing()));
    }

    @PostMapping
    @PreAuthorize(MANAGE)
    String admit(
            @Valid @ModelAttribute("intakeForm") IntakeForm form,
            BindingResult errors,
            @RequestParam(name = "photo", required = false) MultipartFile photo,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        if (!errors.hasErrors()) {
            try (InputStream content =
                    photo == null || photo.isEmpty() ? null : new BufferedInputStream(photo.getInputStream())) {
                RescueCaseService.Photo upload = content == null
                        ? null
                        : new RescueCaseService.Photo(photo.getOriginalFilename(), content, photo.getSize());
                RescueCase admitted = service.admit(
                        form,
                        upload,
                        CurrentStaff.scope(),
                        CurrentStaff.require().username());
                redirect.addFlashAttribute(
                        "flashSuccess", messages.get("rescue.case.flash.admitted", admitted.number()));
                return "redirect:" + BASE + "/" + admitted.id();
            } catch (CaseRefusedException refused) {
                reject(errors, model, refused);
            } catch (UploadRefused refused) {
                model.addAttribute("photoError", messages.get(refused.messageKey(), refused.arguments()));
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return intake(model, form);
    }

    private String intake(Model model, IntakeForm form) {
        DataScope scope = CurrentStaff.scope();
        if (!model.containsAttribute("intakeForm")) {
            model.addAttribute("intakeForm", form);
        }
        model.addAttribute("stations", cases.stations(scope));
        model.addAttribute("townships", townships(scope));
        model.addAttribute("sources", CaseSource.values());
        model.addAttribute("identities", IdentityStatus.values());
        model.addAttribute("healths", HealthStatus.values());
        model.addAttribute("sexes", List.of("M", "F", "U"));
        return "rescue/case/new";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return page(visible(id), model);
    }

    @GetMapping("/{id}/print")
    String print(@PathVariable long id, Model model) {
        RescueCase c = visible(id);
        facts(c, model);
        return "rescue/case/print";
    }

    /** Served only through a case within the staff member's area, with the type its content showed. */
    @GetMapping("/{id}/photo")
    void photo(@PathVariable long id, HttpServletResponse response) throws IOException {
        RescueCase c = visible(id);
        StoredFile stored = attachments.of(CasePhoto.OWNER, String.valueOf(c.id())).stream()
                .filter(f -> f.id().toString().equals(c.photoAttachmentId()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("photo of rescue case " + id));
        response.setContentType(stored.mediaType());
        response.setContentLengthLong(stored.size());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(
                "Content-Disposition",
                ContentDisposition.inline()
                        .filename(stored.name(), StandardCharsets.UTF_8)
                        .build()
                        .toString());
        try (InputStream content = attachments.open(stored.id())) {
            content.transferTo(response.getOutputStream());
        }
    }

    @PostMapping("/{id}/identity")
    @PreAuthorize(MANAGE)
    String identify(
            @PathVariable long id,
            @Valid @ModelAttribute("identityForm") IdentityForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        RescueCase c = visible(id);
        return step(
                c,
                errors,
                model,
                response,
                redirect,
                "rescue.case.flash.identified",
                () -> service.identify(c, form, CurrentStaff.require().username()));
    }

    @PostMapping("/{id}/extensions")
    @PreAuthorize(MANAGE)
    String extend(
            @PathVariable long id,
            @Valid @ModelAttribute("extensionForm") ExtensionForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        RescueCase c = visible(id);
        return step(
                c,
                errors,
                model,
                response,
                redirect,
                "rescue.case.flash.extended",
                () -> service.extend(c, form, CurrentStaff.require().username()));
    }

    @PostMapping("/{id}/referrals")
    @PreAuthorize(MANAGE)
    String refer(
            @PathVariable long id,
            @Valid @ModelAttribute("referralForm") ReferralForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        RescueCase c = visible(id);
        return step(
                c,
                errors,
                model,
                response,
                redirect,
                "rescue.case.flash.referred",
                () -> service.refer(c, form, CurrentStaff.require().username()));
    }

    @PostMapping("/{id}/return")
    @PreAuthorize(MANAGE)
    String returnFromHospital(
            @PathVariable long id,
            @Valid @ModelAttribute("returnForm") HospitalReturnForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        RescueCase c = visible(id);
        return step(
                c,
                errors,
                model,
                response,
                redirect,
                "rescue.case.flash.returned",
                () -> service.returnFromHospital(c, form, CurrentStaff.require().username()));
    }

    @PostMapping("/{id}/release")
    @PreAuthorize(MANAGE)
    String release(
            @PathVariable long id,
            @Valid @ModelAttribute("releaseForm") ReleaseForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        RescueCase c = visible(id);
        return step(
                c,
                errors,
                model,
                response,
                redirect,
                "rescue.case.flash.released",
                () -> service.release(c, form, CurrentStaff.require().username()));
    }

    /** Runs a step of the stay; a form error shows the case page again with the form and its messages. */
    private String step(
            RescueCase c,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String successKey,
            Runnable step) {
        if (!errors.hasErrors()) {
            try {
                step.run();
                redirect.addFlashAttribute("flashSuccess", messages.get(successKey));
                return "redirect:" + BASE + "/" + c.id();
            } catch (CaseRefusedException refused) {
                if (refused.field() == null) {
                    redirect.addFlashAttribute("flashError", messages.get(refused.messageKey(), refused.args()));
                    return "redirect:" + BASE + "/" + c.id();
                }
                errors.rejectValue(refused.field(), refused.messageKey(), refused.args(), null);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return page(c, model);
    }

    private String page(RescueCase c, Model model) {
        facts(c, model);
        List<Referral> referrals = cases.referrals(c.id());
        model.addAttribute("extensions", cases.extensions(c.id()));
        model.addAttribute("referrals", referrals);
        model.addAttribute("trail", cases.trail(c.id()));
        model.addAttribute("identities", IdentityStatus.values());
        model.addAttribute("releaseKinds", ReleaseKind.values());
        model.addAttribute("sexes", List.of("M", "F", "U"));
        if (!model.containsAttribute("identityForm")) {
            model.addAttribute("identityForm", IdentityForm.of(c));
        }
        if (!model.containsAttribute("extensionForm")) {
            model.addAttribute("extensionForm", ExtensionForm.reportedOn(service.today()));
        }
        if (!model.containsAttribute("referralForm")) {
            model.addAttribute("referralForm", ReferralForm.at(service.nowInBeijing()));
        }
        if (!model.containsAttribute("returnForm")) {
            model.addAttribute("returnForm", HospitalReturnForm.at(service.nowInBeijing()));
        }
        if (!model.containsAttribute("releaseForm")) {
            model.addAttribute("releaseForm", ReleaseForm.at(service.nowInBeijing()));
        }
        return "rescue/case/show";
    }

    private void facts(RescueCase c, Model model) {
        model.addAttribute("rescueCase", c);
        model.addAttribute("stay", c.stay(service.now()));
        model.addAttribute("times", CaseTime.INSTANCE);
        model.addAttribute(
                "foundRegionName",
                c.foundRegionCode() == null ? null : regions.nameOf(RegionCode.of(c.foundRegionCode())));
        model.addAttribute(
                "age",
                c.birthDate() != null
                        ? Integer.valueOf(c.birthDate().until(service.today()).getYears())
                        : c.estimatedAge());
    }

    private RescueCase visible(long id) {
        return cases.find(id, CurrentStaff.scope()).orElseThrow(() -> new NotFoundException("rescue case " + id));
    }

    private List<RegionSummary> townships(DataScope scope) {
        return regions.within(scope).stream()
                .filter(r -> r.level() == RegionLevel.TOWNSHIP)
                .toList();
    }

    private String flags(StayLimit.Stay stay) {
        List<String> names = new ArrayList<>();
        if (stay.overdue()) {
            names.add(messages.get("rescue.case.flag.overdue"));
        } else if (stay.dueSoon()) {
            names.add(messages.get("rescue.case.flag.dueSoon"));
        }
        if (stay.stranded()) {
            names.add(messages.get("rescue.case.flag.stranded"));
        }
        if (stay.settlementDue()) {
            names.add(messages.get("rescue.case.flag.settlementDue"));
        } else if (stay.monthReached()) {
            names.add(messages.get("rescue.case.flag.monthReached"));
        }
        return String.join(messages.get("rescue.case.flag.separator"), names);
    }

    private void reject(BindingResult errors, Model model, CaseRefusedException refused) {
        if ("photo".equals(refused.field())) {
            model.addAttribute("photoError", messages.get(refused.messageKey(), refused.args()));
        } else if (refused.field() == null) {
            errors.reject(refused.messageKey(), refused.args(), null);
        } else {
            errors.rejectValue(refused.field(), refused.messageKey(), refused.args(), null);
        }
    }

    private static String query(CaseSearch search) {
        return "station=" + (search.station() == null ? "" : search.station())
                + "&status=" + encode(search.status())
                + "&identity=" + encode(search.identity())
                + "&q=" + encode(search.q())
                + "&from=" + (search.from() == null ? "" : search.from())
                + "&to=" + (search.to() == null ? "" : search.to())
                + "&sort=" + encode(search.sort());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }
}
