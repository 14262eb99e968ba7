package org.mentorlog.summary;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorlog.summary.Measure.Cell;

/**
 * Disclosure control for summaries that leave the team.
 * <p>
 * Primary suppression: a count between 1 and threshold - 1 is suppressed; so is a share, rate, mean or
 * median whose denominator is below {@value #MIN_DENOMINATOR} (or itself a small count), and a share
 * whose part or remainder is a small count. A share, sum or rate is also suppressed when a count it
 * was computed from (its guard) is.
 * <p>
 * Secondary suppression ({@link SecondarySuppression}): in every additive relation (women + men + not
 * recorded = total; the breakdown cells of one indicator = its total, where they do add up: see
 * {@link Relations}) no suppressed member may be recovered by subtraction, and no sum of suppressed
 * members that subtraction gives away may be a small number; more members are suppressed until that
 * holds, and no more than that needs. Zero is not sensitive and stays visible unless it is needed as a
 * complement.
 */
final class Disclosure {

    static final int MIN_DENOMINATOR = 10;

    private final int threshold;
    private final Breakdown breakdown;

    /** Protection by {@code threshold} of a summary split by {@code breakdown}. */
    Disclosure(int threshold, Breakdown breakdown) {
        this.threshold = threshold;
        this.breakdown = breakdown;
    }

    /** Every measure as it is, for the team's own eyes. */
    static List<IndicatorValue> open(List<Measure> measures) {
        return measures.stream().map(Measure::open).toList();
    }

    /** The measures with every small or recoverable number removed. */
    List<IndicatorValue> protect(List<Measure> measures) {
        Map<Cell, Measure> byCell = LinkedHashMap.newLinkedHashMap(measures.size());
        measures.forEach(m -> byCell.put(m.cell(), m));
        Set<Cell> hidden = byCell.values().stream().filter(this::sensitive).map(Measure::cell)
                .collect(Collectors.toCollection(HashSet::new));
        new SecondarySuppression(byCell, threshold, breakdown).complete(hidden);
        return measures.stream()
                .map(m -> hidden.contains(m.cell())
                        ? IndicatorValue.suppressed(m.indicator().code(), m.dimension(), m.key())
                        : m.open())
                .toList();
    }

    boolean sensitive(Measure m) {
        Long num = m.numerator();
        Long den = m.denominator();
        return switch (m.indicator().kind()) {
            case COUNT -> small(num);
            case SUM -> false;
            case SHARE -> den != null && den > 0 && (den < MIN_DENOMINATOR || small(den) || small(num)
                    || small(den - num));
            case WEIGHTED_SHARE -> m.base() != null && m.base() > 0 && (m.base() < MIN_DENOMINATOR || small(m.base()));
            case RATE -> small(num) || den != null && den > 0 && (den < MIN_DENOMINATOR || small(den));
            case MEAN, MEDIAN -> den != null && den > 0 && (den < MIN_DENOMINATOR || small(den));
        };
    }

    private boolean small(Long count) {
        return count != null && count > 0 && count < threshold;
    }
}
