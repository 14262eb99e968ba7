package org.mentorlog.summary;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mentorlog.summary.Measure.Cell;
import org.mentorlog.summary.Relations.Relation;

/**
 * Secondary suppression: hides more cells until nothing hidden can be worked out from what is shown.
 * Three rules run to a fixpoint, the cheap ones first:
 * <ol>
 * <li>guards: a share, sum or rate hides with the counts it is made of;</li>
 * <li>one subtraction: in no relation may a hidden member stand alone, and where the total is shown
 * the hidden parts may not add up to a small number;</li>
 * <li>several subtractions: {@link LinearAudit} on each family of relations.</li>
 * </ol>
 * Each time one more member of the relation at fault is hidden, its total as much as a part: one that
 * makes the relation safe on its own if there is one, then the one that drags the fewest shares along
 * with it, then a non-zero one, then the smallest; ties go to the first in the summary's order, so the
 * pattern is deterministic. Greedy choices can overshoot, so at the end each complement is shown again,
 * the largest first, wherever every rule still holds without it. All this runs a second time taking a
 * relation's total only once its parts are all hidden, and the smaller of the two patterns is kept.
 */
final class SecondarySuppression {

    private final Map<Cell, Measure> byCell;
    private final int threshold;
    private final List<Relation> relations;
    /** The relations by family ({@link Relation#family()}); an attack never needs to combine two families. */
    private final Map<String, List<Relation>> families = new LinkedHashMap<>();
    /** Per relation, by its position in {@link #relations}, its family. */
    private final String[] familyAt;
    /**
     * The positions in {@link #relations} of the relations of siblings within a cell, and of the relations
     * across breakdown cells, by their total: a cell is a member of at most one of each. Looked up when
     * asked, not listed per cell: at ten years by month, listing the relations of all 14,520 cells took a
     * quarter of disclosure control's time (issue 10).
     */
    private final Map<Cell, Integer> siblingsWithTotal = new HashMap<>();
    private final Map<Cell, Integer> acrossWithTotal = new HashMap<>();
    private final Map<Cell, List<Cell>> dependants = new HashMap<>();
    private final LinearAudit audit;
    /** Per family, the sets of hidden members the audit found nothing in: the same members, the same answer. */
    private final Map<String, Set<Set<Cell>>> cleanAudits = new HashMap<>();

    SecondarySuppression(Map<Cell, Measure> byCell, int threshold, Breakdown breakdown) {
        this.byCell = byCell;
        this.threshold = threshold;
        this.relations = Relations.of(byCell, breakdown);
        this.audit = new LinearAudit(byCell, threshold);
        this.familyAt = new String[relations.size()];
        for (int i = 0; i < relations.size(); i++) {
            Relation relation = relations.get(i);
            familyAt[i] = relation.family();
            families.computeIfAbsent(familyAt[i], f -> new ArrayList<>()).add(relation);
            (relation.acrossCells() ? acrossWithTotal : siblingsWithTotal).put(relation.total(), i);
        }
        for (Cell cell : byCell.keySet()) {
            for (Indicator guard : cell.indicator().guards()) {
                dependants.computeIfAbsent(new Cell(guard, null, cell.key()), g -> new ArrayList<>()).add(cell);
            }
        }
    }

    /** The positions in {@link #relations} of the relations the cell is a member of, in ascending order. */
    private List<Integer> relationsAt(Cell cell) {
        Cell siblingTotal = Relations.siblingTotal(cell);
        Integer siblings = siblingTotal == null ? null : siblingsWithTotal.get(siblingTotal);
        Integer across = acrossWithTotal.get(Relations.acrossTotal(cell));
        return Stream.of(siblings, across).filter(Objects::nonNull).toList();
    }

