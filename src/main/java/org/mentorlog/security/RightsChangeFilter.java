package org.mentorlog.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a browser session as soon as its account no longer holds what the session was granted at
 * sign-in: disabled, or a new security stamp (role, team, missions, export or password changed). The
 * request then goes on signed out: a page load is sent to sign-in, and Vaadin answers a click with
 * "session expired", on which the browser reloads and lands on sign-in too. The check is one lookup of
 * the account per request, in the database every cluster node shares, so no session registry is needed.
 */
class RightsChangeFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RightsChangeFilter.class);

    private final CurrentAccount currentAccount;
    private final SecurityContextHolderStrategy contexts;
    private final ApplicationEventPublisher events;
    private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

    RightsChangeFilter(CurrentAccount currentAccount, SecurityContextHolderStrategy contexts,
                       ApplicationEventPublisher events) {
        this.currentAccount = currentAccount;
        this.contexts = contexts;
        this.events = events;
        logout.setSecurityContextHolderStrategy(contexts);
        // Both places the sign-in filter chain keeps a context, so neither hands the old one back.
        logout.setSecurityContextRepository(new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()) {
            Optional<Account> account = currentAccount.loadFor(request, authentication.getName());
            if (account.isEmpty()) {
                end(request, response, authentication, SessionEnded.Reason.ACCOUNT_DISABLED);
            } else if (!(authentication.getPrincipal() instanceof SignedInUser user)
                    || !account.get().securityStamp().equals(user.securityStamp())) {
                // A principal without a stamp was signed in before stamps existed: nothing vouches for it.
                end(request, response, authentication, SessionEnded.Reason.RIGHTS_CHANGED);
            }
        }
        chain.doFilter(request, response);
    }

    private void end(HttpServletRequest request, HttpServletResponse response, Authentication authentication,
                     SessionEnded.Reason reason) {
        String username = authentication.getName();
        logout.logout(request, response, authentication);
        request.getSession(true).setAttribute(SessionEnded.NOTICE, reason);
        log.info("Ended a session of {}: {}", username, reason);
        // Published once the context is cleared, so the audit trail names the system as the actor.
        events.publishEvent(new SessionEnded(username, reason));
    }
}
