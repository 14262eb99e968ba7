package org.mentorlog.mission;

import java.util.regex.Pattern;
import org.mentorlog.base.DomainException;
import org.mentorlog.base.PlainText;

/** Bounds of a team's fields, shared by the entity and the forms. */
public final class TeamLimits {

    public static final int CODE_MAX = 20;
    public static final int NAME_MAX = 120;
    public static final int SITE_NAME_MAX = 120;
    public static final String PREFIX_PATTERN = "[A-Z]{2,5}";
    private static final Pattern PREFIX = Pattern.compile(PREFIX_PATTERN);

    private TeamLimits() {
    }

    static String requireCode(String code) {
        return requireText(code, CODE_MAX, "team.error.code-required", "team.error.code-too-long");
    }

    static String requireName(String name) {
        return requireText(name, NAME_MAX, "team.error.name-required", "team.error.name-too-long");
    }

    static String requireSiteName(String name) {
        return requireText(name, SITE_NAME_MAX, "site.error.name-required", "site.error.name-too-long");
    }

    static String requirePrefix(String prefix) {
        String trimmed = prefix == null ? "" : PlainText.clean(prefix);
        if (!PREFIX.matcher(trimmed).matches()) {
            throw new DomainException("team.error.prefix-format");
        }
        return trimmed;
    }

    /** A required, stripped text of at most {@code max} characters. */
    static String requireText(String value, int max, String requiredKey, String tooLongKey) {
        String trimmed = value == null ? "" : PlainText.clean(value);
        if (trimmed.isEmpty()) {
            throw new DomainException(requiredKey);
        }
        if (trimmed.length() > max) {
            throw new DomainException(tooLongKey, max);
        }
        return trimmed;
    }
}
