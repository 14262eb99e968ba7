package org.mentorlog.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.mentorlog.security.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /** Nothing in the app uses these browser features, so no injected script may either. */
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, CurrentAccount currentAccount,
                                            SecurityContextHolderStrategy contexts,
                                            ApplicationEventPublisher events) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/icons/**", "/images/**", "/styles/**").permitAll());
        // After sign-in, sign-out and CSRF have seen the session, before the request is treated as
        // anonymous: a session ended here goes on exactly like one that was never signed in.
        http.addFilterBefore(new RightsChangeFilter(currentAccount, contexts, events),
                AnonymousAuthenticationFilter.class);
        http.headers(headers -> headers
                // The PWA shows its offline page in a frame of the app itself; nobody else may frame it.
                .frameOptions(frame -> frame.sameOrigin())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS)));
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    /** {@code @PreAuthorize} judged by the account's current rights; static, as method security needs it early. */
    @Bean
    static MethodSecurityExpressionHandler methodSecurityExpressionHandler(ObjectProvider<CurrentAccount> accounts) {
        return new CurrentRightsExpressionHandler(accounts);
    }

    /** Delegating encoder: bcrypt today, and stored hashes say which algorithm made them. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
