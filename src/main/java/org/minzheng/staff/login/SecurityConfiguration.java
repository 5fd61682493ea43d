package org.minzheng.staff.login;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Staff sign in with a form; the session lives in PostgreSQL and expires after 30 idle minutes.
 * Only the sign-in pages, static assets and the health probe are open; the citizen portal will be
 * opened here when it exists.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** Everything our pages load comes from us: no inline script, no third-party origin. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    HttpSessionSecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    SecurityFilterChain staffSecurity(
            HttpSecurity http,
            HttpSessionSecurityContextRepository contextRepository,
            LoginSuccessHandler successHandler,
            LoginFailureHandler failureHandler,
            SecurityEvents securityEvents)
            throws Exception {
        RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        http.securityContext(context -> context.securityContextRepository(contextRepository))
                .authorizeHttpRequests(
                        requests -> requests.requestMatchers("/login", "/login/locked", "/error", "/error/**")
                                .permitAll()
                                .requestMatchers("/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico")
                                .permitAll()
                                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus")
                                .permitAll()
                                // the citizen portal behind the village QR codes and the public lists (码上查):
                                // citizens have no staff account
                                .requestMatchers("/v/**", "/gs", "/gs/**")
                                .permitAll()
                                // the public charity page (慈善信息公开)
                                .requestMatchers("/charity", "/charity/**")
                                .permitAll()
                                // a family member confirms a home-care visit from the link texted at check-out
                                .requestMatchers("/care/confirm/**")
                                .permitAll()
                                // the demo's stand-in handsets; the page exists only while demo data is on
                                .requestMatchers("/dev/sms-inbox")
                                .permitAll()
                                .requestMatchers("/login/second-factor", "/login/second-factor/**")
                                .hasAuthority(PendingSecondFactor.AUTHORITY)
                                .anyRequest()
                                .hasAuthority(StaffUser.STAFF_AUTHORITY))
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(successHandler)
                        .failureHandler(failureHandler)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .addLogoutHandler(securityEvents)
                        .logoutSuccessUrl("/login?logout"))
                .exceptionHandling(errors -> errors.accessDeniedHandler(securityEvents)
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api)
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/login"), request -> !api.matches(request)))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                .addFilterAfter(new PasswordChangeRequiredFilter(), BasicAuthenticationFilter.class);
        return http.build();
    }
}
