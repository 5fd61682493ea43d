package org.minzheng.registry.feed;

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
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The feed API ({@code /api/v1/registry/feeds}) opens to department keys only: a filter chain of its own ahead
 * of the staff chain, stateless and without CSRF (no browser takes part), so a staff session opens nothing
 * here and a department key opens nothing elsewhere.
 */
@Configuration(proxyBeanMethods = false)
class FeedApiSecurity {

    static final String HEADER = "X-API-Key";
    static final String PATH = "/api/v1/registry/feeds";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 11)
    SecurityFilterChain feedApi(HttpSecurity http, FeedApiKeys keys, Messages messages, JsonMapper json)
            throws Exception {
        http.securityMatcher(PATH, PATH + "/**")
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(
                        requests -> requests.anyRequest().hasAuthority(FeedDepartmentPrincipal.AUTHORITY))
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, refused) -> {
                            response.setHeader("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"");
                            problem(
                                    request,
                                    response,
                                    json,
                                    HttpServletResponse.SC_UNAUTHORIZED,
                                    messages.get("feed.api.unauthorized.title"),
                                    messages.get("feed.api.unauthorized.detail", HEADER));
                        })
                        .accessDeniedHandler((request, response, refused) -> problem(
                                request,
                                response,
                                json,
                                HttpServletResponse.SC_FORBIDDEN,
                                messages.get("error.403.title"),
                                messages.get("error.403.detail"))))
                .addFilterBefore(new KeyFilter(keys), BasicAuthenticationFilter.class);
        return http.build();
    }

    /** RFC 9457, as every error of the JSON API. */
    private static void problem(
            HttpServletRequest request,
            HttpServletResponse response,
            JsonMapper json,
            int status,
            String title,
            String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        var body = new LinkedHashMap<String, Object>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        json.writeValue(response.getWriter(), body);
    }

    /** Signs the request in as the department whose key it carries; without a right key it stays anonymous. */
    static final class KeyFilter extends OncePerRequestFilter {

        private final FeedApiKeys keys;

        KeyFilter(FeedApiKeys keys) {
            this.keys = keys;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            keys.authenticate(request.getHeader(HEADER)).ifPresent(department -> {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        department, null, List.of(new SimpleGrantedAuthority(FeedDepartmentPrincipal.AUTHORITY))));
                SecurityContextHolder.setContext(context);
            });
            chain.doFilter(request, response);
        }
    }
}
