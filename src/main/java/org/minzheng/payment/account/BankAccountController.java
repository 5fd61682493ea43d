package org.minzheng.payment.account;

import jakarta.validation.Valid;
import org.minzheng.payment.account.BankAccountRepository.RecipientAccount;
import org.minzheng.region.Regions;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.PageLinks;
import org.springframework.dao.OptimisticLockingFailureException;
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

/** 发放账户: the running recipients of the clerk's region and the accounts their money goes to. */
@Controller
@RequestMapping(BankAccountController.BASE)
@PreAuthorize("hasAuthority('payment:account:manage')")
class BankAccountController {

    static final String BASE = "/console/payment/accounts";
    private static final int PAGE_SIZE = 20;

    private final BankAccounts accounts;
    private final Regions regions;
    private final Messages messages;

    BankAccountController(BankAccounts accounts, Regions regions, Messages messages) {
        this.accounts = accounts;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "false") boolean missing,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        String typed = name.strip().length() > 20 ? name.strip().substring(0, 20) : name.strip();
        Page<RecipientAccount> found =
                accounts.search(CurrentStaff.scope(), typed, missing, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("results", found.getContent());
        model.addAttribute(
                "villageNames",
                regions.namesOf(found.getContent().stream()
                        .map(RecipientAccount::village)
                        .distinct()
                        .toList()));
        model.addAttribute("name", typed);
        model.addAttribute("missing", missing);
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute(
                "pageBase",
                "?name=" + java.net.URLEncoder.encode(typed, java.nio.charset.StandardCharsets.UTF_8) + "&missing="
                        + missing + "&");
        return "payment/account/list";
    }

    @GetMapping("/{recipientId}")
    String edit(@PathVariable long recipientId, Model model) {
        RecipientAccount found = accounts.recipient(recipientId, CurrentStaff.scope());
        BankAccount account = found.account();
        model.addAttribute(
                "form",
                account == null
                        ? BankAccountForm.empty(found.headName())
                        : new BankAccountForm(
                                account.version(), account.bankName(), account.holderName(), "", account.smsOptOut()));
        return form(found, model);
    }

    @PostMapping("/{recipientId}")
    String save(
            @PathVariable long recipientId,
            @Valid @ModelAttribute("form") BankAccountForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        RecipientAccount found = accounts.recipient(recipientId, CurrentStaff.scope());
        if (!BankAccountNumber.isValid(form.normalisedNumber())) {
            errors.rejectValue("accountNumber", "payment.account.number.invalid");
        }
        if (errors.hasErrors()) {
            return form(found, model);
        }
        try {
            accounts.save(
                    recipientId,
                    form.bankName(),
                    form.holderName(),
                    new BankAccountNumber(form.normalisedNumber()),
                    form.smsOptOut(),
                    form.version(),
                    CurrentStaff.scope());
        } catch (OptimisticLockingFailureException stale) {
            errors.reject("payment.account.stale");
            return form(found, model);
        }
        redirect.addFlashAttribute("flashSuccess", messages.get("payment.account.saved", found.headName()));
        return "redirect:" + BASE;
    }

    private String form(RecipientAccount found, Model model) {
        model.addAttribute("recipient", found);
        model.addAttribute("path", regions.path(found.village()));
        return "payment/account/form";
    }
}
