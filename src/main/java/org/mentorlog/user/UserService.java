package org.mentorlog.user;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.mentorlog.audit.AuditService;
import org.mentorlog.base.DomainException;
import org.mentorlog.mission.MissionInfo;
import org.mentorlog.mission.MissionService;
import org.mentorlog.security.CurrentAccount;
import org.mentorlog.security.Role;
import org.mentorlog.security.Roles;
import org.mentorlog.security.SignedInSession;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: administrators create them, assign role and team, disable them, reset passwords. */
@Service
@Transactional(readOnly = true)
public class UserService {

    // Sessions are ended lazily, by RightsChangeFilter; each one ended is audited as SESSION_ENDED.
    private static final String SESSIONS_END = "; every session signed in before ends at its next request";

    private final AppUserRepository users;
    private final MissionService missions;
    private final PasswordEncoder passwordEncoder;
    private final CurrentAccount currentAccount;
    private final AuditService audit;
    private final PasswordPolicy passwordPolicy;
    private final SignedInSession session;
    private final Clock clock;

    UserService(AppUserRepository users, MissionService missions, PasswordEncoder passwordEncoder,
                CurrentAccount currentAccount, AuditService audit, PasswordPolicy passwordPolicy,
                SignedInSession session, Clock clock) {
        this.users = users;
        this.missions = missions;
        this.passwordEncoder = passwordEncoder;
        this.currentAccount = currentAccount;
        this.audit = audit;
        this.passwordPolicy = passwordPolicy;
        this.session = session;
        this.clock = clock;
    }

    /** The shortest password the rules accept, for the forms' helper texts. */
    public int passwordMinLength() {
        return passwordPolicy.minLength();
    }

