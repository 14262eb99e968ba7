package org.mentorlog.mission;

import java.util.Locale;
import java.util.regex.Pattern;
import org.mentorlog.base.DomainException;
import org.mentorlog.base.PlainText;

/** Bounds of a mission's fields, shared by the entity and the form. */
public final class MissionLimits {

    public static final int CODE_MAX = 20;
    public static final int NAME_MAX = 120;
    public static final int COUNTRY_MAX = 80;
    /** Codes such as MINUSMA or MINUSCA-2: they name the mission in exports and in the API. */
    public static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9_-]{1,19}";
    private static final Pattern CODE = Pattern.compile(CODE_PATTERN);

    private MissionLimits() {
    }

    static String requireCode(String code) {
        String value = code == null ? "" : PlainText.clean(code).toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            throw new DomainException("mission.error.code-required");
        }
        if (!CODE.matcher(value).matches()) {
            throw new DomainException("mission.error.code-format", CODE_MAX);
        }
        return value;
    }
}
