package org.mentorlog.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The account behind the current request, read fresh from the database so that a changed role or
 * team or a disabled account takes effect at once. Services use it to scope every read and write, and
 * method security judges {@code hasRole} by it rather than by what the session was granted at sign-in.
 */
@Component
public class CurrentAccount {

    // One lookup per HTTP request, however many services the request calls; see loadFor.
    private static final String MEMO = CurrentAccount.class.getName() + ".account:";

    private final AccountLookup accounts;
    // The strategy the filters write to (BearerTokenFilter, Vaadin's); the static holder may be another.
    private final SecurityContextHolderStrategy contexts;

    CurrentAccount(AccountLookup accounts, SecurityContextHolderStrategy contexts) {
        this.contexts = contexts;
        this.accounts = accounts;
    }

    /** The signed-in account; access is denied when there is none. */
    public Account require() {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (!isUser(authentication)) {
            throw new AccessDeniedException("Not signed in");
        }
        return enabled(authentication.getName())
                .orElseThrow(() -> new AccessDeniedException("No enabled account " + authentication.getName()));
    }

    /** The signed-in account, if a user is signed in (not an API token, not anonymous). */
    public Optional<Account> find() {
        Authentication authentication = contexts.getContext().getAuthentication();
        return isUser(authentication) ? enabled(authentication.getName()) : Optional.empty();
    }

    /** The headquarters tool behind the current request, when it came with an API token. */
    public Optional<ApiClient> apiClient() {
        Authentication authentication = contexts.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ApiClient client
                ? Optional.of(client) : Optional.empty();
    }

    /** Whether the signed-in user may export summaries. */
    public boolean canExport() {
        return require().canExport();
    }

    /** The team of a mentor or team leader; access is denied to anyone outside a team. */
    public long requireTeamId() {
        Account account = require();
        if (account.teamId() == null) {
            throw new AccessDeniedException("Account " + account.username() + " belongs to no team");
        }
        return account.teamId();
    }

    /**
     * A user's authentication with the authorities her account holds now; not authenticated at all once
     * the account is disabled. API clients (checked on every request anyway) and anonymous callers pass
     * unchanged.
     */
    Authentication withCurrentRights(Authentication authentication) {
        if (!isUser(authentication)) {
            return authentication;
        }
        Optional<Account> account = enabled(authentication.getName());
        if (account.isEmpty()) {
            return UsernamePasswordAuthenticationToken.unauthenticated(authentication.getPrincipal(), null);
        }
        var current = UsernamePasswordAuthenticationToken.authenticated(authentication.getPrincipal(), null,
                account.get().authorities());
        current.setDetails(authentication.getDetails());
        return current;
    }

    /** The enabled account of that name, as {@link #loadFor} found it for this HTTP request, else read now. */
    @SuppressWarnings("unchecked")
    Optional<Account> enabled(String username) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object memo = request == null ? null : request.getAttribute(MEMO + username, RequestAttributes.SCOPE_REQUEST);
        return memo instanceof Optional<?> known ? (Optional<Account>) known : accounts.findEnabled(username);
    }

    /**
     * Reads the account at the start of an HTTP request and keeps it for the services the request calls,
     * so a request costs one lookup. Only the filter does this: code outside a filtered request (a test,
     * a background task) reads afresh on every call.
     */
    Optional<Account> loadFor(HttpServletRequest request, String username) {
        Optional<Account> found = accounts.findEnabled(username);
        request.setAttribute(MEMO + username, found);
        return found;
    }

    private static boolean isUser(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && !(authentication.getPrincipal() instanceof ApiClient);
    }
}
