package org.mentorlog.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The principal of a browser session: Spring's user, plus the security stamp her account had when the
 * password was checked. {@link RightsChangeFilter} ends the session once the account's stamp differs.
 * {@code accountNonLocked} is false while too many failed sign-ins lock the account.
 */
public final class SignedInUser extends User {

    private final String securityStamp;

    public SignedInUser(String username, String passwordHash, boolean enabled, boolean accountNonLocked,
                        Collection<? extends GrantedAuthority> authorities, String securityStamp) {
        super(username, passwordHash, enabled, true, true, accountNonLocked, authorities);
        this.securityStamp = securityStamp;
    }

    public String securityStamp() {
        return securityStamp;
    }
}
