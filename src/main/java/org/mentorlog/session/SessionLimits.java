package org.mentorlog.session;

/** Bounds of a session log's fields, shared by the entities and the forms. */
public final class SessionLimits {

    public static final int PURPOSE_MAX = 500;
    public static final int GENDER_NOTE_MAX = 500;
    public static final int EVIDENCE_NOTE_MAX = 500;
    public static final int RATING_EVIDENCE_MAX = 300;
    public static final int REVIEW_COMMENT_MAX = 1000;
    public static final int DURATION_MAX_MINUTES = 1440;
    public static final int HEADCOUNT_MAX = 500;
    public static final int OLDEST_YEARS = 2;
    public static final int DEFAULT_DURATION_MINUTES = 120;
    /** A language tag that fits its column: "fr", "nb", "en-GB". */
    public static final String LANGUAGE_PATTERN = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,4})?";

    private SessionLimits() {
    }
}
