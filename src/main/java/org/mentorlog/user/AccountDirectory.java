package org.mentorlog.user;

import java.time.Clock;
import java.util.Optional;
import org.mentorlog.security.Account;
import org.mentorlog.security.AccountLookup;
import org.mentorlog.security.SignedInUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts for Spring Security's form login and for scoping services to the signed-in user. */
@Service
@Transactional(readOnly = true)
class AccountDirectory implements AccountLookup, UserDetailsService {

    private final AppUserRepository users;
    private final Clock clock;

    AccountDirectory(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public Optional<Account> findEnabled(String username) {
        return users.findByUsername(username).filter(AppUser::isEnabled).map(AppUser::toAccount);
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsername(username.strip().toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException(username));
        // The stamp is read with the password hash, so the session remembers the rights it was granted.
        // Locked or disabled is checked only after the password (SecurityConfiguration): the answer and its
        // timing are the same as for a wrong password, whether or not the username exists.
        return new SignedInUser(user.getUsername(), user.getPasswordHash(), user.isEnabled(),
                user.lockedUntil(clock.instant()) == null, user.toAccount().authorities(), user.getSecurityStamp());
    }
}
