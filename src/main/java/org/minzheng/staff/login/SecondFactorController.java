package org.minzheng.staff.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.OptionalLong;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.shared.qr.QrCode;
import org.minzheng.staff.account.Account;
import org.minzheng.staff.account.AccountRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 双因素认证: the TOTP step for roles that demand it. A first visit enrols the authenticator app with
 * a QR code; later visits ask for the current six-digit code. Wrong codes count toward the lock.
 */
@Controller
class SecondFactorController {

    static final String CIPHER_CONTEXT = "staff.accounts.totp_secret";

    private final AccountRepository accounts;
    private final PersonalDataCipher cipher;
    private final StaffUserDetailsService users;
    private final LoginAttempts attempts;
    private final SignIn signIn;
    private final Clock clock;
    private final boolean showHint;

    SecondFactorController(
            AccountRepository accounts,
            PersonalDataCipher cipher,
            StaffUserDetailsService users,
            LoginAttempts attempts,
            SignIn signIn,
            Clock clock,
            @Value("${minzheng.demo-data.show-totp-hint:false}") boolean showHint) {
        this.accounts = accounts;
        this.cipher = cipher;
        this.users = users;
        this.attempts = attempts;
        this.signIn = signIn;
        this.clock = clock;
        this.showHint = showHint;
    }

    @GetMapping("/login/second-factor")
    String form(Model model) {
        show(pendingAccount(), model);
        return "staff/second-factor";
    }

    @PostMapping("/login/second-factor")
    String verify(
            @RequestParam(defaultValue = "") String code,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        Account account = pendingAccount();
        String secret = cipher.decrypt(account.totpSecretCipher(), CIPHER_CONTEXT);
        OptionalLong step = Totp.matchingStep(secret, code, clock.instant());
        if (step.isPresent() && accounts.useTotpStep(account.id(), step.getAsLong())) {
            signIn.complete(users.loadById(account.id()), request, response);
            return null;
        }
        if (attempts.failed(account.username(), "one-time-code")) {
            SecurityContextHolder.clearContext();
            request.getSession().invalidate();
            return "redirect:/login?error=locked";
        }
        model.addAttribute("codeError", true);
        show(accounts.findById(account.id()).orElseThrow(), model);
        return "staff/second-factor";
    }

    private void show(Account account, Model model) {
        String secret;
        if (account.totpSecretCipher() == null) {
            secret = Totp.newSecret();
            accounts.setTotpSecret(account.id(), cipher.encrypt(secret, CIPHER_CONTEXT));
        } else {
            secret = cipher.decrypt(account.totpSecretCipher(), CIPHER_CONTEXT);
        }
        boolean enrolling = !account.totpConfirmed();
        model.addAttribute("enrolling", enrolling);
        model.addAttribute("username", account.username());
        if (enrolling) {
            // Groups of four are easier to read off the screen and type into an app; apps ignore the spaces.
            model.addAttribute("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
            // Inline, so the enrolment secret never leaves the page as a separate URL.
            model.addAttribute(
                    "qrDataUri",
                    QrCode.of(Totp.otpauthUri("滨州民政", account.username(), secret))
                            .dataUri(240));
        }
        if (showHint) {
            model.addAttribute("demoCode", Totp.codeAt(secret, Totp.stepAt(clock.instant())));
        }
    }

    private Account pendingAccount() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof PendingSecondFactor pending)) {
            throw new org.springframework.security.access.AccessDeniedException("No sign-in awaits a second factor");
        }
        return accounts.findById(pending.accountId())
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Account gone"));
    }
}
