package org.minzheng.eldercare.bed;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.minzheng.attachment.Attachments;
import org.minzheng.attachment.StoredFile;
import org.minzheng.attachment.UploadRefused;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.region.RegionSummary;
import org.minzheng.region.Regions;
import org.minzheng.shared.RegionLevel;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
import org.minzheng.shared.web.PageLinks;
import org.minzheng.shared.web.YuanFormat;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
 * 家庭养老床位 in the console: the list within the staff member's area and its export, a new bed, one bed with its
 * completion photos, and its next step or its end.
 */
@Controller
@RequestMapping("/console/eldercare/beds")
@PreAuthorize("hasAuthority('eldercare:bed:view')")
class BedController {

    private static final int PAGE_SIZE = 20;
    private static final int EXPORT_LIMIT = 10_000;
    private static final int MAX_QUANTITY = 99;
    private static final long MAX_CO_PAYMENT_YUAN = 1_000_000;
    private static final String BASE = "/console/eldercare/beds";
    private static final String MANAGE = "hasAuthority('eldercare:bed:manage')";
    private static final String ACCEPT = "hasAuthority('eldercare:bed:accept')";

    /** Common reasons offered as suggestions when a bed's service ends; staff may write any other. */
    private static final List<String> CLOSING_REASONS = List.of(
            "eldercare.bed.closingReason.death",
            "eldercare.bed.closingReason.movedAway",
            "eldercare.bed.closingReason.institution",
            "eldercare.bed.closingReason.ownRequest");

    private final BedRepository beds;
    private final BedService service;
    private final Regions regions;
    private final Messages messages;
    private final Attachments attachments;
    private final AuditLog audit;

    BedController(
            BedRepository beds,
            BedService service,
            Regions regions,
            Messages messages,
            Attachments attachments,
            AuditLog audit) {
        this.beds = beds;
        this.service = service;
        this.regions = regions;
        this.messages = messages;
        this.attachments = attachments;
        this.audit = audit;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String village,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var search = new BedSearch(status, village);
        Page<BedListing> found =
                beds.search(search, CurrentStaff.scope(), PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("search", search);
        model.addAttribute("statuses", BedStatus.values());
        List<RegionSummary> villages = villages(CurrentStaff.scope());
        model.addAttribute("villages", villages);
        model.addAttribute("villageNames", villageNames(villages));
        model.addAttribute("rows", found.getContent());
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute("pageBase", "?" + query(search) + "&");
        model.addAttribute("exportLink", BASE + "/export?" + query(search));
        return "eldercare/bed/list";
    }

    @GetMapping("/export")
    void export(
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String village,
            HttpServletResponse response) {
        var search = new BedSearch(status, village);
        DataScope scope = CurrentStaff.scope();
        Map<String, String> names = villageNames(villages(scope));
        List<BedExportRow> rows = beds.export(search, scope, EXPORT_LIMIT);
        audit.record(AuditEvent.operation(
                        "eldercare.bed.export",
                        "eldercare.bed",
                        null,
                        CurrentStaff.require().regionCode())
                .withDetail(rows.size() + " rows, " + query(search)));
        ExcelExport.write(
                response,
                messages.get("eldercare.bed.export.file"),
                List.of(
                        messages.get("eldercare.bed.export.id"),
                        messages.get("eldercare.bed.elder"),
                        messages.get("eldercare.bed.village"),
                        messages.get("eldercare.bed.provider"),
                        messages.get("eldercare.bed.export.contract"),
                        messages.get("eldercare.bed.status"),
                        messages.get("eldercare.bed.export.createdOn"),
                        messages.get("eldercare.bed.export.acceptedOn"),
                        messages.get("eldercare.bed.total"),
                        messages.get("eldercare.bed.subsidy"),
                        messages.get("eldercare.bed.coPaymentYuan")),
                rows.stream()
                        .map(row -> List.<Object>of(
                                row.id(),
                                row.elderName(),
                                names.getOrDefault(row.regionCode(), row.regionCode()),
                                row.providerName(),
                                row.contractNumber(),
                                messages.get(row.status().messageKey()),
                                row.createdOn().toString(),
                                row.acceptedOn() == null ? "" : row.acceptedOn().toString(),
                                BigDecimal.valueOf(row.totalFen(), 2),
                                BigDecimal.valueOf(row.subsidyFen(), 2),
                                BigDecimal.valueOf(row.coPaymentFen(), 2)))
                        .toList());
    }

    @GetMapping("/new")
    @PreAuthorize(MANAGE)
    String newForm(Model model) {
        return newBed(model, NewBedForm.empty());
    }

    @PostMapping
    @PreAuthorize(MANAGE)
    String create(
            @Valid @ModelAttribute("bedForm") NewBedForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return newBed(model, form);
        }
        try {
            long id = service.establish(
                    form.elderId(),
                    form.providerId(),
                    CurrentStaff.scope(),
                    CurrentStaff.require().username());
            redirect.addFlashAttribute("flashSuccess", messages.get("eldercare.bed.flash.created"));
            return "redirect:" + BASE + "/" + id;
        } catch (BedRefusedException refused) {
            model.addAttribute("refusal", messages.get(refused.messageKey(), refused.args()));
            return newBed(model, form);
        }
    }

