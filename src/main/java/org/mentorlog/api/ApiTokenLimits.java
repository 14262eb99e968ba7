package org.mentorlog.api;

import org.mentorlog.base.DomainException;
import org.mentorlog.base.PlainText;

/** Length limits of an API token's name, shared by the entity and the admin view. */
public final class ApiTokenLimits {

    public static final int NAME_MAX = 80;
    /** How long a new token is valid unless the administrator chooses otherwise. */
    public static final int DEFAULT_VALID_DAYS = 90;
    /** The furthest expiry date an administrator may choose. */
    public static final int MAX_VALID_DAYS = 730;

    private ApiTokenLimits() {
    }

    static String requireName(String name) {
        String stripped = name == null ? "" : PlainText.clean(name);
        if (stripped.isEmpty()) {
            throw new DomainException("api-token.error.name-required");
        }
        if (stripped.length() > NAME_MAX) {
            throw new DomainException("api-token.error.name-too-long", NAME_MAX);
        }
        return stripped;
    }
}
