package org.minzheng.payment.benefit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import org.minzheng.shared.web.Messages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The partner API ({@code /api/v1/benefits}) answers to department API keys only: its own filter chain, ahead
 * of the staff chain, without sessions and without CSRF (no browser is involved), so that a staff session
 * cookie opens nothing here and a key opens nothing elsewhere.
 */
@Configuration(proxyBeanMethods = false)
class PartnerApiSecurity {

    static final String HEADER = "X-API-Key";
    static final String PATH = "/api/v1/benefits";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain partnerApi(HttpSecurity http, ApiKeys keys, Messages messages, JsonMapper json)
            throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, refused) -> {
            response.setHeader("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"");
            problem(
                    request,
                    response,
                    json,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    "unauthorized",
                    messages.get("benefit.api.unauthorized.title"),
                    messages.get("benefit.api.unauthorized.detail", HEADER));
        };
        // someone signed in otherwise (a staff member) is no department
        AccessDeniedHandler forbidden = (request, response, refused) -> problem(
                request,
                response,
                json,
                HttpServletResponse.SC_FORBIDDEN,
                "forbidden",
                messages.get("error.403.title"),
                messages.get("error.403.detail"));
        http.securityMatcher(PATH, PATH + "/**")
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(PartnerDepartment.AUTHORITY))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .addFilterBefore(new ApiKeyFilter(keys), BasicAuthenticationFilter.class);
        return http.build();
    }

    /** RFC 9457, like every other error of the JSON API. */
    private static void problem(
            HttpServletRequest request,
            HttpServletResponse response,
            JsonMapper json,
            int status,
            String type,
            String title,
            String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "https://minzheng.org/problems/" + type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        json.writeValue(response.getWriter(), problem);
    }

    /** Signs the request in as the department its key names; a missing or wrong key leaves it anonymous. */
    static final class ApiKeyFilter extends OncePerRequestFilter {

        private final ApiKeys keys;

        ApiKeyFilter(ApiKeys keys) {
            this.keys = keys;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            keys.authenticate(request.getHeader(HEADER)).ifPresent(department -> {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        department, null, List.of(new SimpleGrantedAuthority(PartnerDepartment.AUTHORITY))));
                SecurityContextHolder.setContext(context);
            });
            chain.doFilter(request, response);
        }
    }
}
