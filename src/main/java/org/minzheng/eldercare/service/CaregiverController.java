package org.minzheng.eldercare.service;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.minzheng.attachment.UploadRefused;
import org.minzheng.region.Regions;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
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
 * 我的服务单: the caregiver's phone. Only visits given to the signed-in caregiver are shown; any other id is
 * answered as not found.
 */
@Controller
@RequestMapping(CaregiverController.BASE)
@PreAuthorize("hasAuthority('" + ServiceConsole.SERVE + "')")
class CaregiverController {

    static final String BASE = "/console/eldercare/my-visits";
    private static final int DAYS_BACK = 3;
    private static final int DAYS_AHEAD = 7;

    private final VisitRepository visits;
    private final VisitRecording recording;
    private final VisitPhotos photos;
    private final ServicePlanning planning;
    private final Regions regions;
    private final Messages messages;

    CaregiverController(
            VisitRepository visits,
            VisitRecording recording,
            VisitPhotos photos,
            ServicePlanning planning,
            Regions regions,
            Messages messages) {
        this.visits = visits;
        this.recording = recording;
        this.photos = photos;
        this.planning = planning;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        var caregiver = caregiver();
        LocalDate today = planning.today();
        List<VisitRow> all = caregiver == null
                ? List.of()
                : visits.ofCaregiver(caregiver, today.minusDays(DAYS_BACK), today.plusDays(DAYS_AHEAD));
        model.addAttribute("linked", caregiver != null);
        model.addAttribute("today", today);
        model.addAttribute(
                "todays",
                all.stream().filter(v -> v.scheduledOn().equals(today)).toList());
        model.addAttribute(
                "upcoming",
                all.stream().filter(v -> v.scheduledOn().isAfter(today)).toList());
        model.addAttribute(
                "earlier",
                all.stream().filter(v -> v.scheduledOn().isBefore(today)).toList());
        return "eldercare/service/my-visits";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return page(mine(id), CheckOutForm.empty(), ConfirmationForm.empty(), model);
    }

    @PostMapping("/{id}/check-in")
    String checkIn(
            @PathVariable long id,
            @ModelAttribute CheckInForm form,
            @RequestParam(name = "photo", required = false) MultipartFile photo,
            RedirectAttributes redirect) {
        VisitDetails visit = mine(id);
        try {
            recording.checkIn(
                    visit,
                    form.tappedAt(),
                    form.position(),
                    VisitPhotos.upload(photo, VisitRecording.CHECK_IN_PHOTOS, id));
            redirect.addFlashAttribute("flashSuccess", messages.get("eldercare.visit.flash.checkedIn"));
        } catch (ServiceRefusedException refused) {
            redirect.addFlashAttribute("flashError", messages.get(refused.messageKey(), refused.args()));
        } catch (UploadRefused refused) {
            redirect.addFlashAttribute("flashError", messages.get(refused.messageKey(), refused.arguments()));
        }
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping("/{id}/check-out")
    String checkOut(
            @PathVariable long id,
            @Valid @ModelAttribute("checkOutForm") CheckOutForm form,
            BindingResult errors,
            @RequestParam(name = "photo", required = false) MultipartFile photo,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        VisitDetails visit = mine(id);
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(visit, form, ConfirmationForm.empty(), model);
        }
        try {
            var findings = recording.checkOut(
                    visit,
                    form.tappedAt(),
                    form.position(),
                    form.record().strip(),
                    VisitPhotos.upload(photo, VisitRecording.CHECK_OUT_PHOTOS, id));
            redirect.addFlashAttribute(
                    findings.isEmpty() ? "flashSuccess" : "flashWarn",
                    messages.get(
                            findings.isEmpty() ? "eldercare.visit.flash.checkedOut" : "eldercare.visit.flash.flagged"));
            return "redirect:" + BASE + "/" + id;
        } catch (ServiceRefusedException refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("refusal", messages.get(refused.messageKey(), refused.args()));
        } catch (UploadRefused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("refusal", messages.get(refused.messageKey(), refused.arguments()));
        }
        return page(mine(id), form, ConfirmationForm.empty(), model);
    }

    @PostMapping("/{id}/confirm")
    String confirm(
            @PathVariable long id,
            @Valid @ModelAttribute("confirmationForm") ConfirmationForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        VisitDetails visit = mine(id);
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(visit, CheckOutForm.empty(), form, model);
        }
        try {
            recording.confirm(visit, form.by(), form.rating(), form.feedbackOrNull());
            redirect.addFlashAttribute("flashSuccess", messages.get("eldercare.visit.flash.confirmed"));
        } catch (ServiceRefusedException refused) {
            redirect.addFlashAttribute("flashError", messages.get(refused.messageKey(), refused.args()));
        }
        return "redirect:" + BASE + "/" + id;
    }

    @GetMapping("/{id}/photos/{file}")
    void photo(@PathVariable long id, @PathVariable String file, HttpServletResponse response) throws IOException {
        mine(id);
        photos.stream(id, file, response);
    }

    private String page(VisitDetails visit, CheckOutForm checkOut, ConfirmationForm confirmation, Model model) {
        model.addAttribute("visit", visit);
        model.addAttribute("villageName", regions.nameOf(RegionCode.of(visit.regionCode())));
        model.addAttribute("photos", photos.of(visit.id()));
        model.addAttribute("anomalies", visits.anomalies(visit.id()));
        model.addAttribute("minimumMinutes", recording.rules().minimumMinutes(visit.standardMinutes()));
        model.addAttribute("checkOutForm", checkOut);
        model.addAttribute("confirmationForm", confirmation);
        return "eldercare/service/my-visit";
    }

    private Long caregiver() {
        return visits.caregiverOf(CurrentStaff.require().username()).orElse(null);
    }

    private VisitDetails mine(long id) {
        Long caregiver = caregiver();
        if (caregiver == null) {
            throw new NotFoundException("eldercare visit " + id);
        }
        return visits.ofCaregiver(id, caregiver).orElseThrow(() -> new NotFoundException("eldercare visit " + id));
    }
}
