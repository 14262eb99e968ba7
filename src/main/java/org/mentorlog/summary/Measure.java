package org.mentorlog.summary;

/**
 * An indicator value as computed, before disclosure control. {@code base} is the number of people
 * behind a weighted share (its numerator and denominator are minutes), else null.
 */
record Measure(Indicator indicator, String dimension, String key, Long numerator, Long denominator, Double value,
               Long base) {

    static Measure count(Indicator indicator, String dimension, String key, long count) {
        return new Measure(indicator, dimension, key, count, null, (double) count, null);
    }

    static Measure ratio(Indicator indicator, String dimension, String key, long numerator, long denominator,
                         double factor) {
        Double value = denominator == 0 ? null : factor * numerator / denominator;
        return new Measure(indicator, dimension, key, numerator, denominator, value, null);
    }

    Cell cell() {
        return new Cell(indicator, dimension, key);
    }

    IndicatorValue open() {
        return new IndicatorValue(indicator.code(), dimension, key, numerator, denominator, value, false);
    }

    /** Where a measure sits: which indicator, for which dimension, in which breakdown cell. */
    record Cell(Indicator indicator, String dimension, String key) {
    }
}
