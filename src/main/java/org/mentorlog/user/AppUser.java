package org.mentorlog.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mentorlog.base.DomainException;
import org.mentorlog.base.PlainText;
import org.mentorlog.base.VersionedEntity;
import org.mentorlog.security.Account;
import org.mentorlog.security.Role;

/** A person who signs in. Mentors and team leaders belong to exactly one team. */
@Entity
@Table(name = "app_user")
class AppUser extends VersionedEntity {

    @Column(nullable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private Role role;

    @Column(name = "team_id")
    private Long teamId;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "can_export", nullable = false)
    private boolean canExport;

    /** The missions a headquarters analyst reads; empty for every other role. */
    @ElementCollection
    @CollectionTable(name = "mission_reader", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "mission_id")
    private Set<Long> grantedMissionIds = new HashSet<>();

    /**
     * Replaced whenever what the account may do changes (role, team, missions read, export, enabled,
     * password). A session remembers the stamp it signed in with and ends when it no longer matches.
     */
    @Column(name = "security_stamp", nullable = false)
    private String securityStamp = newStamp();

    // Written by SignInGuard with updates of their own, so a sign-in never bumps the version.
    @Column(name = "failed_sign_ins", nullable = false, insertable = false, updatable = false)
    private int failedSignIns;

    @Column(name = "locked_until", insertable = false, updatable = false)
    private Instant lockedUntil;

    /** Set when an administrator sets the password: its owner must choose her own at the next sign-in. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    protected AppUser() {
    }

    AppUser(String username, String displayName, String passwordHash, Role role, Long teamId) {
        this.username = normaliseUsername(username);
        this.passwordHash = passwordHash;
        rename(displayName);
        assign(role, teamId);
    }

    static String normaliseUsername(String username) {
        String value = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            throw new DomainException("user.error.username-required");
        }
        if (value.length() < UserLimits.USERNAME_MIN || value.length() > UserLimits.USERNAME_MAX
                || !value.matches(UserLimits.USERNAME_PATTERN)) {
            throw new DomainException("user.error.username-format", UserLimits.USERNAME_MIN, UserLimits.USERNAME_MAX);
        }
        return value;
    }

    void rename(String newDisplayName) {
        String value = newDisplayName == null ? "" : PlainText.clean(newDisplayName);
        if (value.isEmpty()) {
            throw new DomainException("user.error.display-name-required");
        }
        if (value.length() > UserLimits.DISPLAY_NAME_MAX) {
            throw new DomainException("user.error.display-name-too-long", UserLimits.DISPLAY_NAME_MAX);
        }
        this.displayName = value;
    }

    /** Mentors and leaders need a team; headquarters and administrators stand outside teams. */
    void assign(Role newRole, Long newTeamId) {
        if (newRole == null) {
            throw new DomainException("user.error.role-required");
        }
        if (newRole.needsTeam() && newTeamId == null) {
            throw new DomainException("user.error.team-required");
        }
        Long newTeam = newRole.needsTeam() ? newTeamId : null;
        if (newRole != role || !Objects.equals(newTeam, teamId)) {
            restamp();
        }
        this.role = newRole;
        this.teamId = newTeam;
        if (newRole != Role.HQ_ANALYST) {
            grantMissions(Set.of());
        }
    }

    /** The missions an analyst reads; other roles read by team (mentors, leaders) or everything (administrators). */
    void grantMissions(Set<Long> missionIds) {
        Set<Long> granted = role == Role.HQ_ANALYST && missionIds != null ? Set.copyOf(missionIds) : Set.of();
        if (!granted.equals(grantedMissionIds)) {
            restamp();
            grantedMissionIds.clear();
            grantedMissionIds.addAll(granted);
        }
    }

    Set<Long> getGrantedMissionIds() {
        return Set.copyOf(grantedMissionIds);
    }

    /**
     * A new password also ends the sessions signed in with the old one: it may have leaked. One an
     * administrator set must be replaced by its owner at the next sign-in.
     */
    void changePasswordHash(String newHash, boolean setByAdministrator) {
        this.passwordHash = newHash;
        this.mustChangePassword = setByAdministrator;
        restamp();
    }

    boolean isMustChangePassword() {
        return mustChangePassword;
    }

    /** Until when the account is locked after too many failed sign-ins; null when it is not locked at that time. */
    Instant lockedUntil(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now) ? lockedUntil : null;
    }

    void setCanExport(boolean canExport) {
        if (canExport != this.canExport) {
            restamp();
        }
        this.canExport = canExport;
    }

    boolean isCanExport() {
        return canExport;
    }

    void setEnabled(boolean enabled) {
        if (enabled != this.enabled) {
            restamp();
        }
        this.enabled = enabled;
    }

    Account toAccount() {
        return new Account(getId(), username, displayName, role, teamId, canExport, grantedMissionIds,
                securityStamp, mustChangePassword);
    }

    String getSecurityStamp() {
        return securityStamp;
    }

    private void restamp() {
        securityStamp = newStamp();
    }

    private static String newStamp() {
        return UUID.randomUUID().toString();
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Role getRole() {
        return role;
    }

    Long getTeamId() {
        return teamId;
    }

    boolean isEnabled() {
        return enabled;
    }
}
