package org.minzheng.eldercare.provider;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minzheng.region.RegionSummary;
import org.minzheng.region.Regions;
import org.minzheng.shared.CreditCode;
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
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 居家养老服务商 in the console: the list of the providers within the staff member's area, one provider with
 * its contracts, service area, caregivers and complaints, and the forms that change them. Changes are for
 * staff whose area holds the provider's county.
 */
@Controller
@RequestMapping("/console/eldercare/providers")
@PreAuthorize("hasAuthority('eldercare:provider:view')")
class ProviderController {

    private static final int PAGE_SIZE = 20;
    private static final int EXPORT_LIMIT = 10_000;
    private static final String BASE = "/console/eldercare/providers";
    private static final String MANAGE = "hasAuthority('eldercare:provider:manage')";
    /** The shape of a staff user name (staff.accounts). */
    private static final String USERNAME = "[a-z][a-z0-9_.-]{2,39}";

    private final ProviderRepository providers;
    private final CaregiverRepository caregivers;
    private final CaregiverRecords records;
    private final ProviderService service;
    private final Regions regions;
    private final Messages messages;
    private final Clock clock;

    ProviderController(
            ProviderRepository providers,
            CaregiverRepository caregivers,
            CaregiverRecords records,
            ProviderService service,
            Regions regions,
            Messages messages,
            Clock clock) {
        this.providers = providers;
        this.caregivers = caregivers;
        this.records = records;
        this.service = service;
        this.regions = regions;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String county,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var search = new ProviderSearch(county, status, q);
        Page<ProviderListing> found =
                providers.search(search, CurrentStaff.scope(), today(), PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("search", search);
        model.addAttribute("counties", countyNames(CurrentStaff.scope()));
        model.addAttribute("rows", found.getContent());
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute("pageBase", query(search) + "&");
        model.addAttribute("exportLink", BASE + "/export" + query(search));
        return "eldercare/provider/list";
    }

    @GetMapping("/export")
    void export(
            @RequestParam(defaultValue = "") String county,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String q,
            HttpServletResponse response) {
        var search = new ProviderSearch(county, status, q);
        Map<String, String> counties = countyNames(CurrentStaff.scope());
        List<ProviderListing> rows = providers
                .search(search, CurrentStaff.scope(), today(), PageRequest.of(0, EXPORT_LIMIT))
                .getContent();
        ExcelExport.write(
                response,
                messages.get("eldercare.provider.export.file"),
                List.of(
                        messages.get("eldercare.provider.name"),
                        messages.get("eldercare.provider.creditCode"),
                        messages.get("eldercare.provider.county"),
                        messages.get("eldercare.provider.contract"),
                        messages.get("eldercare.provider.caregivers"),
                        messages.get("eldercare.provider.openComplaints")),
                rows.stream()
                        .map(row -> List.<Object>of(
                                row.name(),
                                row.creditCode(),
                                counties.getOrDefault(row.countyCode(), row.countyCode()),
                                messages.get(
                                        row.contracted()
                                                ? "eldercare.provider.status.contracted"
                                                : "eldercare.provider.status.uncontracted"),
                                row.caregivers(),
                                row.openComplaints()))
                        .toList());
    }

    @GetMapping("/new")
    @PreAuthorize(MANAGE)
    String newForm(Model model) {
        DataScope scope = CurrentStaff.scope();
        String ownCounty =
                scope.root().level() == RegionLevel.COUNTY ? scope.root().value() : "";
        return providerForm(model, ProviderForm.empty(ownCounty), null);
    }

    @PostMapping
    @PreAuthorize(MANAGE)
    String create(
            @Valid @ModelAttribute("providerForm") ProviderForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        check(form, 0, errors);
        if (errors.hasErrors()) {
            return providerForm(model, form, null);
        }
        long id = service.register(form);
        redirect.addFlashAttribute("flashSuccess", messages.get("eldercare.provider.flash.created", form.name()));
        return "redirect:" + BASE + "/" + id;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        ProviderDetails provider = visible(id);
        LocalDate today = today();
        model.addAttribute("provider", provider);
        model.addAttribute("countyName", regions.nameOf(RegionCode.of(provider.countyCode())));
        model.addAttribute(
                "areas",
                service.areas(id).stream()
                        .map(code -> regions.nameOf(RegionCode.of(code)))
                        .toList());
        model.addAttribute("contracts", providers.contracts(id));
        model.addAttribute("caregivers", caregivers.of(id));
        model.addAttribute("complaints", providers.complaints(id));
        model.addAttribute("today", today);
        model.addAttribute("manageable", manageable(provider));
        return "eldercare/provider/show";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(MANAGE)
    String editForm(@PathVariable long id, Model model) {
        ProviderDetails provider = managed(id);
        return providerForm(model, ProviderForm.of(provider, service.areas(id)), provider);
    }

    @PostMapping("/{id}")
    @PreAuthorize(MANAGE)
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("providerForm") ProviderForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ProviderDetails provider = managed(id);
        check(form, id, errors);
        if (errors.hasErrors()) {
            return providerForm(model, form, provider);
        }
        service.revise(id, form);
        redirect.addFlashAttribute("flashSuccess", messages.get("eldercare.provider.flash.updated", form.name()));
        return "redirect:" + BASE + "/" + id;
    }

    @GetMapping("/{id}/contracts/new")
    @PreAuthorize(MANAGE)
    String newContract(@PathVariable long id, Model model) {
        model.addAttribute("provider", managed(id));
        model.addAttribute("contractForm", ContractForm.empty());
        return "eldercare/provider/contract-form";
    }

    @PostMapping("/{id}/contracts")
    @PreAuthorize(MANAGE)
    String addContract(
            @PathVariable long id,
            @Valid @ModelAttribute("contractForm") ContractForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ProviderDetails provider = managed(id);
        if (form.endsBeforeItStarts()) {
            errors.rejectValue("validTo", "eldercare.provider.validation.endBeforeStart");
        }
        if (!errors.hasFieldErrors("number") && providers.contractNumberTaken(id, form.number())) {
            errors.rejectValue("number", "eldercare.provider.validation.contractExists");
        }
        if (errors.hasErrors()) {
            model.addAttribute("provider", provider);
            return "eldercare/provider/contract-form";
        }
        service.sign(provider, form);
        redirect.addFlashAttribute("flashSuccess", messages.get("eldercare.provider.flash.contract", form.number()));
        return "redirect:" + BASE + "/" + id;
    }

    @GetMapping("/{id}/caregivers/new")
    @PreAuthorize(MANAGE)
    String newCaregiver(@PathVariable long id, Model model) {
        model.addAttribute("provider", managed(id));
        model.addAttribute("caregiverForm", CaregiverForm.empty());
        return "eldercare/provider/caregiver-form";
    }

    @PostMapping("/{id}/caregivers")
    @PreAuthorize(MANAGE)
    String addCaregiver(
            @PathVariable long id,
            @Valid @ModelAttribute("caregiverForm") CaregiverForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ProviderDetails provider = managed(id);
        if (form.trainingIncomplete()) {
            errors.rejectValue("course", "eldercare.provider.validation.trainingIncomplete");
        }
        if (form.certificateIncomplete()) {
            errors.rejectValue("certificateNumber", "eldercare.provider.validation.certificateIncomplete");
        }
        if (!errors.hasFieldErrors("idNumber") && caregivers.registered(form.idNumber())) {
            errors.rejectValue("idNumber", "eldercare.provider.validation.caregiverExists");
        }
        if (errors.hasErrors()) {
            model.addAttribute("provider", provider);
            return "eldercare/provider/caregiver-form";
        }
        service.employ(provider, form);
        redirect.addFlashAttribute("flashSuccess", messages.get("eldercare.provider.flash.caregiver", form.name()));
        return "redirect:" + BASE + "/" + id;
    }

    /** One caregiver: training records and certificates, with forms to add more. */
    @GetMapping("/{id}/caregivers/{caregiverId}")
    String caregiver(@PathVariable long id, @PathVariable long caregiverId, Model model) {
        return caregiverPage(visible(id), caregiverId, TrainingForm.empty(), CertificateForm.empty(), model);
    }

    @PostMapping("/{id}/caregivers/{caregiverId}/trainings")
    @PreAuthorize(MANAGE)
    String addTraining(
            @PathVariable long id,
            @PathVariable long caregiverId,
            @Valid @ModelAttribute("trainingForm") TrainingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ProviderDetails provider = managed(id);
        CaregiverView caregiver = caregiverOf(provider, caregiverId);
        if (errors.hasErrors()) {
            return caregiverPage(provider, caregiverId, form, CertificateForm.empty(), model);
        }
        service.train(provider, caregiver.id(), form);
        redirect.addFlashAttribute("flashSuccess", messages.get("eldercare.provider.flash.training"));
        return "redirect:" + BASE + "/" + id + "/caregivers/" + caregiverId;
    }

    @PostMapping("/{id}/caregivers/{caregiverId}/certificates")
    @PreAuthorize(MANAGE)
    String addCertificate(
            @PathVariable long id,
            @PathVariable long caregiverId,
            @Valid @ModelAttribute("certificateForm") CertificateForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ProviderDetails provider = managed(id);
        CaregiverView caregiver = caregiverOf(provider, caregiverId);
        if (!errors.hasFieldErrors("number")
                && !errors.hasErrors()
                && !service.certify(provider, caregiver.id(), form)) {
            errors.rejectValue("number", "eldercare.provider.validation.certificateExists");
        }
        if (errors.hasErrors()) {
            return caregiverPage(provider, caregiverId, TrainingForm.empty(), form, model);
        }
        redirect.addFlashAttribute("flashSuccess", messages.get("eldercare.provider.flash.certificate"));
        return "redirect:" + BASE + "/" + id + "/caregivers/" + caregiverId;
    }

    private String caregiverPage(
            ProviderDetails provider,
            long caregiverId,
            TrainingForm training,
            CertificateForm certificate,
            Model model) {
        CaregiverView caregiver = caregiverOf(provider, caregiverId);
        model.addAttribute("provider", provider);
        model.addAttribute("caregiver", caregiver);
        model.addAttribute("trainings", records.trainings(caregiverId));
        model.addAttribute("certificates", records.certificates(caregiverId));
        model.addAttribute("trainingForm", training);
        model.addAttribute("certificateForm", certificate);
        model.addAttribute("today", today());
        model.addAttribute("manageable", manageable(provider) && caregiver.active());
        return "eldercare/provider/caregiver";
    }

    private CaregiverView caregiverOf(ProviderDetails provider, long caregiverId) {
        return caregivers.of(provider.id()).stream()
                .filter(c -> c.id() == caregiverId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("caregiver"));
    }

    /** The staff account (role 居家养老护理员) the caregiver signs in with on the phone; blank unlinks it. */
    @PostMapping("/{id}/caregivers/{caregiverId}/account")
    @PreAuthorize(MANAGE)
    String caregiverAccount(
            @PathVariable long id,
            @PathVariable long caregiverId,
            @RequestParam(defaultValue = "") String username,
            RedirectAttributes redirect) {
        ProviderDetails provider = managed(id);
        String name = username.strip();
        if (!name.isEmpty() && !name.matches(USERNAME)) {
            redirect.addFlashAttribute("flashError", messages.get("eldercare.provider.caregiver.account.invalid"));
        } else if (!service.link(provider, caregiverId, name.isEmpty() ? null : name)) {
            redirect.addFlashAttribute("flashError", messages.get("eldercare.provider.caregiver.account.taken", name));
        } else {
            redirect.addFlashAttribute(
                    "flashSuccess",
                    name.isEmpty()
                            ? messages.get("eldercare.provider.caregiver.account.unlinked")
                            : messages.get("eldercare.provider.caregiver.account.linked", name));
        }
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping("/{id}/caregivers/{caregiverId}/leave")
    @PreAuthorize(MANAGE)
    String caregiverLeft(@PathVariable long id, @PathVariable long caregiverId, RedirectAttributes redirect) {
        if (!service.release(managed(id), caregiverId)) {
            throw new NotFoundException("caregiver");
        }
        redirect.addFlashAttribute("flashSuccess", messages.get("eldercare.provider.flash.caregiverLeft"));
        return "redirect:" + BASE + "/" + id;
    }

    @GetMapping("/{id}/complaints/new")
    @PreAuthorize(MANAGE)
    String newComplaint(@PathVariable long id, Model model) {
        return complaintForm(model, managed(id), ComplaintForm.empty());
    }

    @PostMapping("/{id}/complaints")
    @PreAuthorize(MANAGE)
    String addComplaint(
            @PathVariable long id,
            @Valid @ModelAttribute("complaintForm") ComplaintForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ProviderDetails provider = managed(id);
        if (form.caregiverId() != null && !caregivers.belongsTo(form.caregiverId(), id)) {
            errors.rejectValue("caregiverId", "eldercare.provider.validation.required");
        }
        if (errors.hasErrors()) {
            return complaintForm(model, provider, form);
        }
        service.receive(provider, form);
        redirect.addFlashAttribute("flashSuccess", messages.get("eldercare.provider.flash.complaint"));
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping("/{id}/complaints/{complaintId}/close")
    @PreAuthorize(MANAGE)
    String closeComplaint(
            @PathVariable long id,
            @PathVariable long complaintId,
            @Valid @ModelAttribute("closingForm") ClosingForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        ProviderDetails provider = managed(id);
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("flashError", messages.get("eldercare.provider.flash.closingRefused"));
        } else if (!service.close(provider, complaintId, form)) {
            throw new NotFoundException("complaint");
        } else {
            redirect.addFlashAttribute("flashSuccess", messages.get("eldercare.provider.flash.complaintClosed"));
        }
        return "redirect:" + BASE + "/" + id;
    }

    private String complaintForm(Model model, ProviderDetails provider, ComplaintForm form) {
        model.addAttribute("provider", provider);
        model.addAttribute("complaintForm", form);
        model.addAttribute(
                "caregiverOptions",
                caregivers.of(provider.id()).stream()
                        .filter(CaregiverView::active)
                        .toList());
        return "eldercare/provider/complaint-form";
    }

    private String providerForm(Model model, ProviderForm form, ProviderDetails provider) {
        DataScope scope = CurrentStaff.scope();
        model.addAttribute("providerForm", form);
        model.addAttribute("provider", provider);
        model.addAttribute("counties", countyNames(scope));
        model.addAttribute("townships", townships(scope));
        return "eldercare/provider/form";
    }

    /** The rules Bean Validation cannot see: the check character, a unique code, an area inside the county. */
    private void check(ProviderForm form, long id, BindingResult errors) {
        if (!errors.hasFieldErrors("creditCode")) {
            if (!CreditCode.isValid(form.creditCode())) {
                errors.rejectValue("creditCode", "eldercare.provider.validation.creditCode");
            } else if (providers.creditCodeTaken(form.creditCode(), id)) {
                errors.rejectValue("creditCode", "eldercare.provider.validation.creditCodeExists");
            }
        }
        Map<String, String> counties = countyNames(CurrentStaff.scope());
        if (!errors.hasFieldErrors("countyCode") && !counties.containsKey(form.countyCode())) {
            errors.rejectValue("countyCode", "eldercare.provider.validation.county");
        }
        if (form.townships().isEmpty()) {
            errors.rejectValue("townships", "eldercare.provider.validation.areaRequired");
        } else if (counties.containsKey(form.countyCode())) {
            String countyPrefix = RegionCode.of(form.countyCode()).significantDigits();
            List<String> known = townships(CurrentStaff.scope()).stream()
                    .map(t -> t.code().value())
                    .toList();
            boolean outside =
                    form.townships().stream().anyMatch(code -> !known.contains(code) || !code.startsWith(countyPrefix));
            if (outside) {
                errors.rejectValue("townships", "eldercare.provider.validation.areaOutside");
            }
        }
    }

    private ProviderDetails visible(long id) {
        return providers.find(id, CurrentStaff.scope()).orElseThrow(() -> new NotFoundException("provider"));
    }

    /** A provider the staff member may change: one of a county within their area. */
    private ProviderDetails managed(long id) {
        ProviderDetails provider = visible(id);
        if (!manageable(provider)) {
            throw new NotFoundException("provider");
        }
        return provider;
    }

    private static boolean manageable(ProviderDetails provider) {
        return CurrentStaff.scope().covers(RegionCode.of(provider.countyCode()));
    }

    private Map<String, String> countyNames(DataScope scope) {
        Map<String, String> names = new LinkedHashMap<>();
        if (scope.root().level().depth() >= RegionLevel.TOWNSHIP.depth()) {
            RegionCode county = scope.root().ancestorAt(RegionLevel.COUNTY);
            names.put(county.value(), regions.nameOf(county));
            return names;
        }
        regions.within(scope).stream()
                .filter(r -> r.level() == RegionLevel.COUNTY)
                .forEach(r -> names.put(r.code().value(), r.name()));
        return names;
    }

    private List<RegionSummary> townships(DataScope scope) {
        return regions.within(scope).stream()
                .filter(r -> r.level() == RegionLevel.TOWNSHIP)
                .toList();
    }

    private static String query(ProviderSearch search) {
        return "?county=" + encode(search.county()) + "&status=" + encode(search.status()) + "&q="
                + encode(search.text());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
