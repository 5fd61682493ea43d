package org.minzheng.staff.login;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import org.minzheng.audit.AuditCategory;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.audit.AuditOutcome;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.web.Messages;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sign-outs and refused requests are security events (等保 2.0 安全审计): both go to the audit log,
 * the refusal then answered as usual with the 403 page.
 */
@Component
class SecurityEvents implements LogoutHandler, AccessDeniedHandler {

    private static final int MAX_TARGET = 80;

    private final AuditLog audit;
    private final Messages messages;
    private final JsonMapper json;
    private final AccessDeniedHandler answer = new AccessDeniedHandlerImpl();

    SecurityEvents(AuditLog audit, Messages messages, JsonMapper json) {
        this.audit = audit;
        this.messages = messages;
        this.json = json;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof StaffUser user) {
            audit.record(AuditEvent.login("staff.logout", AuditOutcome.SUCCESS, user.username(), user.regionCode()));
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException, ServletException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String username = null;
        RegionCode region = null;
        if (authentication != null && authentication.getPrincipal() instanceof StaffUser user) {
            username = user.username();
            region = user.regionCode();
        } else if (authentication != null && authentication.getPrincipal() instanceof PendingSecondFactor pending) {
            username = pending.username();
        }
        String target = request.getMethod() + " " + request.getRequestURI();
        audit.record(new AuditEvent(
                AuditCategory.OPERATION,
                "staff.access.denied",
                AuditOutcome.FAILURE,
                "url",
                target.length() > MAX_TARGET ? target.substring(0, MAX_TARGET) : target,
                region,
                refused.getClass().getSimpleName(),
                username,
                region));
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            answerWithProblemDetails(request, response);
        } else {
            answer.handle(request, response, refused);
        }
    }

    /** RFC 9457, like every other error of the JSON API. */
    private void answerWithProblemDetails(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "https://minzheng.org/problems/forbidden");
        problem.put("title", messages.get("error.403.title"));
        problem.put("status", HttpServletResponse.SC_FORBIDDEN);
        problem.put("detail", messages.get("error.403.detail"));
        problem.put("instance", request.getRequestURI());
        json.writeValue(response.getWriter(), problem);
    }
}
