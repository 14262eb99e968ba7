package org.mentorlog.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The principal of a browser session: Spring's user, plus the security stamp her account had when the
 * password was checked. {@link RightsChangeFilter} ends the session once the account's stamp differs.
 */
public final class SignedInUser extends User {

    private final String securityStamp;

    public SignedInUser(String username, String passwordHash, boolean enabled,
                        Collection<? extends GrantedAuthority> authorities, String securityStamp) {
        super(username, passwordHash, enabled, true, true, true, authorities);
        this.securityStamp = securityStamp;
    }

    public String securityStamp() {
        return securityStamp;
    }
}
