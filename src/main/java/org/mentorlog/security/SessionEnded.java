package org.mentorlog.security;

/**
 * A signed-in session that was ended because its account changed after sign-in; published for the
 * audit trail (the user feature records it), and left for the sign-in page to explain.
 */
public record SessionEnded(String username, Reason reason) {

    /** Name of the HTTP session attribute through which the sign-in page learns why she is there. */
    public static final String NOTICE = SessionEnded.class.getName() + ".notice";

    public enum Reason {
        /** The account was disabled (or no longer exists). */
        ACCOUNT_DISABLED,
        /** Role, team, missions read, export permission or password changed. */
        RIGHTS_CHANGED;

        /** Translation key of what the sign-in page says. */
        public String messageKey() {
            return this == ACCOUNT_DISABLED ? "login.ended.disabled" : "login.ended.rights-changed";
        }
    }
}