    /**
     * Adds to {@code hidden} until every rule holds: twice, once taking a relation's parts before its
     * total and once taking them alike, and keeps the smaller pattern (the latter if equal).
     */
    void complete(Set<Cell> hidden) {
        Set<Cell> primary = Set.copyOf(hidden);
        Set<Cell> partsFirst = new HashSet<>(hidden);
        complete(partsFirst, primary, true);
        complete(hidden, primary, false);
        if (partsFirst.size() < hidden.size()) {
            hidden.clear();
            hidden.addAll(partsFirst);
        }
    }

    private void complete(Set<Cell> cells, Set<Cell> primary, boolean partsFirst) {
        Hidden hidden = new Hidden(cells);
        boolean changed = true;
        while (changed) {
            changed = hideGuarded(hidden) || protectRelations(hidden, partsFirst) || protectFamilies(hidden);
        }
        prune(cells, primary);
    }

    /**
     * The hidden cells of one run, noting what the rules must look at again: the relations with a member
     * hidden since they were last looked at, and the cells hidden since their dependants were. The first two
     * rules look only at those (at ten years by month they looked at every relation and every hidden cell
     * in every round, most of disclosure control's time; issue 10). A relation nothing changed in gets the
     * same verdict again, and cells are only added until pruning (which works on the cells themselves),
     * so the choices are the same.
     */
    private final class Hidden extends AbstractSet<Cell> {
        private final Set<Cell> cells;
        /** The relations, by position, to look at again: at first every one. */
        private final BitSet changed = new BitSet();
        /** The cells in the order hidden; those from {@link #guarded} on have not had their dependants hidden. */
        private final List<Cell> added;
        private int guarded;

        Hidden(Set<Cell> cells) {
            this.cells = cells;
            this.added = new ArrayList<>(cells);
            changed.set(0, relations.size());
        }

        @Override
        public boolean add(Cell cell) {
            if (!cells.add(cell)) {
                return false;
            }
            added.add(cell);
            relationsAt(cell).forEach(changed::set);
            return true;
        }

        @Override
        public boolean contains(Object cell) {
            return cells.contains(cell);
        }

        @Override
        public Iterator<Cell> iterator() {
            return Collections.unmodifiableSet(cells).iterator();
        }

        @Override
        public int size() {
            return cells.size();
        }
    }

    /**
     * Shows again each complement the rules can do without, the largest first, until none can be shown
     * (showing a count may free a share that hid with it).
     */
    private void prune(Set<Cell> hidden, Set<Cell> primary) {
        boolean shown = true;
        while (shown) {
            shown = false;
            List<Cell> complements = byCell.keySet().stream().filter(c -> hidden.contains(c) && !primary.contains(c))
                    .sorted(Comparator.comparingLong(this::magnitude).reversed()).toList();
            for (Cell cell : complements) {
                hidden.remove(cell);
                if (safeToShow(cell, hidden)) {
                    shown = true;
                } else {
                    hidden.add(cell);
                }
            }
        }
    }

    private boolean safeToShow(Cell cell, Set<Cell> hidden) {
        if (cell.indicator().guards().stream().anyMatch(g -> hidden.contains(new Cell(g, null, cell.key())))) {
            return false;
        }
        List<Integer> at = relationsAt(cell);
        return at.stream().noneMatch(i -> exposed(relations.get(i), hidden))
                && at.stream().map(i -> familyAt[i]).distinct().allMatch(key -> audited(key, hidden).isEmpty());
    }

    /** What the audit of a family finds given away, remembering the patterns it found clean. */
    private Optional<List<Cell>> audited(String key, Set<Cell> hidden) {
        List<Relation> family = families.get(key);
        Set<Cell> hiddenMembers = family.stream().flatMap(r -> r.members().stream()).filter(hidden::contains)
                .collect(Collectors.toSet());
        Set<Set<Cell>> clean = cleanAudits.computeIfAbsent(key, k -> new HashSet<>());
        if (clean.contains(hiddenMembers)) {
            return Optional.empty();
        }
        Optional<List<Cell>> exposed = audit.exposed(family, hidden);
        if (exposed.isEmpty()) {
            clean.add(hiddenMembers);
        }
        return exposed;
    }

