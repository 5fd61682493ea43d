package org.minzheng.assistance.casework;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.assistance.CaseNumber;
import org.minzheng.registry.HukouType;
import org.minzheng.shared.InvalidMoneyException;
import org.minzheng.shared.Money;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.validation.PlainText;
import org.minzheng.shared.web.Messages;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The steps of a case after acceptance, each a form on the case page: resume after returned material,
 * transfer, public notice, objections, the county's decision, and 临时救助 paid first.
 */
@Controller
@RequestMapping(CaseController.BASE + "/{number}")
@PreAuthorize("hasAuthority('assistance:case:view')")
class CaseProcedureController {

    private final CaseHandling handling;
    private final CaseReview review;
    private final FastTrack fastTrack;
    private final Decisions decisions;
    private final Messages messages;

    CaseProcedureController(
            CaseHandling handling, CaseReview review, FastTrack fastTrack, Decisions decisions, Messages messages) {
        this.handling = handling;
        this.review = review;
        this.fastTrack = fastTrack;
        this.decisions = decisions;
        this.messages = messages;
    }

    @PostMapping("/resume")
    @PreAuthorize("hasAuthority('assistance:case:handle')")
    String resume(
            @PathVariable String number,
            @Valid @ModelAttribute DecisionForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        return withNote(
                number,
                form,
                errors,
                redirect,
                "assistance.resume.note.required",
                "assistance.resumed.flash",
                handling::resume);
    }

    @PostMapping("/transfer")
    @PreAuthorize("hasAuthority('assistance:case:handle')")
    String transfer(
            @PathVariable String number,
            @Valid @ModelAttribute TransferForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        CaseNumber id = inScope(number);
        if (errors.hasErrors() || !RegionCode.isValid(form.village())) {
            redirect.addFlashAttribute("flashError", messages.get("assistance.transfer.required"));
            return Decisions.back(id);
        }
        return decisions.take(
                id,
                redirect,
                "assistance.transferred.flash",
                () -> handling.transfer(
                        id,
                        form.version(),
                        RegionCode.of(form.village()),
                        form.note(),
                        CurrentStaff.scope(),
                        CaseController.today()));
    }

    @PostMapping("/notice")
    @PreAuthorize("hasAuthority('assistance:case:review')")
    String postNotice(
            @PathVariable String number,
            @Valid @ModelAttribute DecisionForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        return withNote(
                number,
                form,
                errors,
                redirect,
                "assistance.notice.opinion.required",
                "assistance.noticed.flash",
                review::postNotice);
    }

    @PostMapping("/objections")
    @PreAuthorize("hasAuthority('assistance:case:review')")
    String object(
            @PathVariable String number,
            @Valid @ModelAttribute ObjectionForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        CaseNumber id = inScope(number);
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("flashError", messages.get("assistance.objection.required"));
            return Decisions.back(id);
        }
        return decisions.take(
                id,
                redirect,
                "assistance.objection.flash",
                () -> review.recordObjection(
                        id,
                        form.objector(),
                        form.content().strip(),
                        form.raisedOn(),
                        CurrentStaff.scope(),
                        CaseController.today()));
    }

    @PostMapping("/objections/{objection}/resolve")
    @PreAuthorize("hasAuthority('assistance:case:review')")
    String resolve(
            @PathVariable String number,
            @PathVariable long objection,
            @Valid @ModelAttribute ResolutionForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        CaseNumber id = inScope(number);
        return decisions.takeWithNote(
                id,
                errors.hasErrors() ? null : form.resolution().strip(),
                redirect,
                "assistance.resolution.required",
                form.upheld() ? "assistance.upheld.flash" : "assistance.dismissed.flash",
                () -> review.resolveObjection(
                        id,
                        form.version(),
                        objection,
                        form.upheld(),
                        form.resolution().strip(),
                        CurrentStaff.scope(),
                        CaseController.today()));
    }

    @PostMapping("/confirm")
    @PreAuthorize("hasAuthority('assistance:case:confirm')")
    String confirm(@PathVariable String number, @ModelAttribute DecisionForm form, RedirectAttributes redirect) {
        CaseNumber id = inScope(number);
        return decisions.take(
                id,
                redirect,
                "assistance.confirmed.flash",
                () -> review.confirm(id, form.version(), CurrentStaff.scope(), CaseController.today()));
    }

    @PostMapping("/refuse")
    @PreAuthorize("hasAuthority('assistance:case:confirm')")
    String refuse(
            @PathVariable String number,
            @Valid @ModelAttribute DecisionForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        return withNote(
                number,
                form,
                errors,
                redirect,
                "assistance.refuse.note.required",
                "assistance.refusedCase.flash",
                review::refuse);
    }

    @PostMapping("/advance")
    @PreAuthorize("hasAuthority('assistance:case:review')")
    String advance(
            @PathVariable String number,
            @Valid @ModelAttribute AdvanceForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        CaseNumber id = inScope(number);
        long amount;
        try {
            amount = Money.parseYuan(form.amount()).fen();
        } catch (InvalidMoneyException wrong) {
            redirect.addFlashAttribute("flashError", messages.get("assistance.advance.amount.invalid"));
            return Decisions.back(id);
        }
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("flashError", messages.get("assistance.advance.required"));
            return Decisions.back(id);
        }
        return decisions.take(
                id,
                redirect,
                "assistance.advanced.flash",
                () -> fastTrack.advance(
                        id,
                        form.version(),
                        amount,
                        form.hukouType(),
                        form.note().strip(),
                        CurrentStaff.scope(),
                        CaseController.today()));
    }

    /** A step whose note (a reason, an opinion, the material received) the applicant or the file reads. */
    private String withNote(
            String number,
            DecisionForm form,
            BindingResult errors,
            RedirectAttributes redirect,
            String requiredKey,
            String successKey,
            NotedStep step) {
        CaseNumber id = inScope(number);
        return decisions.takeWithNote(
                id,
                errors.hasErrors() ? null : form.note(),
                redirect,
                requiredKey,
                successKey,
                () -> step.take(id, form.version(), form.note(), CurrentStaff.scope(), CaseController.today()));
    }

    @FunctionalInterface
    private interface NotedStep {
        void take(CaseNumber number, long version, String note, DataScope scope, LocalDate today);
    }

    /** 404 for a number outside the clerk's region before any form is read. */
    private CaseNumber inScope(String number) {
        CaseNumber id = CaseController.caseNumber(number);
        handling.view(id, CurrentStaff.scope());
        return id;
    }

    record TransferForm(
            long version,
            String village,
            @NotBlank @Size(max = 200) @PlainText String note) {}

    record ObjectionForm(
            @Size(max = 20) @PlainText String objector,
            @NotBlank @Size(max = 500) @PlainText String content,

            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate raisedOn) {}

    record ResolutionForm(
            long version,
            boolean upheld,
            @NotBlank @Size(max = 500) @PlainText String resolution) {}

    record AdvanceForm(
            long version,
            String amount,
            @NotNull HukouType hukouType,
            @NotBlank @Size(max = 200) @PlainText String note) {}
}
