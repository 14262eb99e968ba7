package org.mentorlog.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorlog.summary.Measure.Cell;

/**
 * The additive relations among the cells of a summary, which an attacker can subtract along: the three
 * sexes and their total within a cell, and the breakdown cells of one indicator and its total.
 * <p>
 * A competency mean is published with the number of trainees behind it and the sum of their changes;
 * both add up over the sexes of one cell. Over breakdown cells they add up only where each trainee's
 * ratings stay in one cell (teams, agencies). By period or site the total is computed afresh, from
 * each trainee's first and latest rating in the whole period, and is neither the sum of the cells nor
 * bounded by it, so there is no relation to subtract along, unless only one cell holds ratings of
 * that sex: ratings need attendance, so a cell whose trainees of that sex number 0 holds none, and
 * the one cell left then equals the total.
 */
final class Relations {

    /** Members of a relation: the parts add up to the total. */
    record Relation(List<Cell> parts, Cell total, List<Cell> members) {
        /**
         * The relation of these parts to their total; its members are both, listed once (disclosure control
         * asks for them again and again: copying them each time was among the hottest frames of a ten-year
         * summary by month, issue 10).
         */
        Relation(List<Cell> parts, Cell total) {
            this(List.copyOf(parts), total, members(parts, total));
        }

        private static List<Cell> members(List<Cell> parts, Cell total) {
            List<Cell> members = new ArrayList<>(parts);
            members.add(total);
            return List.copyOf(members);
        }

        /** Whether the parts are the breakdown cells of the total's indicator, else its siblings in one cell. */
        boolean acrossCells() {
            return !parts.getFirst().key().equals(total.key());
        }

        /** The family the relation ties together: relations of one family share cells, others never do. */
        String family() {
            return siblingsTotal(total.indicator()).orElse(total.indicator()).code() + "|" + total.dimension();
        }
    }

    static final List<List<Indicator>> SIBLINGS = List.of(
            List.of(Indicator.PERSON_SESSIONS_WOMEN, Indicator.PERSON_SESSIONS_MEN,
                    Indicator.PERSON_SESSIONS_NOT_RECORDED, Indicator.PERSON_SESSIONS_TOTAL),
            List.of(Indicator.UNIQUE_TRAINEES_WOMEN, Indicator.UNIQUE_TRAINEES_MEN,
                    Indicator.UNIQUE_TRAINEES_NOT_RECORDED, Indicator.UNIQUE_TRAINEES_TOTAL),
            List.of(Indicator.COMPETENCY_CHANGE_WOMEN, Indicator.COMPETENCY_CHANGE_MEN,
                    Indicator.COMPETENCY_CHANGE_NOT_RECORDED, Indicator.COMPETENCY_CHANGE_ALL));

    private static final List<Indicator> MEANS = SIBLINGS.get(2);

    private Relations() {
    }

    /** The indicator that totals the indicator's siblings (itself, for a total), if it has siblings. */
    private static Optional<Indicator> siblingsTotal(Indicator indicator) {
        return SIBLINGS.stream().filter(group -> group.contains(indicator)).findFirst().map(List::getLast);
    }

    /** Siblings within each cell, and each indicator's cells against its total, in a stable order. */
    static List<Relation> of(Map<Cell, Measure> byCell, Breakdown breakdown) {
        Set<Cell> cells = byCell.keySet();
        List<Relation> relations = new ArrayList<>();
        Comparator<Cell> byKeyThenDimension = Comparator.comparing(Cell::key)
                .thenComparing(Cell::dimension, Comparator.nullsFirst(Comparator.naturalOrder()));
        for (List<Indicator> group : SIBLINGS) {
            List<Cell> totals = cells.stream().filter(c -> c.indicator() == group.getLast())
                    .sorted(byKeyThenDimension).toList();
            for (Cell total : totals) {
                List<Cell> members = group.stream().map(i -> new Cell(i, total.dimension(), total.key())).toList();
                if (cells.containsAll(members)) {
                    relations.add(new Relation(members.subList(0, members.size() - 1), total));
                }
            }
        }
        Map<Cell, List<Cell>> byTotal = cells.stream()
                .filter(c -> !c.key().equals(MissionSummary.TOTAL))
                .collect(Collectors.groupingBy(c -> new Cell(c.indicator(), c.dimension(), MissionSummary.TOTAL),
                        LinkedHashMap::new, Collectors.toList()));
        byTotal.forEach((total, parts) -> {
            if (cells.contains(total) && addsUp(total.indicator(), byCell, breakdown)) {
                relations.add(new Relation(parts, total));
            }
        });
        return relations;
    }

    /** Whether an indicator's cells add up to its total (taken so wherever in doubt); see the class comment. */
    private static boolean addsUp(Indicator indicator, Map<Cell, Measure> byCell, Breakdown breakdown) {
        int sex = MEANS.indexOf(indicator);
        if (sex < 0 || !breakdown.splitsTrainees()) {
            return true;
        }
        Indicator attendees = SIBLINGS.get(1).get(sex);
        return byCell.values().stream().filter(m -> m.indicator() == attendees && !m.key().equals(MissionSummary.TOTAL)
                && m.numerator() != null && m.numerator() > 0).limit(2).count() < 2;
    }
}
