package org.mentorlog.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
import org.mentorlog.security.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * As strict as Vaadin Flow allows. Flow starts its client engine with an inline script and runs what
     * the server sends ({@code executeJs}, event data) as constructed functions, so scripts need
     * 'unsafe-inline' and 'unsafe-eval'; its components set inline styles. Everything else comes from this
     * origin only: scripts, styles, fonts, the JSON endpoints and Vaadin's requests (connect-src), the
     * service worker (worker-src) and the PWA's offline page, which the app frames itself (frame-src,
     * frame-ancestors). Images may also be data: and blob: URLs (icons of the theme, generated charts).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "worker-src 'self'; "
            + "manifest-src 'self'; "
            + "frame-src 'self'; "
            + "frame-ancestors 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'";

    /** Nothing in the app uses these browser features, so no injected script may either. */
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, CurrentAccount currentAccount,
                                            SecurityContextHolderStrategy contexts,
                                            ApplicationEventPublisher events, RequestUtil vaadinRequests)
            throws Exception {
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
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS))
                // Not on Vaadin's hashed bundles: a policy means nothing on a script or stylesheet, and its
                // 330 bytes on each of dozens of small chunks would cross slow field links for nothing.
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/VAADIN/build/**")),
                        new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY))));
        // Vaadin's configurer exempts the login form from CSRF protection, so another site could sign a
        // browser in to an account of its choosing (login CSRF). Here only Vaadin's own requests are
        // exempt, as they carry Vaadin's token; the login form sends Spring's, which Flow puts in the page.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.addFilterBefore(new ExpiredLoginPageFilter(), CsrfFilter.class);
        // Spring's default, stated because a test holds it: the session id changes at sign-in.
        http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()));
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false));
        return http.build();
    }

    /** {@code @PreAuthorize} judged by the account's current rights; static, as method security needs it early. */
    @Bean
    static MethodSecurityExpressionHandler methodSecurityExpressionHandler(ObjectProvider<CurrentAccount> accounts) {
        return new CurrentRightsExpressionHandler(accounts);
    }

    /**
     * Form sign-in: the password is checked before whether the account is locked or disabled, so every
     * refusal costs the same bcrypt comparison and reads the same, whether the username exists or not,
     * and a locked account never tells a guesser that the password was right.
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(UserDetailsService accounts, PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(account -> {
        });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }

    /** Delegating encoder: bcrypt today, and stored hashes say which algorithm made them. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
