package org.mentorlog.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The account behind the current request, read fresh from the database so that a changed team or
 * a disabled account takes effect at once. Services use it to scope every read and write.
 */
@Component
public class CurrentAccount {

    private final AccountLookup accounts;

    CurrentAccount(AccountLookup accounts) {
        this.accounts = accounts;
    }

    /** The signed-in account; access is denied when there is none. */
    public Account require() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            throw new AccessDeniedException("Not signed in");
        }
        return accounts.findEnabled(authentication.getName())
                .orElseThrow(() -> new AccessDeniedException("No enabled account " + authentication.getName()));
    }

    /** The headquarters tool behind the current request, when it came with an API token. */
    public Optional<ApiClient> apiClient() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
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
}