    /** One page of accounts, by username. */
    @PreAuthorize(Roles.HAS_ADMIN)
    public List<UserRow> list(Pageable page) {
        Pageable sorted = page.getSort().isSorted() ? page
                : PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("username"));
        return users.findAll(sorted).stream().map(this::row).toList();
    }

    /** The enabled colleagues of the signed-in mentor or leader. */
    @PreAuthorize(Roles.HAS_TEAM_MEMBER)
    public List<TeamMember> myTeamMembers() {
        return users.findByTeamIdAndEnabledTrueOrderByDisplayName(currentAccount.requireTeamId()).stream()
                .map(user -> new TeamMember(user.getId(), user.getDisplayName()))
                .toList();
    }

    /** Creates an account; the username must be new and a mentor or leader needs an existing team. */
    @Transactional
    @PreAuthorize(Roles.HAS_ADMIN)
    public UserRow create(NewUser newUser) {
        String username = AppUser.normaliseUsername(newUser.username());
        if (users.existsByUsername(username)) {
            throw new DomainException("user.error.duplicate-username", username);
        }
        requireKnownTeam(newUser.role(), newUser.teamId());
        requireKnownMissions(newUser.role(), newUser.missionIds());
        AppUser user = new AppUser(username, newUser.displayName(), encode(newUser.password(), username),
                newUser.role(), newUser.teamId());
        user.grantMissions(newUser.missionIds());
        user.setCanExport(newUser.canExport());
        AppUser saved = users.save(user);
        audit.record("user", saved.getId(), "CREATE", describe(saved));
        return row(saved);
    }

    /**
     * Changes name, role, team, missions, export permission and enabled flag, if nobody changed the
     * account in the meantime. A change of anything but the name ends every session of the user at its
     * next request (the audit entry says so).
     */
    @Transactional
    @PreAuthorize(Roles.HAS_ADMIN)
    public UserRow update(Long userId, UserChanges changes) {
        AppUser user = users.findById(userId).orElseThrow(() -> new DomainException("user.error.unknown"));
        if (user.getVersion() != changes.version()) {
            throw new DomainException("error.concurrent-change");
        }
        boolean self = user.getUsername().equals(currentAccount.require().username());
        if (self && (!changes.enabled() || changes.role() != Role.ADMIN)) {
            throw new DomainException("user.error.cannot-demote-self");
        }
        requireKnownTeam(changes.role(), changes.teamId());
        requireKnownMissions(changes.role(), changes.missionIds());
        String before = describe(user);
        String stamp = user.getSecurityStamp();
        user.rename(changes.displayName());
        user.assign(changes.role(), changes.teamId());
        user.grantMissions(changes.missionIds());
        user.setEnabled(changes.enabled());
        user.setCanExport(changes.canExport());
        audit.record("user", userId, "UPDATE", before + " -> " + describe(user)
                + (stamp.equals(user.getSecurityStamp()) ? "" : SESSIONS_END));
        return row(users.saveAndFlush(user));
    }

    /**
     * Sets a new password that the administrator hands to the user and ends her sessions; at her next
     * sign-in she must choose her own before anything else.
     */
    @Transactional
    @PreAuthorize(Roles.HAS_ADMIN)
    public void resetPassword(Long userId, String newPassword) {
        AppUser user = users.findById(userId).orElseThrow(() -> new DomainException("user.error.unknown"));
        user.changePasswordHash(encode(newPassword, user.getUsername()), true);
        audit.record("user", userId, "RESET_PASSWORD", "username=" + user.getUsername()
                + ", must change it at the next sign-in" + SESSIONS_END);
    }

    /**
     * The signed-in user replaces her own password, typing the current one first. Her other sessions end
     * (the old password may have leaked); this one goes on.
     *
     * @throws DomainException {@code user.error.current-password-wrong}, {@code user.error.password-unchanged},
     *                         or a rule of the password policy
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        String username = currentAccount.require().username();
        AppUser user = users.findByUsername(username).orElseThrow(() -> new DomainException("user.error.unknown"));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new DomainException("user.error.current-password-wrong");
        }
        if (currentPassword.equals(newPassword)) {
            throw new DomainException("user.error.password-unchanged");
        }
        user.changePasswordHash(encode(newPassword, username), false);
        users.saveAndFlush(user);
        audit.record("user", user.getId(), "CHANGE_PASSWORD", "username=" + username
                + "; her other sessions end at their next request");
        session.keepSignedIn(user.getSecurityStamp());
    }

    /**
     * Lifts the lock that too many failed sign-ins put on an account, and starts counting again.
     *
     * @throws DomainException {@code user.error.unknown} when there is no such account
     */
    @Transactional
    @PreAuthorize(Roles.HAS_ADMIN)
    public UserRow unlock(Long userId) {
        AppUser user = users.findById(userId).orElseThrow(() -> new DomainException("user.error.unknown"));
        Instant until = user.lockedUntil(clock.instant());
        if (users.clearFailedSignIns(userId) > 0) {
            audit.record("user", userId, "UNLOCK", "username=" + user.getUsername()
                    + (until == null ? ", was not locked; failed sign-ins counted again from 0" : ", was locked until " + until));
        }
        return row(users.findById(userId).orElseThrow());
    }

    private UserRow row(AppUser user) {
        return UserRow.of(user, user.lockedUntil(clock.instant()));
    }

    private void requireKnownTeam(Role role, Long teamId) {
        if (role != null && role.needsTeam() && teamId != null && !missions.teamExists(teamId)) {
            throw new DomainException("user.error.unknown-team");
        }
    }

    private void requireKnownMissions(Role role, Set<Long> missionIds) {
        if (role == Role.HQ_ANALYST && missionIds != null && !missionIds.isEmpty()) {
            Set<Long> known = missions.missions().stream().map(MissionInfo::id).collect(Collectors.toSet());
            if (!known.containsAll(missionIds)) {
                throw new DomainException("user.error.unknown-mission");
            }
        }
    }

    private String encode(String password, String username) {
        passwordPolicy.check(password, username);
        return passwordEncoder.encode(password);
    }

    private static String describe(AppUser user) {
        return "username=%s, role=%s, team=%s, missions=%s, enabled=%s, export=%s".formatted(user.getUsername(),
                user.getRole(), user.getTeamId(), new TreeSet<>(user.getGrantedMissionIds()), user.isEnabled(),
                user.isCanExport());
    }
}
