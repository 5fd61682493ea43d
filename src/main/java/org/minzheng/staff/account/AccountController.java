package org.minzheng.staff.account;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.minzheng.region.RegionSummary;
import org.minzheng.region.Regions;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.security.StaffPrincipal;
import org.minzheng.shared.web.ExcelExport;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.PageLinks;
import org.minzheng.staff.role.RoleRepository;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
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

/** 用户管理: the accounts of the administrator's region subtree. */
@Controller
@RequestMapping("/console/staff/accounts")
@PreAuthorize("hasAuthority('staff:account:view')")
class AccountController {

    private static final int PAGE_SIZE = 20;
    private static final int EXPORT_LIMIT = 10_000;

    private final AccountRepository accounts;
    private final AccountService service;
    private final RoleRepository roles;
    private final Regions regions;
    private final Messages messages;

    AccountController(
            AccountRepository accounts,
            AccountService service,
            RoleRepository roles,
            Regions regions,
            Messages messages) {
        this.accounts = accounts;
        this.service = service;
        this.roles = roles;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @ModelAttribute("search") AccountSearch search,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "username") String sort,
            @RequestParam(defaultValue = "asc") String dir,
            Model model) {
        DataScope scope = CurrentStaff.scope();
        var pageable = PageRequest.of(
                Math.max(page, 0),
                PAGE_SIZE,
                Sort.by(Sort.Direction.fromOptionalString(dir).orElse(Sort.Direction.ASC), sort));
        Page<Account> found =
                accounts.search(search, scope, regionPrefix(search, scope), service.phoneIndex(search.q()), pageable);
        model.addAttribute("rows", rows(found.getContent()));
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute("pageBase", "?" + search.queryString() + "sort=" + sort + "&dir=" + dir + "&");
        model.addAttribute("sortBase", "?" + search.queryString());
        model.addAttribute("sort", sort);
        model.addAttribute("dir", dir);
        addChoices(model, scope);
        return "staff/accounts";
    }

    @GetMapping("/export")
    void export(@ModelAttribute("search") AccountSearch search, HttpServletResponse response) {
        DataScope scope = CurrentStaff.scope();
        Page<Account> found = accounts.search(
                search,
                scope,
                regionPrefix(search, scope),
                service.phoneIndex(search.q()),
                PageRequest.of(0, EXPORT_LIMIT, Sort.by("username")));
        service.recordExport(found.getNumberOfElements(), search.queryString(), scope);
        ExcelExport.write(
                response,
                messages.get("account.export.file"),
                List.of(
                        messages.get("account.username"),
                        messages.get("account.displayName"),
                        messages.get("account.region"),
                        messages.get("account.regionCode"),
                        messages.get("account.phone"),
                        messages.get("account.roles"),
                        messages.get("account.status"),
                        messages.get("account.lastLogin")),
                rows(found.getContent()).stream()
                        .map(row -> List.<Object>of(
                                row.username(),
                                row.displayName(),
                                row.regionName(),
                                row.regionCode(),
                                row.maskedPhone(),
                                String.join("、", row.roleNames()),
                                messages.get(
                                        row.enabled()
                                                ? (row.locked() ? "account.status.locked" : "account.status.enabled")
                                                : "account.status.disabled"),
                                row.lastLoginAt() == null ? "" : AccountTimes.format(row.lastLoginAt())))
                        .toList());
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('staff:account:manage')")
    String newForm(Model model) {
        model.addAttribute("form", AccountForm.empty());
        addChoices(model, CurrentStaff.scope());
        return "staff/account-form";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('staff:account:manage')")
    String create(
            @Valid @ModelAttribute("form") AccountForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        StaffPrincipal actor = CurrentStaff.require();
        service.validateNew(form, actor, CurrentStaff.authorities(), errors);
        if (errors.hasErrors()) {
            addChoices(model, actor.dataScope());
            return "staff/account-form";
        }
        long id = service.create(form, actor);
        redirect.addFlashAttribute("flashSuccess", messages.get("account.created.flash", form.username()));
        return "redirect:/console/staff/accounts/" + id;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return showAccount(service.inScope(id, CurrentStaff.scope()), model);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('staff:account:manage')")
    String editForm(@PathVariable long id, Model model) {
        Account account = manageableInScope(id);
        model.addAttribute("account", account);
        model.addAttribute("currentPhone", service.maskedPhone(account));
        model.addAttribute(
                "form",
                new AccountForm(
                        account.username(),
                        account.displayName(),
                        account.regionCode().value(),
                        "",
                        account.roleCodes(),
                        null,
                        null));
        addChoices(model, CurrentStaff.scope());
        return "staff/account-form";
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('staff:account:manage')")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") AccountForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Account account = manageableInScope(id);
        StaffPrincipal actor = CurrentStaff.require();
        var edited = new AccountForm(
                account.username(), form.displayName(), form.regionCode(), form.phone(), form.roles(), null, null);
        service.validateCommon(edited, actor, CurrentStaff.authorities(), errors);
        if (errors.hasErrors()) {
            model.addAttribute("account", account);
            model.addAttribute("currentPhone", service.maskedPhone(account));
            addChoices(model, actor.dataScope());
            return "staff/account-form";
        }
        service.update(id, edited, actor);
        redirect.addFlashAttribute("flashSuccess", messages.get("account.updated", account.username()));
        return "redirect:/console/staff/accounts/" + id;
    }

    @PostMapping("/{id}/disable")
    @PreAuthorize("hasAuthority('staff:account:manage')")
    String disable(@PathVariable long id, RedirectAttributes redirect) {
        return enable(id, false, redirect);
    }

    @PostMapping("/{id}/enable")
    @PreAuthorize("hasAuthority('staff:account:manage')")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        return enable(id, true, redirect);
    }

    @PostMapping("/{id}/unlock")
    @PreAuthorize("hasAuthority('staff:account:manage')")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        manageableInScope(id);
        service.unlock(id, CurrentStaff.require());
        redirect.addFlashAttribute("flashSuccess", messages.get("account.unlocked"));
        return "redirect:/console/staff/accounts/" + id;
    }

    @PostMapping("/{id}/reset-password")
    @PreAuthorize("hasAuthority('staff:account:manage')")
    String resetPassword(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String temporaryPassword,
            RedirectAttributes redirect) {
        manageableInScope(id);
        service.resetPassword(id, temporaryPassword, CurrentStaff.require())
                .ifPresentOrElse(
                        broken -> redirect.addFlashAttribute("flashError", messages.get(broken)),
                        () -> redirect.addFlashAttribute("flashSuccess", messages.get("account.passwordReset")));
        return "redirect:/console/staff/accounts/" + id;
    }

    @PostMapping("/{id}/reset-second-factor")
    @PreAuthorize("hasAuthority('staff:account:manage')")
    String resetSecondFactor(@PathVariable long id, RedirectAttributes redirect) {
        manageableInScope(id);
        service.resetSecondFactor(id, CurrentStaff.require());
        redirect.addFlashAttribute("flashSuccess", messages.get("account.secondFactorReset"));
        return "redirect:/console/staff/accounts/" + id;
    }

    /**
     * Answers with the whole account page; the button asks htmx to take only the phone from it, so the
     * address bar keeps the account's URL (a page without JavaScript still works).
     */
    @PostMapping("/{id}/reveal-phone")
    @PreAuthorize("hasAuthority('staff:phone:reveal')")
    String revealPhone(@PathVariable long id, Model model) {
        Account account = service.inScope(id, CurrentStaff.scope());
        model.addAttribute(
                "revealedPhone", service.revealPhone(id, CurrentStaff.require()).orElse(""));
        return showAccount(account, model);
    }

    private String showAccount(Account account, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("row", rows(List.of(account)).get(0));
        model.addAttribute("manageable", service.manageable(account, CurrentStaff.authorities()));
        model.addAttribute("self", account.id() == CurrentStaff.require().accountId());
        return "staff/account";
    }

    private String enable(long id, boolean enabled, RedirectAttributes redirect) {
        manageableInScope(id);
        try {
            service.setEnabled(id, enabled, CurrentStaff.require());
            redirect.addFlashAttribute("flashSuccess", messages.get(enabled ? "account.enabled" : "account.disabled"));
        } catch (AccountService.OwnAccountException e) {
            redirect.addFlashAttribute("flashError", messages.get("account.disableSelf"));
        }
        return "redirect:/console/staff/accounts/" + id;
    }

    private Account manageableInScope(long id) {
        Account account = service.inScope(id, CurrentStaff.scope());
        if (!service.manageable(account, CurrentStaff.authorities())) {
            throw new AccessDeniedException("Account holds permissions the administrator lacks");
        }
        return account;
    }

    private List<AccountRow> rows(List<Account> found) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> roleNames = accounts.roleNames(locale);
        Map<RegionCode, String> regionNames =
                regions.namesOf(found.stream().map(Account::regionCode).toList());
        Instant now = Instant.now();
        return found.stream()
                .map(a -> new AccountRow(
                        a.id(),
                        a.username(),
                        a.displayName(),
                        a.regionCode().value(),
                        regionNames.getOrDefault(a.regionCode(), a.regionCode().value()),
                        service.maskedPhone(a),
                        a.enabled(),
                        a.lockedAt(now),
                        a.totpConfirmed(),
                        a.lastLoginAt(),
                        a.roleCodes().stream()
                                .map(code -> roleNames.getOrDefault(code, code))
                                .toList()))
                .toList();
    }

    private void addChoices(Model model, DataScope scope) {
        Locale locale = LocaleContextHolder.getLocale();
        List<RegionSummary> within = regions.within(scope);
        model.addAttribute("regionChoices", within);
        model.addAttribute(
                "roleChoices",
                roles.findAll().stream()
                        .map(role -> new RoleChoice(
                                role.code(),
                                role.name(locale),
                                CurrentStaff.authorities().containsAll(role.permissions())))
                        .toList());
    }

    private static String regionPrefix(AccountSearch search, DataScope scope) {
        if (RegionCode.isValid(search.region()) && scope.covers(RegionCode.of(search.region()))) {
            return RegionCode.of(search.region()).significantDigits();
        }
        return scope.prefix();
    }

    record RoleChoice(String code, String name, boolean grantable) {}
}
