package org.mentorlog.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * Secondary suppression: in every additive relation (women + men + not recorded = total; the
 * breakdown cells of one indicator = its total) no suppressed member may stand alone, since it could
 * be recovered by subtraction; while one does, the smallest other member is suppressed too, and the
 * rules are applied again until nothing changes. Zero is not sensitive and stays visible unless it
 * is needed as a complement.
 */
final class Disclosure {

    static final int MIN_DENOMINATOR = 10;

    /** Members of a relation; the total is suppressed last. */
    record Relation(List<Cell> parts, Cell total) {
        List<Cell> members() {
            List<Cell> all = new ArrayList<>(parts);
            all.add(total);
            return all;
        }
    }

    private static final List<List<Indicator>> SIBLINGS = List.of(
            List.of(Indicator.PERSON_SESSIONS_WOMEN, Indicator.PERSON_SESSIONS_MEN,
                    Indicator.PERSON_SESSIONS_NOT_RECORDED, Indicator.PERSON_SESSIONS_TOTAL),
            List.of(Indicator.UNIQUE_TRAINEES_WOMEN, Indicator.UNIQUE_TRAINEES_MEN,
                    Indicator.UNIQUE_TRAINEES_NOT_RECORDED, Indicator.UNIQUE_TRAINEES_TOTAL),
            List.of(Indicator.COMPETENCY_CHANGE_WOMEN, Indicator.COMPETENCY_CHANGE_MEN,
                    Indicator.COMPETENCY_CHANGE_NOT_RECORDED, Indicator.COMPETENCY_CHANGE_ALL));

    private final int threshold;

    Disclosure(int threshold) {
        this.threshold = threshold;
    }

    /** Every measure as it is, for the team's own eyes. */
    static List<IndicatorValue> open(List<Measure> measures) {
        return measures.stream().map(Measure::open).toList();
    }

    /** The measures with every small or recoverable number removed. */
    List<IndicatorValue> protect(List<Measure> measures) {
        Map<Cell, Measure> byCell = new LinkedHashMap<>();
        measures.forEach(m -> byCell.put(m.cell(), m));
        Set<Cell> hidden = byCell.values().stream().filter(this::sensitive).map(Measure::cell)
                .collect(Collectors.toCollection(HashSet::new));
        List<Relation> relations = relations(byCell.keySet());
        boolean changed = true;
        while (changed) {
            changed = hideGuarded(byCell, hidden) | completeRelations(relations, byCell, hidden);
        }
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

    /** Siblings within each cell, and each indicator's cells against its total. */
    static List<Relation> relations(Set<Cell> cells) {
        List<Relation> relations = new ArrayList<>();
        Set<String> keys = cells.stream().map(Cell::key).collect(Collectors.toSet());
        Set<String> dimensions = new HashSet<>();
        cells.forEach(c -> dimensions.add(c.dimension()));
        for (List<Indicator> group : SIBLINGS) {
            for (String key : keys) {
                for (String dimension : dimensions) {
                    List<Cell> members = group.stream().map(i -> new Cell(i, dimension, key)).toList();
                    if (cells.containsAll(members)) {
                        relations.add(new Relation(members.subList(0, members.size() - 1), members.getLast()));
                    }
                }
            }
        }
        Map<Cell, List<Cell>> byTotal = cells.stream()
                .filter(c -> !c.key().equals(MissionSummary.TOTAL))
                .collect(Collectors.groupingBy(c -> new Cell(c.indicator(), c.dimension(), MissionSummary.TOTAL),
                        LinkedHashMap::new, Collectors.toList()));
        byTotal.forEach((total, parts) -> {
            if (cells.contains(total)) {
                relations.add(new Relation(parts, total));
            }
        });
        return relations;
    }

    private static boolean hideGuarded(Map<Cell, Measure> byCell, Set<Cell> hidden) {
        boolean changed = false;
        for (Cell cell : byCell.keySet()) {
            if (!hidden.contains(cell) && cell.indicator().guards().stream()
                    .anyMatch(g -> hidden.contains(new Cell(g, null, cell.key())))) {
                changed |= hidden.add(cell);
            }
        }
        return changed;
    }

    private static boolean completeRelations(List<Relation> relations, Map<Cell, Measure> byCell, Set<Cell> hidden) {
        boolean changed = false;
        for (Relation relation : relations) {
            if (relation.members().stream().filter(hidden::contains).count() == 1) {
                changed |= complement(relation, byCell, hidden).map(hidden::add).orElse(false);
            }
        }
        return changed;
    }

    /** The member to hide with a lone suppressed one: the smallest non-zero part, else any part, else the total. */
    private static Optional<Cell> complement(Relation relation, Map<Cell, Measure> byCell, Set<Cell> hidden) {
        Comparator<Cell> smallestNonZeroFirst = Comparator
                .comparing((Cell c) -> magnitude(byCell.get(c)) == 0)
                .thenComparingLong(c -> magnitude(byCell.get(c)));
        return relation.parts().stream().filter(c -> !hidden.contains(c)).min(smallestNonZeroFirst)
                .or(() -> Optional.of(relation.total()).filter(c -> !hidden.contains(c)));
    }

    private static long magnitude(Measure m) {
        Long size = m.denominator() != null ? m.denominator() : m.numerator();
        return Objects.requireNonNullElse(size, 0L);
    }
}
