package org.minzheng.childwelfare.child;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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

/** 儿童档案 in the console: the children of the staff member's institutions, one child, admitting one. */
@Controller
@RequestMapping(ChildController.BASE)
@PreAuthorize("hasAuthority('childwelfare:child:view')")
class ChildController {

    static final String BASE = "/console/childwelfare/children";

    private static final int PAGE_SIZE = 20;
    private static final int EXPORT_LIMIT = 10_000;

    private final ChildService children;
    private final Messages messages;
    private final ChildProfilePage page;

    ChildController(ChildService children, Messages messages, ChildProfilePage page) {
        this.children = children;
        this.messages = messages;
        this.page = page;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String guardianship,
            @RequestParam(defaultValue = "") String disability,
            @RequestParam(defaultValue = "") String room,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        DataScope scope = CurrentStaff.scope();
        ChildSearch search = ChildSearch.of(q, guardianship, disability, room, status);
        Page<ChildSummary> found = children.search(search, scope, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("search", search);
        model.addAttribute("guardianships", Guardianship.values());
        model.addAttribute("disabilityTypes", DisabilityType.values());
        model.addAttribute("institutions", children.institutions(scope));
        model.addAttribute("results", found.getContent());
        model.addAttribute("total", found.getTotalElements());
        model.addAttribute("today", ChildService.today());
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute("pageBase", "?" + search.queryString() + "&");
        return "childwelfare/child/list";
    }

    @GetMapping("/export")
    void export(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String guardianship,
            @RequestParam(defaultValue = "") String disability,
            @RequestParam(defaultValue = "") String room,
            @RequestParam(defaultValue = "") String status,
            HttpServletResponse response) {
        ChildSearch search = ChildSearch.of(q, guardianship, disability, room, status);
        List<List<Object>> rows = new ArrayList<>();
        for (ChildSummary c : children.export(search, CurrentStaff.scope(), EXPORT_LIMIT)) {
            rows.add(Arrays.asList(
                    c.name(),
                    c.maskedIdNumber(),
                    messages.get(c.sex().messageKey()),
                    c.birthDate().toString(),
                    messages.get(c.guardianship().messageKey()),
                    messages.get(c.disabilityType().messageKey()),
                    c.disabilityGrade() == null ? "" : c.disabilityGrade(),
                    yesNo(c.rehabAssistanceRegistered()),
                    yesNo(c.medicalInsuranceEnrolled()),
                    c.institutionName(),
                    c.roomName() == null ? "" : c.roomName(),
                    c.admittedOn().toString(),
                    c.dischargedOn() == null ? "" : c.dischargedOn().toString(),
                    c.dischargeReason() == null ? "" : c.dischargeReason()));
        }
        ExcelExport.write(
                response,
                messages.get("childwelfare.child.export.file"),
                List.of(
                        messages.get("childwelfare.child.name"),
                        messages.get("childwelfare.child.idNumber"),
                        messages.get("childwelfare.child.sex"),
                        messages.get("childwelfare.child.birthDate"),
                        messages.get("childwelfare.child.guardianship"),
                        messages.get("childwelfare.child.disabilityType"),
                        messages.get("childwelfare.child.disabilityGrade"),
                        messages.get("childwelfare.child.rehabAssistance"),
                        messages.get("childwelfare.child.medicalInsurance"),
                        messages.get("childwelfare.child.institution"),
                        messages.get("childwelfare.child.room"),
                        messages.get("childwelfare.child.admittedOn"),
                        messages.get("childwelfare.child.dischargedOn"),
                        messages.get("childwelfare.child.dischargeReason")),
                rows);
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('childwelfare:child:manage')")
    String newChild(Model model) {
        List<Institution> institutions = children.institutions(CurrentStaff.scope());
        model.addAttribute(
                "form",
                ChildForm.empty(
                        institutions.isEmpty() ? null : institutions.get(0).id(), ChildService.today()));
        return form(model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('childwelfare:child:manage')")
    String admit(
            @Valid @ModelAttribute("form") ChildForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            children.admit(
                    form, errors, CurrentStaff.scope(), CurrentStaff.require().username());
            return form(model);
        }
        Optional<Long> id = children.admit(
                form, errors, CurrentStaff.scope(), CurrentStaff.require().username());
        if (id.isEmpty()) {
            return form(model);
        }
        redirect.addFlashAttribute("flashSuccess", messages.get("childwelfare.child.flash.admitted"));
        return "redirect:" + BASE + "/" + id.get();
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return page.render(id, model);
    }

    @GetMapping("/{id}/print")
    String print(@PathVariable long id, Model model) {
        ChildDetails child =
                children.details(id, CurrentStaff.scope()).orElseThrow(() -> new NotFoundException("child"));
        model.addAttribute("child", child);
        model.addAttribute("age", child.summary().ageOn(ChildService.today()));
        model.addAttribute("today", ChildService.today());
        return "childwelfare/child/print";
    }

    private String form(Model model) {
        model.addAttribute("institutions", children.institutions(CurrentStaff.scope()));
        model.addAttribute("guardianships", Guardianship.values());
        model.addAttribute("disabilityTypes", DisabilityType.values());
        return "childwelfare/child/form";
    }

    private String yesNo(boolean value) {
        return messages.get(value ? "childwelfare.child.yes" : "childwelfare.child.no");
    }
}
