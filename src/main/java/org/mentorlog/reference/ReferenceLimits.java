package org.mentorlog.reference;

import java.util.Locale;
import java.util.regex.Pattern;
import org.mentorlog.base.DomainException;
import org.mentorlog.base.PlainText;

/** Bounds of a reference entry's fields (the column sizes), shared by the entity and the forms. */
public final class ReferenceLimits {

    public static final int CODE_MAX = 30;
    public static final int LABEL_MAX = 200;
    /** Capital letters, digits, '-' and '_', starting with a letter or digit, as in CSM-01 or ELIGIBLE_POOL. */
    public static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9_-]*";
    private static final Pattern CODE = Pattern.compile(CODE_PATTERN);
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}+");

    private ReferenceLimits() {
    }

    /** The code in capitals; exports and tests refer to it, so only a plain token is accepted. */
    static String requireCode(String code) {
        String value = code == null ? "" : PlainText.clean(code).toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            throw new DomainException("reference.error.code-required");
        }
        if (value.length() > CODE_MAX) {
            throw new DomainException("reference.error.code-too-long", CODE_MAX);
        }
        if (!CODE.matcher(value).matches()) {
            throw new DomainException("reference.error.code-format");
        }
        return value;
    }

    /**
     * A label without surrounding blanks; line breaks and other control characters become spaces,
     * since labels end up in one-line cells of grids and exports.
     *
     * @param language "en", "fr" or "nb", naming the message keys
     */
    static String requireLabel(String label, String language) {
        String value = label == null ? "" : PlainText.clean(CONTROL.matcher(label).replaceAll(" "));
        if (value.isEmpty()) {
            throw new DomainException("reference.error.label-" + language + "-required");
        }
        if (value.length() > LABEL_MAX) {
            throw new DomainException("reference.error.label-" + language + "-too-long", LABEL_MAX);
        }
        return value;
    }
}
