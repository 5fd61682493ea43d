package org.minzheng.staff.login;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs requests in as a given staff account, with the permissions and region it really has. */
@TestComponent
public class StaffLogins {

    private final StaffUserDetailsService users;

    StaffLogins(StaffUserDetailsService users) {
        this.users = users;
    }

    public RequestPostProcessor as(String username) {
        StaffUser user = users.loadUserByUsername(username);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    public StaffUser user(String username) {
        return users.loadUserByUsername(username);
    }
}
