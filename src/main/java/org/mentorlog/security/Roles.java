package org.mentorlog.security;

/** Role names, for {@code @RolesAllowed} on views and {@code @PreAuthorize} on services. */
public final class Roles {

    public static final String MENTOR = "MENTOR";
    public static final String TEAM_LEADER = "TEAM_LEADER";
    public static final String HQ_ANALYST = "HQ_ANALYST";
    public static final String ADMIN = "ADMIN";
    /** A permission on top of a role: may take summaries out of the application. */
    public static final String EXPORT = "EXPORT";

    /** Expressions for {@code @PreAuthorize}. */
    public static final String HAS_ADMIN = "hasRole('" + ADMIN + "')";
    public static final String HAS_LEADER = "hasRole('" + TEAM_LEADER + "')";
    public static final String HAS_TEAM_MEMBER = "hasAnyRole('" + MENTOR + "', '" + TEAM_LEADER + "')";
    public static final String HAS_MISSION_READER = "hasAnyRole('" + HQ_ANALYST + "', '" + ADMIN + "')";

    public static final String HAS_EXPORT = "hasAuthority('" + EXPORT + "')";

    private Roles() {
    }
}
