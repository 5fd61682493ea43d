package org.minzheng.shared.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.minzheng.shared.web.Messages;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A filter chain for a partner-department API: opened by an {@code X-API-Key} header only, stateless and
 * without CSRF (no browser takes part), so a staff session opens nothing there and a key opens nothing
 * elsewhere. Refusals answer in RFC 9457 problem details like every other error of the JSON API.
 */
public final class ApiKeyChain {

    public static final String HEADER = "X-API-Key";

    private ApiKeyChain() {}

    /**
     * @param path the API's path; the chain covers it and everything below
     * @param authority what a known key grants
     * @param departments the department a presented key belongs to; empty for a missing or wrong key
     * @param unauthorizedKey message key prefix of the 401 answer ({@code .title}, {@code .detail} with the header name)
     */
    public static SecurityFilterChain build(
            HttpSecurity http,
            String path,
            String authority,
            Function<String, Optional<?>> departments,
            String unauthorizedKey,
            Messages messages,
            JsonMapper json)
            throws Exception {
        http.securityMatcher(path, path + "/**")
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(authority))
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, refused) -> {
                            response.setHeader("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"");
                            problem(
                                    request,
                                    response,
                                    json,
                                    HttpServletResponse.SC_UNAUTHORIZED,
                                    "unauthorized",
                                    messages.get(unauthorizedKey + ".title"),
                                    messages.get(unauthorizedKey + ".detail", HEADER));
                        })
                        // someone signed in otherwise (a staff member) is no department
                        .accessDeniedHandler((request, response, refused) -> problem(
                                request,
                                response,
                                json,
                                HttpServletResponse.SC_FORBIDDEN,
                                "forbidden",
                                messages.get("error.403.title"),
                                messages.get("error.403.detail"))))
                .addFilterBefore(new KeyFilter(departments, authority), BasicAuthenticationFilter.class);
        return http.build();
    }

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

    /** Signs the request in as the department whose key it carries; a missing or wrong key leaves it anonymous. */
    private static final class KeyFilter extends OncePerRequestFilter {

        private final Function<String, Optional<?>> departments;
        private final String authority;

        KeyFilter(Function<String, Optional<?>> departments, String authority) {
            this.departments = departments;
            this.authority = authority;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            departments.apply(request.getHeader(HEADER)).ifPresent(department -> {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        department, null, List.of(new SimpleGrantedAuthority(authority))));
                SecurityContextHolder.setContext(context);
            });
            chain.doFilter(request, response);
        }
    }
}
