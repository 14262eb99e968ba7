package org.mentorlog.session;

import org.mentorlog.base.DomainException;

/** Free text as the log stores it: trimmed, empty as null, never longer than its limit. */
final class Texts {

    private Texts() {
    }

    static String optional(String value, int max, String tooLongKey) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.length() > max) {
            throw new DomainException(tooLongKey, max);
        }
        return trimmed.isEmpty() ? null : trimmed;
    }
}