    private String newBed(Model model, NewBedForm form) {
        DataScope scope = CurrentStaff.scope();
        model.addAttribute("bedForm", form);
        model.addAttribute("elders", beds.elderChoices(scope));
        model.addAttribute("providers", beds.providerChoices(scope, service.today()));
        return "eldercare/bed/new";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return page(visible(id), model);
    }

    /** The bed's page; forms already in the model (re-shown with their errors) are kept. */
    private String page(BedDetails bed, Model model) {
        long id = bed.id();
        List<PlanLine> lines = beds.lines(id);
        Map<Long, PlanLine> chosen = new HashMap<>();
        lines.forEach(line -> chosen.put(line.itemId(), line));
        model.addAttribute("bed", bed);
        model.addAttribute("villageName", regions.nameOf(bed.region()));
        model.addAttribute("lines", lines);
        model.addAttribute("split", service.cap().split(lines));
        model.addAttribute("capYuan", YuanFormat.INSTANCE.of(service.cap().capFen()));
        model.addAttribute("catalogue", beds.catalogue());
        model.addAttribute("chosen", chosen);
        model.addAttribute("yuan", YuanFormat.INSTANCE);
        model.addAttribute("photos", service.photos(id));
        model.addAttribute("closingReasons", CLOSING_REASONS);
        if (!model.containsAttribute("acceptanceForm")) {
            model.addAttribute("acceptanceForm", new AcceptanceForm(""));
        }
        if (!model.containsAttribute("cancelForm")) {
            model.addAttribute("cancelForm", CancelForm.empty());
        }
        if (!model.containsAttribute("closingForm")) {
            model.addAttribute("closingForm", ClosingForm.startingOn(service.today()));
        }
        return "eldercare/bed/show";
    }

    /** Reads {@code quantity.<item>} and {@code coPayment.<item>} (whole yuan) for every catalogue item. */
    @PostMapping("/{id}/plan")
    @PreAuthorize(MANAGE)
    String plan(@PathVariable long id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        BedDetails bed = visible(id);
        List<PlanLine> lines = new ArrayList<>();
        for (CatalogueItem item : beds.catalogue()) {
            Long quantity = whole(params.get("quantity." + item.id()), MAX_QUANTITY);
            Long coPayment = whole(params.get("coPayment." + item.id()), MAX_CO_PAYMENT_YUAN);
            if (quantity == null || coPayment == null) {
                redirect.addFlashAttribute("flashError", messages.get("eldercare.bed.refused.number", item.name()));
                return "redirect:" + BASE + "/" + id;
            }
            if (quantity > 0) {
                lines.add(new PlanLine(
                        item.id(),
                        item.name(),
                        item.unit(),
                        quantity.intValue(),
                        item.unitPriceFen(),
                        coPayment * 100));
            } else if (coPayment > 0) {
                redirect.addFlashAttribute(
                        "flashError", messages.get("eldercare.bed.refused.lineCoPayment", item.name()));
                return "redirect:" + BASE + "/" + id;
            }
        }
        return step(id, redirect, "eldercare.bed.flash.planned", () -> {
            var split = service.plan(bed, lines, CurrentStaff.require().username());
            return new Object[] {
                YuanFormat.INSTANCE.of(split.subsidyFen()), YuanFormat.INSTANCE.of(split.coPaymentFen())
            };
        });
    }

    @PostMapping("/{id}/works")
    @PreAuthorize(MANAGE)
    String orderWorks(@PathVariable long id, RedirectAttributes redirect) {
        BedDetails bed = visible(id);
        return step(id, redirect, "eldercare.bed.flash.worksOrdered", () -> {
            service.orderWorks(bed, CurrentStaff.require().username());
            return new Object[0];
        });
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize(ACCEPT)
    String accept(
            @PathVariable long id,
            @Valid @ModelAttribute("acceptanceForm") AcceptanceForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        BedDetails bed = visible(id);
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("flashError", messages.get("eldercare.bed.refused.note"));
            return "redirect:" + BASE + "/" + id;
        }
        return step(id, redirect, "eldercare.bed.flash.accepted", () -> {
            service.accept(bed, form.note(), CurrentStaff.require().username());
            return new Object[0];
        });
    }

