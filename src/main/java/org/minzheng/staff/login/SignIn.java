package org.minzheng.staff.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.audit.AuditOutcome;
import org.minzheng.staff.account.AccountRepository;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finishes a sign-in once every factor is proven, or parks it until the one-time code arrives. */
@Component
class SignIn {

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final HttpSessionSecurityContextRepository contexts;
    private final Clock clock;
    private final SavedRequestAwareAuthenticationSuccessHandler redirect =
            new SavedRequestAwareAuthenticationSuccessHandler();

    SignIn(AccountRepository accounts, AuditLog audit, HttpSessionSecurityContextRepository contexts, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.contexts = contexts;
        this.clock = clock;
        redirect.setDefaultTargetUrl("/console");
    }

    void awaitSecondFactor(StaffUser user, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var pending = UsernamePasswordAuthenticationToken.authenticated(
                new PendingSecondFactor(user.accountId(), user.username()),
                null,
                List.of(new SimpleGrantedAuthority(PendingSecondFactor.AUTHORITY)));
        store(pending, request, response);
        response.sendRedirect(request.getContextPath() + "/login/second-factor");
    }

    @Transactional
    void complete(StaffUser user, HttpServletRequest request, HttpServletResponse response) throws IOException {
        accounts.recordSuccess(user.accountId(), clock.instant());
        audit.record(AuditEvent.login("staff.login.success", AuditOutcome.SUCCESS, user.username(), user.regionCode()));
        user.eraseCredentials();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        request.changeSessionId();
        store(authentication, request, response);
        if (user.mustChangePassword()) {
            response.sendRedirect(request.getContextPath() + "/console/staff/password");
        } else {
            try {
                redirect.onAuthenticationSuccess(request, response, authentication);
            } catch (jakarta.servlet.ServletException e) {
                throw new IOException(e);
            }
        }
    }

    /** Replaces the session's principal, e.g. after a password change cleared the change-required flag. */
    void refresh(StaffUser user, HttpServletRequest request, HttpServletResponse response) {
        user.eraseCredentials();
        store(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), request, response);
    }

    private void store(
            UsernamePasswordAuthenticationToken authentication,
            HttpServletRequest request,
            HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
