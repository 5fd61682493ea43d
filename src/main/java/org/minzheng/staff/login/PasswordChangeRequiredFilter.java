package org.minzheng.staff.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A staff member with a temporary or expired password may open nothing but the password form. Not a
 * bean: a bean filter would also be registered with the servlet container and run outside security.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    private static final List<String> ALLOWED =
            List.of("/console/staff/password", "/logout", "/css/", "/js/", "/webjars/", "/error");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (authentication != null
                && authentication.getPrincipal() instanceof StaffUser user
                && user.mustChangePassword()
                && ALLOWED.stream().noneMatch(path::startsWith)) {
            response.sendRedirect(request.getContextPath() + "/console/staff/password");
            return;
        }
        chain.doFilter(request, response);
    }
}
