package org.mentorlog.session;

import org.mentorlog.base.DomainException;
import org.mentorlog.base.PlainText;

/** Free text as the log stores it: plain text (line breaks kept), empty as null, never longer than its limit. */
final class Texts {

    private Texts() {
    }

    static String optional(String value, int max, String tooLongKey) {
        String trimmed = value == null ? "" : PlainText.cleanMultiline(value);
        if (trimmed.length() > max) {
            throw new DomainException(tooLongKey, max);
        }
        return trimmed.isEmpty() ? null : trimmed;
    }
}
