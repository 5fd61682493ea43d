package org.minzheng.assistance.recipient;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minzheng.assistance.Programme;
import org.minzheng.region.Regions;
import org.minzheng.shared.Masking;
import org.minzheng.shared.Money;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.PageLinks;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
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

/** The recipients register for staff: the region's recipients, one recipient with its history, and the county's decisions. */
@Controller
@RequestMapping(RecipientController.BASE)
@PreAuthorize("hasAuthority('assistance:recipient:view')")
class RecipientController {

    static final String BASE = "/console/assistance/recipients";
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int PAGE_SIZE = 20;
    private static final int EXPORT_LIMIT = 10_000;
    private static final String MANAGE = "hasAuthority('assistance:recipient:manage')";

    private final RecipientRepository repository;
    private final RecipientChanges changes;
    private final Regions regions;
    private final PersonalDataCipher cipher;
    private final Messages messages;

    RecipientController(
            RecipientRepository repository,
            RecipientChanges changes,
            Regions regions,
            PersonalDataCipher cipher,
            Messages messages) {
        this.repository = repository;
        this.changes = changes;
        this.regions = regions;
        this.cipher = cipher;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String programme,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String village,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String review,
            @RequestParam(defaultValue = "") String sort,
            @RequestParam(defaultValue = "") String dir,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        DataScope scope = CurrentStaff.scope();
        RecipientSearch search = RecipientSearch.of(programme, status, village, name, review, sort, dir);
        Page<Recipient> found = repository.search(search, scope, today(), PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("search", search);
        model.addAttribute("programmes", Programme.values());
        model.addAttribute("statuses", RecipientStatus.values());
        model.addAttribute("villages", regions.namesOf(repository.villagesWithRecipients(scope)));
        model.addAttribute("results", found.getContent());
        model.addAttribute("villageNames", villageNames(found.getContent()));
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute("pageBase", "?" + search.query() + "&");
        model.addAttribute("today", today());
        return "assistance/recipient/list";
    }

    @GetMapping("/export")
    void export(
            @RequestParam(defaultValue = "") String programme,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String village,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String review,
            @RequestParam(defaultValue = "") String sort,
            @RequestParam(defaultValue = "") String dir,
            HttpServletResponse response) {
        RecipientSearch search = RecipientSearch.of(programme, status, village, name, review, sort, dir);
        List<Recipient> rows = repository
                .search(search, CurrentStaff.scope(), today(), Pageable.ofSize(EXPORT_LIMIT))
                .getContent();
        Map<RegionCode, String> names = villageNames(rows);
        ExcelExport.write(
                response,
                messages.get("recipient.export.file"),
                List.of(
                        messages.get("recipient.caseNumber"),
                        messages.get("recipient.head"),
                        messages.get("recipient.village"),
                        messages.get("recipient.programme"),
                        messages.get("recipient.amount"),
                        messages.get("recipient.startMonth"),
                        messages.get("recipient.status"),
                        messages.get("recipient.cycle"),
                        messages.get("recipient.nextReview")),
                rows.stream()
                        .map(row -> List.<Object>of(
                                row.caseNumber().value(),
                                Masking.name(row.headName()),
                                names.getOrDefault(row.village(), row.village().value()),
                                messages.get(row.programme().labelKey()),
                                row.amount().toYuanString(),
                                row.startMonth().toString(),
                                messages.get(row.status().labelKey()),
                                row.reviewCycle() == null
                                        ? ""
                                        : messages.get(row.reviewCycle().labelKey()),
                                row.nextReviewDue() == null
                                        ? ""
                                        : row.nextReviewDue().toString()))
                        .toList());
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return show(changes.inScope(id, CurrentStaff.scope()), model, null);
    }

    @PostMapping("/{id}/amount")
    @PreAuthorize(MANAGE)
    String changeAmount(
            @PathVariable long id,
            @Valid @ModelAttribute("amountForm") AmountForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Recipient recipient = changes.inScope(id, CurrentStaff.scope());
        Optional<YearMonth> month = month(form.effectiveMonth(), errors);
        if (errors.hasErrors()) {
            return show(recipient, model, "amount");
        }
        long fen = Money.parseYuan(form.amount()).fen();
        return decide(
                recipient,
                errors,
                model,
                "amount",
                redirect,
                "recipient.amount.flash",
                () -> changes.changeAmount(
                        id, form.version(), fen, month.orElseThrow(), form.reason(), CurrentStaff.scope(), today()));
    }

    @PostMapping("/{id}/suspend")
    @PreAuthorize(MANAGE)
    String suspend(
            @PathVariable long id,
            @Valid @ModelAttribute("suspendForm") SuspensionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Recipient recipient = changes.inScope(id, CurrentStaff.scope());
        Optional<YearMonth> month = month(form.effectiveMonth(), errors);
        if (errors.hasErrors()) {
            return show(recipient, model, "suspend");
        }
        return decide(
                recipient,
                errors,
                model,
                "suspend",
                redirect,
                "recipient.suspend.flash",
                () -> changes.suspend(
                        id, form.version(), month.orElseThrow(), form.reason(), CurrentStaff.scope(), today()));
    }

    @PostMapping("/{id}/resume")
    @PreAuthorize(MANAGE)
    String resume(
            @PathVariable long id,
            @Valid @ModelAttribute("resumeForm") ResumptionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Recipient recipient = changes.inScope(id, CurrentStaff.scope());
        Optional<YearMonth> month = month(form.effectiveMonth(), errors);
        if (errors.hasErrors()) {
            return show(recipient, model, "resume");
        }
        return decide(
                recipient,
                errors,
                model,
                "resume",
                redirect,
                "recipient.resume.flash",
                () -> changes.resume(
                        id, form.version(), month.orElseThrow(), form.note(), CurrentStaff.scope(), today()));
    }

    @PostMapping("/{id}/exit")
    @PreAuthorize(MANAGE)
    String exit(
            @PathVariable long id,
            @Valid @ModelAttribute("exitForm") ExitForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Recipient recipient = changes.inScope(id, CurrentStaff.scope());
        Optional<YearMonth> month = month(form.effectiveMonth(), errors);
        if (form.reason() == ExitReason.OTHER && form.note().isEmpty() && !errors.hasFieldErrors("note")) {
            errors.rejectValue("note", "recipient.form.exitNote.required");
        }
        if (errors.hasErrors()) {
            return show(recipient, model, "exit");
        }
        return decide(
                recipient,
                errors,
                model,
                "exit",
                redirect,
                "recipient.exit.flash",
                () -> changes.exit(
                        id,
                        form.version(),
                        form.reason(),
                        form.note(),
                        month.orElseThrow(),
                        CurrentStaff.scope(),
                        today()));
    }

    /**
     * Runs a decision. A stale version goes back to the page with a flash message, since the clerk must
     * reread it; a refusal by the rules is shown at the form, which keeps what the clerk typed.
     */
    private String decide(
            Recipient recipient,
            BindingResult errors,
            Model model,
            String open,
            RedirectAttributes redirect,
            String successKey,
            Runnable decision) {
        try {
            decision.run();
            redirect.addFlashAttribute("flashSuccess", messages.get(successKey));
        } catch (OptimisticLockingFailureException stale) {
            redirect.addFlashAttribute("flashError", messages.get("recipient.stale"));
        } catch (RecipientRefused refused) {
            errors.reject(refused.messageKey());
            return show(recipient, model, open);
        }
        return "redirect:" + BASE + "/" + recipient.id();
    }

    private String show(Recipient recipient, Model model, String open) {
        String nextMonth = YearMonth.from(today()).plusMonths(1).toString();
        model.addAttribute("recipient", recipient);
        model.addAttribute("path", regions.path(recipient.village()));
        model.addAttribute(
                "maskedPhone",
                recipient.phoneCipher() == null
                        ? ""
                        : Masking.phone(cipher.decrypt(recipient.phoneCipher(), PersonalDataContexts.PHONE)));
        model.addAttribute("events", repository.events(recipient.id()));
        model.addAttribute("today", today());
        model.addAttribute("exitReasons", ExitReason.values());
        model.addAttribute("open", open);
        addUnlessPresent(model, "amountForm", AmountForm.of(recipient, nextMonth));
        addUnlessPresent(model, "suspendForm", SuspensionForm.of(recipient, nextMonth));
        addUnlessPresent(model, "resumeForm", ResumptionForm.of(recipient, nextMonth));
        addUnlessPresent(model, "exitForm", ExitForm.of(recipient, nextMonth));
        return "assistance/recipient/show";
    }

    private static void addUnlessPresent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

    /** The month typed, or a field error; a pattern error already given is not repeated. */
    static Optional<YearMonth> month(String text, BindingResult errors) {
        Optional<YearMonth> month = MonthField.parse(text);
        if (month.isEmpty() && !errors.hasFieldErrors("effectiveMonth")) {
            errors.rejectValue("effectiveMonth", "recipient.form.month.invalid");
        }
        return month;
    }

    private Map<RegionCode, String> villageNames(List<Recipient> rows) {
        return regions.namesOf(rows.stream().map(Recipient::village).distinct().toList());
    }

    static LocalDate today() {
        return LocalDate.now(CHINA);
    }
}
