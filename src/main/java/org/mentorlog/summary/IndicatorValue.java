package org.mentorlog.summary;

/**
 * One indicator in one cell of a summary. {@code key} is the breakdown cell ("2026-03", a team code,
 * a site id, an agency) or {@link MissionSummary#TOTAL}; {@code dimension} is the MOWIP area or the
 * competency (topic code) for indicators that have one, else null. A suppressed value carries no
 * number at all.
 */
public record IndicatorValue(String code, String dimension, String key, Long numerator, Long denominator,
                             Double value, boolean suppressed) {

    static IndicatorValue suppressed(String code, String dimension, String key) {
        return new IndicatorValue(code, dimension, key, null, null, null, true);
    }
}
