package org.mentorlog.security;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The browser session of the signed-in user. When she changes her own password her account gets a new
 * security stamp, which ends every session signed in before; this one takes the new stamp, so that it is
 * the only one that goes on.
 */
@Component
public class SignedInSession {

    private final SecurityContextHolderStrategy contexts;

    SignedInSession(SecurityContextHolderStrategy contexts) {
        this.contexts = contexts;
    }

    /** Lets the current session carry the account's new stamp; outside a signed-in browser request, does nothing. */
    public void keepSignedIn(String newStamp) {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
            return;
        }
        SignedInUser renewed = new SignedInUser(user.getUsername(), "", true, true, user.getAuthorities(), newStamp);
        var replacement = UsernamePasswordAuthenticationToken.authenticated(renewed, null,
                authentication.getAuthorities());
        replacement.setDetails(authentication.getDetails());
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(replacement);
        contexts.setContext(context);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            HttpSession session = request.getRequest().getSession(false);
            if (session != null) {
                session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
            }
        }
    }
}
