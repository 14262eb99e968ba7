package org.mentorlog.security;

/** Role names, for {@code @RolesAllowed} on views and {@code @PreAuthorize} on services. */
public final class Roles {

    public static final String MENTOR = "MENTOR";
    public static final String TEAM_LEADER = "TEAM_LEADER";
    public static final String HQ_ANALYST = "HQ_ANALYST";
    public static final String ADMIN = "ADMIN";
    /** A permission on top of a role: may take summaries out of the application. */
    public static final String EXPORT = "EXPORT";
    /** Not a user: a headquarters tool calling the JSON API with a mission's API token. */
    public static final String API_CLIENT = "API_CLIENT";

    /** Expressions for {@code @PreAuthorize}. */
    public static final String HAS_ADMIN = "hasRole('" + ADMIN + "')";
    public static final String HAS_LEADER = "hasRole('" + TEAM_LEADER + "')";
    public static final String HAS_TEAM_MEMBER = "hasAnyRole('" + MENTOR + "', '" + TEAM_LEADER + "')";
    public static final String HAS_MISSION_READER = "hasAnyRole('" + HQ_ANALYST + "', '" + ADMIN + "')";
    /** Headquarters' suppressed aggregates: mission readers, and headquarters tools through the API. */
    public static final String HAS_AGGREGATE_READER = "hasAnyRole('" + HQ_ANALYST + "', '" + ADMIN + "', '"
            + API_CLIENT + "')";

    public static final String HAS_EXPORT = "hasAuthority('" + EXPORT + "')";

    private Roles() {
    }
}