    /** Hides the dependants of the cells hidden since this last ran (those of the cells before are hidden). */
    private boolean hideGuarded(Hidden hidden) {
        boolean changed = false;
        int end = hidden.added.size();
        for (int i = hidden.guarded; i < end; i++) {
            for (Cell dependant : dependants.getOrDefault(hidden.added.get(i), List.of())) {
                changed |= hidden.add(dependant);
            }
        }
        hidden.guarded = end;
        return changed;
    }

    private boolean protectRelations(Hidden hidden, boolean partsFirst) {
        boolean changed = false;
        for (int i = hidden.changed.nextSetBit(0); i >= 0; i = hidden.changed.nextSetBit(i + 1)) {
            hidden.changed.clear(i);
            Relation relation = relations.get(i);
            if (exposed(relation, hidden)) {
                List<Cell> candidates = (partsFirst ? relation.parts() : relation.members()).stream()
                        .filter(c -> !hidden.contains(c)).toList();
                if (candidates.isEmpty()) {
                    candidates = relation.members().stream().filter(c -> !hidden.contains(c)).toList();
                }
                changed |= best(candidates, relation, hidden).map(hidden::add).orElse(false);
            }
        }
        return changed;
    }

    /** One subtraction gives away a lone hidden member, or the small sum of the hidden parts. */
    private boolean exposed(Relation relation, Set<Cell> hidden) {
        int count = 0;
        for (Cell member : relation.members()) { // asked of every relation in every round: no stream (issue 10)
            if (hidden.contains(member)) {
                count++;
            }
        }
        return count == 1 || count > 1 && !hidden.contains(relation.total())
                && LinearAudit.smallSum(relation.members().stream().filter(hidden::contains).map(byCell::get).toList(),
                threshold);
    }

    private boolean protectFamilies(Hidden hidden) {
        for (Map.Entry<String, List<Relation>> entry : families.entrySet()) {
            List<Relation> family = entry.getValue();
            Optional<List<Cell>> exposed = audited(entry.getKey(), hidden);
            if (exposed.isPresent()) {
                List<Cell> around = family.stream()
                        .filter(r -> r.members().stream().anyMatch(exposed.get()::contains))
                        .flatMap(r -> r.members().stream()).filter(c -> !hidden.contains(c)).distinct().toList();
                if (around.isEmpty()) {
                    around = family.stream().flatMap(r -> r.members().stream())
                            .filter(c -> !hidden.contains(c)).distinct().toList();
                }
                if (best(around, null, hidden).map(hidden::add).orElse(false)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The candidate to hide: fixes the relation alone, drags fewest shares along, non-zero, smallest. */
    private Optional<Cell> best(List<Cell> candidates, Relation relation, Hidden hidden) {
        Comparator<Cell> order = Comparator
                .comparing((Cell c) -> relation != null && !fixes(relation, c, hidden))
                .thenComparingLong(c -> dependants.getOrDefault(c, List.of()).stream()
                        .filter(d -> !hidden.contains(d)).count())
                .thenComparing(c -> magnitude(c) == 0)
                .thenComparingLong(this::magnitude);
        return candidates.stream().min(order);
    }

    /** Whether hiding the candidate makes the relation safe; tried on the cells alone, not noted as a change. */
    private boolean fixes(Relation relation, Cell candidate, Hidden hidden) {
        hidden.cells.add(candidate);
        boolean safe = !exposed(relation, hidden.cells);
        hidden.cells.remove(candidate);
        return safe;
    }

    private long magnitude(Cell cell) {
        Measure m = byCell.get(cell);
        Long size = m.denominator() != null ? m.denominator() : m.numerator();
        return Math.abs(Objects.requireNonNullElse(size, 0L));
    }
}
