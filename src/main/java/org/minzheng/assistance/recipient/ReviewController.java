package org.minzheng.assistance.recipient;

import jakarta.validation.Valid;
import java.time.YearMonth;
import java.util.Optional;
import org.minzheng.region.Regions;
import org.minzheng.shared.Money;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.PageLinks;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The periodic reviews (低保办法 art. 31): the tasks due within 30 days or overdue, and recording
 * what a review found. Reviewers record "unchanged" themselves; an outcome that changes the benefit
 * is a county decision and needs the manage permission as well.
 */
@Controller
class ReviewController {

    static final String TASKS = RecipientController.BASE + "/reviews";
    static final String MANAGE = "assistance:recipient:manage";
    private static final int PAGE_SIZE = 20;

    private final RecipientRepository repository;
    private final RecipientChanges changes;
    private final Regions regions;
    private final Messages messages;

    ReviewController(RecipientRepository repository, RecipientChanges changes, Regions regions, Messages messages) {
        this.repository = repository;
        this.changes = changes;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping(TASKS)
    @PreAuthorize("hasAuthority('assistance:recipient:view')")
    String tasks(@RequestParam(defaultValue = "0") int page, Model model) {
        DataScope scope = CurrentStaff.scope();
        Page<Recipient> found = repository.search(
                RecipientSearch.reviewTasks(),
                scope,
                RecipientController.today(),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("results", found.getContent());
        model.addAttribute(
                "villageNames",
                regions.namesOf(found.getContent().stream()
                        .map(Recipient::village)
                        .distinct()
                        .toList()));
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute("pageBase", "?");
        model.addAttribute("today", RecipientController.today());
        model.addAttribute("counts", repository.reviewCounts(scope, RecipientController.today()));
        return "assistance/recipient/reviews";
    }

    @GetMapping(RecipientController.BASE + "/{id}/review")
    @PreAuthorize("hasAuthority('assistance:recipient:review')")
    String reviewForm(@PathVariable long id, Model model) {
        Recipient recipient = changes.inScope(id, CurrentStaff.scope());
        model.addAttribute("form", ReviewForm.of(recipient, nextMonth()));
        return form(recipient, model);
    }

    @PostMapping(RecipientController.BASE + "/{id}/review")
    @PreAuthorize("hasAuthority('assistance:recipient:review')")
    String review(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ReviewForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Recipient recipient = changes.inScope(id, CurrentStaff.scope());
        if (form.outcome() != null
                && form.outcome().changesTheBenefit()
                && !CurrentStaff.authorities().contains(MANAGE)) {
            throw new AccessDeniedException("changing a benefit is a county decision");
        }
        ReviewDecision decision = decision(form, errors);
        if (errors.hasErrors()) {
            return form(recipient, model);
        }
        try {
            changes.review(id, form.version(), decision, CurrentStaff.scope(), RecipientController.today());
            redirect.addFlashAttribute("flashSuccess", messages.get("recipient.review.flash"));
            return "redirect:" + RecipientController.BASE + "/" + id;
        } catch (OptimisticLockingFailureException stale) {
            redirect.addFlashAttribute("flashError", messages.get("recipient.stale"));
            return "redirect:" + RecipientController.BASE + "/" + id;
        } catch (RecipientRefused refused) {
            errors.reject(refused.messageKey());
            return form(recipient, model);
        }
    }

    /** Checks what the outcome needs besides the note: an amount, an exit reason, a month. */
    private static ReviewDecision decision(ReviewForm form, BindingResult errors) {
        ReviewOutcome outcome = form.outcome();
        if (outcome == null || !outcome.changesTheBenefit()) {
            return new ReviewDecision(outcome, form.cycle(), form.note(), 0, null, null);
        }
        Optional<YearMonth> month = RecipientController.month(form.effectiveMonth(), errors);
        long fen = 0;
        if (outcome == ReviewOutcome.AMOUNT_CHANGED) {
            if (form.amount().isEmpty() && !errors.hasFieldErrors("amount")) {
                errors.rejectValue("amount", "NotBlank");
            } else if (!errors.hasFieldErrors("amount")) {
                fen = Money.parseYuan(form.amount()).fen();
            }
        }
        if (outcome == ReviewOutcome.EXITED && form.exitReason() == null) {
            errors.rejectValue("exitReason", "recipient.form.exitReason.required");
        }
        return new ReviewDecision(outcome, form.cycle(), form.note(), fen, month.orElse(null), form.exitReason());
    }

    private String form(Recipient recipient, Model model) {
        model.addAttribute("recipient", recipient);
        model.addAttribute("path", regions.path(recipient.village()));
        model.addAttribute("outcomes", ReviewOutcome.values());
        model.addAttribute("cycles", ReviewCycle.values());
        model.addAttribute("exitReasons", ExitReason.values());
        model.addAttribute("today", RecipientController.today());
        model.addAttribute("mayDecide", CurrentStaff.authorities().contains(MANAGE));
        return "assistance/recipient/review";
    }

    private static String nextMonth() {
        return YearMonth.from(RecipientController.today()).plusMonths(1).toString();
    }
}
