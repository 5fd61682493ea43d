package org.minzheng.eldercare.service;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.minzheng.shared.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The family's confirmation from the text message sent at check-out. The link carries a random token whose
 * keyed hash is kept; it works once, and tells nothing about the elder beyond the visit it names.
 */
@Controller
@RequestMapping("/care/confirm/{token}")
class FamilyConfirmationController {

    private static final String TOKEN = "[0-9a-f]{32}";

    private final VisitRepository visits;
    private final VisitRecording recording;

    FamilyConfirmationController(VisitRepository visits, VisitRecording recording) {
        this.visits = visits;
        this.recording = recording;
    }

    @GetMapping
    String show(@PathVariable String token, Model model) {
        model.addAttribute("visit", visit(token));
        model.addAttribute("token", token);
        model.addAttribute("confirmationForm", new ConfirmationForm("FAMILY", null, ""));
        return "eldercare/service/family-confirm";
    }

    @PostMapping
    String confirm(
            @PathVariable String token,
            @Valid @ModelAttribute("confirmationForm") ConfirmationForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        VisitDetails visit = visit(token);
        model.addAttribute("visit", visit);
        model.addAttribute("token", token);
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return "eldercare/service/family-confirm";
        }
        try {
            recording.confirm(visit, "FAMILY", form.rating(), form.feedbackOrNull());
        } catch (ServiceRefusedException refused) {
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        model.addAttribute("thanks", true);
        return "eldercare/service/family-confirm";
    }

    private VisitDetails visit(String token) {
        if (!token.matches(TOKEN)) {
            throw new NotFoundException("visit confirmation");
        }
        return visits.byToken(recording.tokenHash(token))
                .orElseThrow(() -> new NotFoundException("visit confirmation"));
    }
}
