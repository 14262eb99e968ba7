package org.mentorlog.user;

/** Bounds of an account's fields, shared by the entity and the forms. */
public final class UserLimits {

    public static final int USERNAME_MIN = 3;
    public static final int USERNAME_MAX = 50;
    public static final String USERNAME_PATTERN = "[a-z0-9._-]+";
    public static final int DISPLAY_NAME_MAX = 120;
    /** The default minimum length of a password; {@code mentorlog.password.min-length} may change it. */
    public static final int PASSWORD_MIN = 12;
    /** Bcrypt reads at most 72 bytes of a password and refuses longer ones. */
    public static final int PASSWORD_MAX = 72;

    private UserLimits() {
    }
}
