package org.mentorlog.summary;

import java.util.Objects;

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

        /**
         * Spread wider than a record's own hash, which adds the parts' hashes times 31: competency codes
         * differ by one in their last letter and breakdown keys (ids) by 31 from one ten to the next, so
         * (CSM-02, "10") and (CSM-01, "20") collided, and disclosure control spent most of its time
         * searching HashMap bins of such cells at 600 sites.
         */
        @Override
        public int hashCode() {
            int hash = indicator.hashCode();
            hash = hash * 0x9E3779B1 + Objects.hashCode(dimension);
            hash = hash * 0x9E3779B1 + Objects.hashCode(key);
            return hash ^ (hash >>> 16);
        }
    }
}
