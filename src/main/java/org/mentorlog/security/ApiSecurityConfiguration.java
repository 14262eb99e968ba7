package org.mentorlog.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * The JSON API for headquarters tools and its documentation, each in a chain of its own ahead of
 * Vaadin's: stateless, no session, no CSRF token (nothing here is sent by a browser with a cookie).
 */
@Configuration
class ApiSecurityConfiguration {

    /** Paths of the OpenAPI description and Swagger UI, served by springdoc. */
    static final String[] DOCUMENTATION = {"/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
            "/swagger-ui.html", "/swagger-ui/**"};

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiClientLookup clients,
                                               SecurityContextHolderStrategy contexts,
                                               @Value("${mentorlog.api.rate-limit.per-token:30}") int perToken,
                                               @Value("${mentorlog.api.rate-limit.per-address:60}") int perAddress)
            throws Exception {
        ApiProblemEntryPoint entryPoint = new ApiProblemEntryPoint();
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Roles.API_CLIENT))
                .addFilterBefore(new BearerTokenFilter(clients, entryPoint, contexts), AuthorizationFilter.class)
                // Before the token is looked up, so that guessing tokens is throttled too.
                .addFilterBefore(new ApiRateLimit(perToken, perAddress), BearerTokenFilter.class)
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint));
        return stateless(http).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiDocumentationFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(DOCUMENTATION)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return stateless(http).build();
    }

    private static HttpSecurity stateless(HttpSecurity http) throws Exception {
        return http.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable());
    }
}