    @PostMapping("/{id}/photos")
    @PreAuthorize(MANAGE)
    String uploadPhotos(
            @PathVariable long id,
            @RequestParam(name = "photos", required = false) List<MultipartFile> files,
            RedirectAttributes redirect) {
        BedDetails bed = visible(id);
        List<BedService.NamedContent> photos = new ArrayList<>();
        try {
            for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
                if (!file.isEmpty()) {
                    photos.add(new BedService.NamedContent(
                            file.getOriginalFilename(),
                            new BufferedInputStream(file.getInputStream()),
                            file.getSize()));
                }
            }
            return step(id, redirect, "eldercare.bed.flash.photosAdded", () -> {
                try {
                    return new Object[] {service.addPhotos(bed, photos).size()};
                } catch (UploadRefused refused) {
                    throw new BedRefusedException(
                            "eldercare.bed.refused.upload", messages.get(refused.messageKey(), refused.arguments()));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read an uploaded photo", e);
        } finally {
            photos.forEach(BedController::closeQuietly);
        }
    }

    /** Served only through a bed within the staff member's area, with the type its content showed, never sniffed. */
    @GetMapping("/{id}/photos/{photo}")
    void photo(@PathVariable long id, @PathVariable String photo, HttpServletResponse response) throws IOException {
        StoredFile stored = photoOf(visible(id), photo);
        boolean picture = WorksPhoto.MEDIA_TYPES.contains(stored.mediaType());
        response.setContentType(stored.mediaType());
        response.setContentLengthLong(stored.size());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(
                "Content-Disposition",
                (picture ? ContentDisposition.inline() : ContentDisposition.attachment())
                        .filename(stored.name(), StandardCharsets.UTF_8)
                        .build()
                        .toString());
        try (InputStream content = attachments.open(stored.id())) {
            content.transferTo(response.getOutputStream());
        }
    }

    @PostMapping("/{id}/photos/{photo}/delete")
    @PreAuthorize(MANAGE)
    String removePhoto(@PathVariable long id, @PathVariable String photo, RedirectAttributes redirect) {
        BedDetails bed = visible(id);
        StoredFile stored = photoOf(bed, photo);
        return step(id, redirect, "eldercare.bed.flash.photoRemoved", () -> {
            service.removePhoto(bed, stored.id());
            return new Object[] {stored.name()};
        });
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize(MANAGE)
    String cancel(
            @PathVariable long id,
            @Valid @ModelAttribute("cancelForm") CancelForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        BedDetails bed = visible(id);
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(bed, model);
        }
        return step(id, redirect, "eldercare.bed.flash.cancelled", () -> {
            service.cancel(bed, form.reason(), CurrentStaff.require().username());
            return new Object[0];
        });
    }

    @PostMapping("/{id}/close")
    @PreAuthorize(MANAGE)
    String close(
            @PathVariable long id,
            @Valid @ModelAttribute("closingForm") ClosingForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        BedDetails bed = visible(id);
        if (!errors.hasErrors()) {
            try {
                service.close(
                        bed,
                        form.reason(),
                        form.closedOn(),
                        CurrentStaff.require().username());
                redirect.addFlashAttribute("flashSuccess", messages.get("eldercare.bed.flash.closed"));
                return "redirect:" + BASE + "/" + id;
            } catch (BedRefusedException refused) {
                if (!refused.messageKey().startsWith("eldercare.bed.refused.closedOn")) {
                    redirect.addFlashAttribute("flashError", messages.get(refused.messageKey(), refused.args()));
                    return "redirect:" + BASE + "/" + id;
                }
                errors.rejectValue("closedOn", refused.messageKey(), refused.args(), null);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return page(bed, model);
    }

    private String step(long id, RedirectAttributes redirect, String successKey, Step step) {
        try {
            Object[] args = step.run();
            redirect.addFlashAttribute("flashSuccess", messages.get(successKey, args));
        } catch (BedRefusedException refused) {
            redirect.addFlashAttribute("flashError", messages.get(refused.messageKey(), refused.args()));
        }
        return "redirect:" + BASE + "/" + id;
    }

    private BedDetails visible(long id) {
        return beds.details(id, CurrentStaff.scope()).orElseThrow(() -> new NotFoundException("eldercare bed " + id));
    }

    private StoredFile photoOf(BedDetails bed, String photo) {
        return service.photos(bed.id()).stream()
                .filter(candidate -> candidate.id().toString().equals(photo))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("photo of eldercare bed " + bed.id()));
    }

    private static Map<String, String> villageNames(List<RegionSummary> villages) {
        return villages.stream().collect(Collectors.toMap(v -> v.code().value(), RegionSummary::name));
    }

    private static String query(BedSearch search) {
        return "status=" + encode(search.status()) + "&village=" + encode(search.village());
    }

    private static void closeQuietly(BedService.NamedContent photo) {
        try {
            photo.content().close();
        } catch (IOException e) {
            // The multipart temporary file is removed at the end of the request anyway.
        }
    }

    private List<RegionSummary> villages(DataScope scope) {
        return regions.within(scope).stream()
                .filter(r -> r.level() == RegionLevel.VILLAGE)
                .toList();
    }

    /** A blank field counts as zero; anything but a whole number in range is null. */
    private static Long whole(String text, long max) {
        if (text == null || text.isBlank()) {
            return 0L;
        }
        try {
            long value = Long.parseLong(text.strip());
            return value < 0 || value > max ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    private interface Step {
        Object[] run();
    }
}
