package org.mentorlog.summary;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The indicators of a mission summary. Each has a stable code (translation keys
 * {@code summary.indicator.<code>} and {@code summary.indicator.<code>.definition}), a kind that
 * decides how it is protected, and the counts it must hide with ("guards"): a share is suppressed
 * whenever one of the counts it was computed from is, so it cannot give that count away.
 */
public enum Indicator {
    SESSIONS("sessions", Kind.COUNT),
    HOURS("hours", Kind.SUM, "sessions"),
    PERSON_SESSIONS_WOMEN("person_sessions_women", Kind.COUNT),
    PERSON_SESSIONS_MEN("person_sessions_men", Kind.COUNT),
    PERSON_SESSIONS_NOT_RECORDED("person_sessions_not_recorded", Kind.COUNT),
    PERSON_SESSIONS_TOTAL("person_sessions_total", Kind.COUNT),
    UNIQUE_TRAINEES_WOMEN("unique_trainees_women", Kind.COUNT),
    UNIQUE_TRAINEES_MEN("unique_trainees_men", Kind.COUNT),
    UNIQUE_TRAINEES_NOT_RECORDED("unique_trainees_not_recorded", Kind.COUNT),
    UNIQUE_TRAINEES_TOTAL("unique_trainees_total", Kind.COUNT),
    WOMEN_SHARE_PERSON_SESSIONS("women_share_person_sessions", Kind.SHARE, "person_sessions_women",
            "person_sessions_men"),
    WOMEN_SHARE_UNIQUE_TRAINEES("women_share_unique_trainees", Kind.SHARE, "unique_trainees_women",
            "unique_trainees_men"),
    WOMEN_SHARE_HOURS("women_share_hours", Kind.WEIGHTED_SHARE, "person_sessions_women", "person_sessions_men"),
    LEAD_ROLE_PARITY_INDEX("lead_role_parity_index", Kind.SHARE, "person_sessions_women", "person_sessions_men"),
    SESSIONS_WITH_PURPOSE_SHARE("sessions_with_purpose_share", Kind.SHARE, "sessions"),
    SESSIONS_WITH_GENDER_CONTENT_SHARE("sessions_with_gender_content_share", Kind.SHARE, "sessions"),
    TRANSFORMATIVE_OBSERVATIONS_SHARE("transformative_observations_share", Kind.SHARE),
    MOWIP_BARRIERS_PER_100_SESSIONS("mowip_barriers_per_100_sessions", Kind.RATE, "sessions"),
    MOWIP_OPPORTUNITIES_PER_100_SESSIONS("mowip_opportunities_per_100_sessions", Kind.RATE, "sessions"),
    FOLLOW_UPS_OPENED("follow_ups_opened", Kind.COUNT),
    FOLLOW_UPS_CLOSED("follow_ups_closed", Kind.COUNT),
    FOLLOW_UPS_CANCELLED("follow_ups_cancelled", Kind.COUNT),
    FOLLOW_UPS_CLOSED_ON_TIME_SHARE("follow_ups_closed_on_time_share", Kind.SHARE, "follow_ups_closed"),
    FOLLOW_UPS_OVERDUE("follow_ups_overdue", Kind.COUNT),
    FOLLOW_UPS_MEDIAN_DAYS_OVERDUE("follow_ups_median_days_overdue", Kind.MEDIAN, "follow_ups_overdue"),
    TRAINEES_FOLLOWED_UP_WITHIN_90_DAYS_SHARE("trainees_followed_up_within_90_days_share", Kind.SHARE,
            "unique_trainees_total"),
    COMPETENCY_CHANGE_WOMEN("competency_change_women", Kind.MEAN),
    COMPETENCY_CHANGE_MEN("competency_change_men", Kind.MEAN),
    COMPETENCY_CHANGE_NOT_RECORDED("competency_change_not_recorded", Kind.MEAN),
    COMPETENCY_CHANGE_ALL("competency_change_all", Kind.MEAN);

    /** The figures headquarters reads first, on the screen and at the top of every export. */
    public static final List<Indicator> HEADLINE = List.of(SESSIONS, HOURS, PERSON_SESSIONS_WOMEN,
            PERSON_SESSIONS_MEN, UNIQUE_TRAINEES_TOTAL, WOMEN_SHARE_PERSON_SESSIONS, WOMEN_SHARE_HOURS,
            LEAD_ROLE_PARITY_INDEX, TRANSFORMATIVE_OBSERVATIONS_SHARE, FOLLOW_UPS_CLOSED_ON_TIME_SHARE,
            FOLLOW_UPS_OVERDUE, SESSIONS_WITH_PURPOSE_SHARE);

    /** How an indicator's value is made, which decides the disclosure rules that apply to it. */
    public enum Kind {
        /** A count of sessions, people or actions: the value is the numerator. */
        COUNT,
        /** A sum that follows the count it guards with (hours follow sessions). */
        SUM,
        /** numerator ÷ denominator, where the numerator is part of the denominator. */
        SHARE,
        /** A share weighted by session minutes; its size is judged by the people behind it. */
        WEIGHTED_SHARE,
        /** numerator per 100 of the denominator. */
        RATE,
        /** numerator (a sum of changes) ÷ denominator (the people who changed). */
        MEAN,
        /** The median of a list whose length is the denominator. */
        MEDIAN
    }

    private final String code;
    private final Kind kind;
    private final List<String> guardCodes;

    Indicator(String code, Kind kind, String... guards) {
        this.code = code;
        this.kind = kind;
        this.guardCodes = List.of(guards);
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    /** Translation key of the indicator's name. */
    public String labelKey() {
        return "summary.indicator." + code;
    }

    /** Translation key of the indicator's definition. */
    public String definitionKey() {
        return labelKey() + ".definition";
    }

    List<Indicator> guards() {
        return Guards.OF.get(this);
    }

    /** Every indicator's guards, looked up once: disclosure control asks for them per cell (issue 10). */
    private static final class Guards {
        static final Map<Indicator, List<Indicator>> OF = Arrays.stream(values()).collect(Collectors.toMap(
                i -> i, i -> i.guardCodes.stream().map(Indicator::ofCode).toList(), (a, b) -> a,
                () -> new EnumMap<>(Indicator.class)));
    }

    public static Indicator ofCode(String code) {
        for (Indicator indicator : values()) {
            if (indicator.code.equals(code)) {
                return indicator;
            }
        }
        throw new IllegalArgumentException("No indicator " + code);
    }
}
