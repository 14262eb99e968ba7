package org.mentorlog.user;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorlog.security.Account;
import org.mentorlog.security.AccountLookup;
import org.mentorlog.security.Role;
import org.mentorlog.security.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Accounts for Spring Security's form login and for scoping services to the signed-in user. */
@Service
@Transactional(readOnly = true)
class AccountDirectory implements AccountLookup, UserDetailsService {

    private final AppUserRepository users;
    private final JdbcClient jdbc;
    private final Clock clock;

    AccountDirectory(AppUserRepository users, JdbcClient jdbc, Clock clock) {
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Read at the start of every signed-in request (the rights check), so as one statement outside a
     * transaction: as an entity with its collection of missions it took about a ninth of the request
     * threads' time in the mentor-side benchmark (issue 10, point 7; docs/benchmarks.md).
     */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<Account> findEnabled(String username) {
        List<AccountRow> rows = jdbc.sql("select u.id, u.username, u.display_name, u.role, u.team_id, u.can_export,"
                        + " u.security_stamp, u.must_change_password, r.mission_id"
                        + " from app_user u left join mission_reader r on r.user_id = u.id"
                        + " where u.username = :username and u.enabled")
                .param("username", username)
                // By position, as listed above: looking each column up by name was a third of this read.
                .query((rs, n) -> new AccountRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Role.valueOf(rs.getString(4)), rs.getObject(5, Long.class), rs.getBoolean(6), rs.getString(7),
                        rs.getBoolean(8), rs.getObject(9, Long.class)))
                .list();
        return rows.stream().findFirst().map(row -> row.account(rows.stream().map(AccountRow::missionId)
                .filter(Objects::nonNull).collect(Collectors.toSet())));
    }

    /** An enabled account with one of the missions it reads (none: null), as {@link #findEnabled} reads it. */
    private record AccountRow(long id, String username, String displayName, Role role, Long teamId, boolean canExport,
                              String securityStamp, boolean mustChangePassword, Long missionId) {

        Account account(Set<Long> missions) {
            return new Account(id, username, displayName, role, teamId, canExport, missions, securityStamp,
                    mustChangePassword);
        }
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
