package org.minzheng.eldercare.assessment;

import jakarta.validation.Valid;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.minzheng.region.Regions;
import org.minzheng.shared.CreditCode;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.RegionLevel;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
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
 * 评估机构 and their 评估员 in the console. An agency serves the city or one county; staff see and change the
 * agencies of their own area. Agencies and assessors are never deleted, only deactivated, because past
 * assessments name them.
 */
@Controller
@RequestMapping(AssessmentAgencyController.BASE)
@PreAuthorize("hasAuthority('eldercare:agency:view')")
class AssessmentAgencyController {

    static final String BASE = "/console/eldercare/assessment-agencies";
    private static final String MANAGE = "hasAuthority('eldercare:agency:manage')";
    private static final int PAGE_SIZE = 20;

    private final AssessmentAgencyRepository agencies;
    private final AssessmentAgencyService service;
    private final Regions regions;
    private final Messages messages;

    AssessmentAgencyController(
            AssessmentAgencyRepository agencies, AssessmentAgencyService service, Regions regions, Messages messages) {
        this.agencies = agencies;
        this.service = service;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var search = new AgencySearch(q, status);
        Page<AgencyListing> found =
                agencies.search(search, CurrentStaff.scope(), PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("search", search);
        model.addAttribute("rows", found.getContent());
        model.addAttribute("regionNames", servedRegions(CurrentStaff.scope()));
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute("pageBase", "?q=" + encode(search.text()) + "&status=" + encode(search.status()) + "&");
        return "eldercare/assessment/agency-list";
    }

    @GetMapping("/new")
    @PreAuthorize(MANAGE)
    String newForm(Model model) {
        DataScope scope = CurrentStaff.scope();
        return agencyForm(model, AgencyForm.empty(scope.cityWide() ? "" : ownCounty(scope)), null);
    }

    @PostMapping
    @PreAuthorize(MANAGE)
    String create(
            @Valid @ModelAttribute("agencyForm") AgencyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Optional<String> phone = check(form, 0, errors);
        if (errors.hasErrors()) {
            return agencyForm(model, form, null);
        }
        long id = service.register(form, phone.orElse(null));
        redirect.addFlashAttribute("flashSuccess", messages.get("eldercare.agency.flash.created", form.name()));
        return "redirect:" + BASE + "/" + id;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        AgencyDetails agency = visible(id);
        model.addAttribute("agency", agency);
        model.addAttribute("regionName", regions.nameOf(RegionCode.of(agency.regionCode())));
        model.addAttribute("assessors", agencies.assessors(id));
        return "eldercare/assessment/agency-show";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(MANAGE)
    String editForm(@PathVariable long id, Model model) {
        AgencyDetails agency = visible(id);
        return agencyForm(model, AgencyForm.of(agency), agency);
    }

    @PostMapping("/{id}")
    @PreAuthorize(MANAGE)
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("agencyForm") AgencyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        AgencyDetails agency = visible(id);
        Optional<String> phone = check(form, id, errors);
        if (errors.hasErrors()) {
            return agencyForm(model, form, agency);
        }
        service.revise(agency, form, phone.orElse(null));
        redirect.addFlashAttribute("flashSuccess", messages.get("eldercare.agency.flash.updated", form.name()));
        return "redirect:" + BASE + "/" + id;
    }

    @GetMapping("/{id}/assessors/new")
    @PreAuthorize(MANAGE)
    String newAssessor(@PathVariable long id, Model model) {
        model.addAttribute("assessorForm", AssessorForm.empty());
        return assessorForm(model, visible(id));
    }

    @PostMapping("/{id}/assessors")
    @PreAuthorize(MANAGE)
    String addAssessor(
            @PathVariable long id,
            @Valid @ModelAttribute("assessorForm") AssessorForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        AgencyDetails agency = visible(id);
        if (!errors.hasFieldErrors("certificate") && agencies.certificateTaken(form.certificate())) {
            errors.rejectValue("certificate", "eldercare.agency.assessor.certificate.duplicate");
        }
        Optional<String> phone = phone(form.phone(), "phone", errors);
        if (errors.hasErrors()) {
            return assessorForm(model, agency);
        }
        service.appoint(agency, form, phone.orElse(null));
        redirect.addFlashAttribute("flashSuccess", messages.get("eldercare.agency.flash.assessorAdded", form.name()));
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping("/{id}/assessors/{assessorId}/deactivate")
    @PreAuthorize(MANAGE)
    String deactivateAssessor(@PathVariable long id, @PathVariable long assessorId, RedirectAttributes redirect) {
        AgencyDetails agency = visible(id);
        if (!service.deactivate(agency, assessorId)) {
            throw new NotFoundException("assessor");
        }
        redirect.addFlashAttribute("flashSuccess", messages.get("eldercare.agency.flash.assessorDeactivated"));
        return "redirect:" + BASE + "/" + id;
    }

    private String agencyForm(Model model, AgencyForm form, AgencyDetails agency) {
        model.addAttribute("agencyForm", form);
        model.addAttribute("agency", agency);
        model.addAttribute("regionChoices", servedRegions(CurrentStaff.scope()));
        return "eldercare/assessment/agency-form";
    }

    private String assessorForm(Model model, AgencyDetails agency) {
        model.addAttribute("agency", agency);
        return "eldercare/assessment/assessor-form";
    }

    /** Checks what needs the database or the staff member's area; returns the canonical phone if one was given. */
    private Optional<String> check(AgencyForm form, long id, BindingResult errors) {
        if (!errors.hasFieldErrors("name") && agencies.nameTaken(form.name(), id)) {
            errors.rejectValue("name", "eldercare.agency.name.duplicate");
        }
        if (!form.creditCode().isEmpty()) {
            if (!CreditCode.isValid(form.creditCode())) {
                errors.rejectValue("creditCode", "eldercare.agency.creditCode.invalid");
            } else if (agencies.creditCodeTaken(form.creditCode(), id)) {
                errors.rejectValue("creditCode", "eldercare.agency.creditCode.duplicate");
            }
        }
        if (!errors.hasFieldErrors("regionCode")
                && !servedRegions(CurrentStaff.scope()).containsKey(form.regionCode())) {
            errors.rejectValue("regionCode", "eldercare.agency.region.outside");
        }
        return phone(form.contactPhone(), "contactPhone", errors);
    }

    private static Optional<String> phone(String typed, String field, BindingResult errors) {
        if (typed.isEmpty() || errors.hasFieldErrors(field)) {
            return Optional.empty();
        }
        Optional<PhoneNumber> phone = PhoneNumber.tryParse(typed);
        if (phone.isEmpty()) {
            errors.rejectValue(field, "eldercare.agency.phone.invalid");
        }
        return phone.map(PhoneNumber::value);
    }

    private AgencyDetails visible(long id) {
        return agencies.find(id, CurrentStaff.scope()).orElseThrow(() -> new NotFoundException("agency"));
    }

    /** The city (for city-wide staff) and the counties within the area, by code: what an agency may serve. */
    private Map<String, String> servedRegions(DataScope scope) {
        Map<String, String> names = new LinkedHashMap<>();
        regions.within(scope).stream()
                .filter(r -> r.level() == RegionLevel.CITY || r.level() == RegionLevel.COUNTY)
                .forEach(r -> names.put(r.code().value(), r.name()));
        return names;
    }

    private static String ownCounty(DataScope scope) {
        return scope.root().level() == RegionLevel.COUNTY ? scope.root().value() : "";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
