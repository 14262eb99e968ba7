package org.mentorlog.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The field app's JSON endpoints ({@code /field-api/**}): the browser session of a signed-in mentor, as
 * for the views, but a request without one is answered 401 (the app keeps its changes and asks her to
 * sign in) instead of being sent to the sign-in page. Changes need the session's CSRF token, which the
 * app takes from its snapshot and sends in a header.
 */
@Configuration
class FieldSecurityConfiguration {

    /**
     * The field app's page: a route of the browser's router that the server does not know, which Vaadin's
     * own access check would refuse. Mentors get the app; anyone signed out is sent to sign in.
     */
    @Bean
    @Order(3)
    SecurityFilterChain fieldAppFilterChain(HttpSecurity http, CurrentAccount currentAccount,
                                            SecurityContextHolderStrategy contexts,
                                            ApplicationEventPublisher events) throws Exception {
        mentorsOnly(http, "/field", new LoginUrlAuthenticationEntryPoint("/login"), currentAccount, contexts, events)
                .headers(headers -> headers
                        .frameOptions(frame -> frame.sameOrigin())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityConfiguration.CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(SecurityConfiguration.PERMISSIONS)));
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain fieldApiFilterChain(HttpSecurity http, CurrentAccount currentAccount,
                                            SecurityContextHolderStrategy contexts,
                                            ApplicationEventPublisher events) throws Exception {
        mentorsOnly(http, "/field-api/**", new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), currentAccount,
                contexts, events)
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }

    /** A signed-in mentor's browser session, ended like every other as soon as her rights change. */
    private static HttpSecurity mentorsOnly(HttpSecurity http, String paths, AuthenticationEntryPoint signedOut,
                                            CurrentAccount currentAccount, SecurityContextHolderStrategy contexts,
                                            ApplicationEventPublisher events) throws Exception {
        return http.securityMatcher(paths)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Roles.MENTOR))
                .addFilterBefore(new RightsChangeFilter(currentAccount, contexts, events),
                        AnonymousAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signedOut));
    }
}
