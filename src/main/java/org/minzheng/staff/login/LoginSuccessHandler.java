package org.minzheng.staff.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/** After a correct password: administrators go on to the one-time code, everyone else is in. */
@Component
class LoginSuccessHandler implements AuthenticationSuccessHandler {

    private final SignIn signIn;

    LoginSuccessHandler(SignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        StaffUser user = (StaffUser) authentication.getPrincipal();
        if (user.secondFactorRequired()) {
            signIn.awaitSecondFactor(user, request, response);
        } else {
            signIn.complete(user, request, response);
        }
    }
}
