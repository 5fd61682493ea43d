package org.minzheng.staff.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.StaffPrincipal;
import org.minzheng.shared.web.Messages;
import org.minzheng.staff.account.Account;
import org.minzheng.staff.account.AccountRepository;
import org.minzheng.staff.account.PasswordPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 修改密码: every staff member changes their own password; a temporary or expired one must be changed. */
@Controller
class PasswordController {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final StaffUserDetailsService users;
    private final SignIn signIn;
    private final AuditLog audit;
    private final Clock clock;
    private final Messages messages;

    PasswordController(
            AccountRepository accounts,
            PasswordEncoder encoder,
            StaffUserDetailsService users,
            SignIn signIn,
            AuditLog audit,
            Clock clock,
            Messages messages) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.users = users;
        this.signIn = signIn;
        this.audit = audit;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/console/staff/password")
    String form(Model model) {
        model.addAttribute("form", PasswordForm.empty());
        model.addAttribute(
                "required",
                CurrentStaff.principal()
                        .map(p -> ((StaffUser) p).mustChangePassword())
                        .orElse(false));
        return "staff/password";
    }

    @PostMapping("/console/staff/password")
    @Transactional
    String change(
            @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        StaffPrincipal staff = CurrentStaff.require();
        Account account = accounts.findById(staff.accountId()).orElseThrow();
        if (!errors.hasFieldErrors("currentPassword")
                && !encoder.matches(form.currentPassword(), account.passwordHash())) {
            errors.rejectValue("currentPassword", "password.currentWrong");
        }
        if (!errors.hasFieldErrors("newPassword")) {
            PasswordPolicy.check(form.newPassword(), account.username())
                    .ifPresent(key -> errors.rejectValue("newPassword", key));
        }
        if (!errors.hasFieldErrors("newPassword") && encoder.matches(form.newPassword(), account.passwordHash())) {
            errors.rejectValue("newPassword", "password.sameAsOld");
        }
        if (!errors.hasFieldErrors("confirmPassword") && !form.newPassword().equals(form.confirmPassword())) {
            errors.rejectValue("confirmPassword", "password.mismatch");
        }
        if (errors.hasErrors()) {
            model.addAttribute("required", ((StaffUser) staff).mustChangePassword());
            return "staff/password";
        }
        accounts.setPassword(account.id(), encoder.encode(form.newPassword()), false, clock.instant());
        audit.record(AuditEvent.operation(
                "staff.password.change", "staff.account", Long.toString(account.id()), account.regionCode()));
        signIn.refresh(users.loadById(account.id()), request, response);
        redirect.addFlashAttribute("flashSuccess", messages.get("password.changed"));
        return "redirect:/console";
    }
}
