package org.minzheng.eldercare.assessment;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minzheng.eldercare.elder.ElderDirectory;
import org.minzheng.eldercare.elder.ElderHeader;
import org.minzheng.region.Regions;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 能力评估: an elder's assessment history, the one-page form for a phone, and the printable report. */
@Controller
@PreAuthorize("hasAuthority('eldercare:elder:view')")
class AssessmentController {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final AssessmentService assessments;
    private final AssessmentRepository stored;
    private final ElderDirectory elders;
    private final Regions regions;
    private final Messages messages;

    AssessmentController(
            AssessmentService assessments,
            AssessmentRepository stored,
            ElderDirectory elders,
            Regions regions,
            Messages messages) {
        this.assessments = assessments;
        this.stored = stored;
        this.elders = elders;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping("/console/eldercare/elders/{elderId}/assessments")
    String history(@PathVariable long elderId, Model model) {
        ElderHeader elder = elder(elderId);
        model.addAttribute("elder", elder);
        model.addAttribute("history", stored.history(elderId, CurrentStaff.scope()));
        model.addAttribute("today", LocalDate.now(CHINA));
        return "eldercare/assessment/history";
    }

    @GetMapping("/console/eldercare/elders/{elderId}/assessments/new")
    @PreAuthorize("hasAuthority('eldercare:assessment:record')")
    String newAssessment(@PathVariable long elderId, Model model) {
        AssessmentForm form = new AssessmentForm();
        form.setAssessedOn(LocalDate.now(CHINA));
        form.setReason(
                stored.history(elderId, CurrentStaff.scope()).isEmpty()
                        ? AssessmentReason.FIRST
                        : AssessmentReason.ROUTINE);
        model.addAttribute("form", form);
        return form(elder(elderId), model);
    }

    @PostMapping("/console/eldercare/elders/{elderId}/assessments")
    @PreAuthorize("hasAuthority('eldercare:assessment:record')")
    String record(
            @PathVariable long elderId,
            @Valid @ModelAttribute("form") AssessmentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ElderHeader elder = elder(elderId);
        Optional<Long> id =
                assessments.record(elder, form, errors, CurrentStaff.require().username());
        if (id.isEmpty()) {
            return form(elder, model);
        }
        redirect.addFlashAttribute("flashSuccess", messages.get("eldercare.assessment.recorded"));
        return "redirect:/console/eldercare/elders/" + elderId + "/assessments";
    }

    @GetMapping("/console/eldercare/assessments/{id}/report")
    String report(@PathVariable long id, Model model) {
        AssessmentRecord assessment =
                stored.find(id, CurrentStaff.scope()).orElseThrow(() -> new NotFoundException("assessment"));
        ElderHeader elder = elder(assessment.elderId());
        model.addAttribute("assessment", assessment);
        model.addAttribute("items", stored.items(id));
        model.addAttribute("elder", elder);
        model.addAttribute("villageName", regions.nameOf(elder.region()));
        model.addAttribute("dimensions", CapabilityDimension.values());
        model.addAttribute("itemsOf", itemsByDimension());
        return "eldercare/assessment/report";
    }

    private String form(ElderHeader elder, Model model) {
        model.addAttribute("elder", elder);
        model.addAttribute("dimensions", CapabilityDimension.values());
        model.addAttribute("itemsOf", itemsByDimension());
        model.addAttribute("reasons", AssessmentReason.values());
        model.addAttribute("agencies", assessments.agencies());
        model.addAttribute("assessors", assessments.assessors());
        return "eldercare/assessment/form";
    }

    private static Map<CapabilityDimension, List<CapabilityItem>> itemsByDimension() {
        Map<CapabilityDimension, List<CapabilityItem>> items = new EnumMap<>(CapabilityDimension.class);
        for (CapabilityDimension dimension : CapabilityDimension.values()) {
            items.put(dimension, CapabilityItem.of(dimension));
        }
        return items;
    }

    private ElderHeader elder(long id) {
        return elders.find(id, CurrentStaff.scope()).orElseThrow(() -> new NotFoundException("elder"));
    }
}
