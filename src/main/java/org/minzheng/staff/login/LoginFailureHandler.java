package org.minzheng.staff.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a failed sign-in back to the form with a reason. Wrong user name and wrong password read the
 * same, so the form does not tell which user names exist; a lock is named because the clerk must
 * know to wait or call the administrator.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

    private final LoginAttempts attempts;

    LoginFailureHandler(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String reason;
        if (exception instanceof LockedException || attempts.isLocked(request.getParameter("username"))) {
            reason = "locked";
        } else if (exception instanceof DisabledException) {
            reason = "disabled";
        } else {
            reason = "bad";
        }
        // The form shows the typed user name again, so a clerk retypes only the password.
        String username = request.getParameter("username");
        if (username != null && username.length() <= 40) {
            request.getSession().setAttribute(LoginController.LAST_USERNAME, username.strip());
        }
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }
}
