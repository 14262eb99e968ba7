package org.mentorlog.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
    private final Map<String, List<Relation>> families;
    /** Per cell, the relations and the families it is a member of. */
    private final Map<Cell, List<Relation>> relationsOf = new HashMap<>();
    private final Map<Cell, Set<String>> familiesOf = new HashMap<>();
    private final Map<Cell, List<Cell>> dependants = new HashMap<>();
    private final LinearAudit audit;
    /** Per family, the sets of hidden members the audit found nothing in: the same members, the same answer. */
    private final Map<String, Set<Set<Cell>>> cleanAudits = new HashMap<>();

    SecondarySuppression(Map<Cell, Measure> byCell, int threshold, Breakdown breakdown) {
        this.byCell = byCell;
        this.threshold = threshold;
        this.relations = Relations.of(byCell, breakdown);
        this.families = Relations.byFamily(relations);
        this.audit = new LinearAudit(byCell, threshold);
        families.forEach((key, family) -> family.forEach(relation -> relation.members().forEach(cell -> {
            relationsOf.computeIfAbsent(cell, c -> new ArrayList<>()).add(relation);
            familiesOf.computeIfAbsent(cell, c -> new HashSet<>()).add(key);
        })));
        for (Cell cell : byCell.keySet()) {
            for (Indicator guard : cell.indicator().guards()) {
                dependants.computeIfAbsent(new Cell(guard, null, cell.key()), g -> new ArrayList<>()).add(cell);
            }
        }
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

    private void complete(Set<Cell> hidden, Set<Cell> primary, boolean partsFirst) {
        boolean changed = true;
        while (changed) {
            changed = hideGuarded(hidden) || protectRelations(hidden, partsFirst) || protectFamilies(hidden);
        }
        prune(hidden, primary);
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
        return relationsOf.getOrDefault(cell, List.of()).stream().noneMatch(r -> exposed(r, hidden))
                && familiesOf.getOrDefault(cell, Set.of()).stream().allMatch(key -> audited(key, hidden).isEmpty());
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

    private boolean hideGuarded(Set<Cell> hidden) {
        boolean changed = false;
        for (Cell cell : List.copyOf(hidden)) {
            for (Cell dependant : dependants.getOrDefault(cell, List.of())) {
                changed |= hidden.add(dependant);
            }
        }
        return changed;
    }

    private boolean protectRelations(Set<Cell> hidden, boolean partsFirst) {
        boolean changed = false;
        for (Relation relation : relations) {
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
        List<Cell> members = relation.members().stream().filter(hidden::contains).toList();
        return members.size() == 1 || !hidden.contains(relation.total())
                && LinearAudit.smallSum(members.stream().map(byCell::get).toList(), threshold);
    }

    private boolean protectFamilies(Set<Cell> hidden) {
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
    private Optional<Cell> best(List<Cell> candidates, Relation relation, Set<Cell> hidden) {
        Comparator<Cell> order = Comparator
                .comparing((Cell c) -> relation != null && !fixes(relation, c, hidden))
                .thenComparingLong(c -> dependants.getOrDefault(c, List.of()).stream()
                        .filter(d -> !hidden.contains(d)).count())
                .thenComparing(c -> magnitude(c) == 0)
                .thenComparingLong(this::magnitude);
        return candidates.stream().min(order);
    }

    private boolean fixes(Relation relation, Cell candidate, Set<Cell> hidden) {
        hidden.add(candidate);
        boolean safe = !exposed(relation, hidden);
        hidden.remove(candidate);
        return safe;
    }

    private long magnitude(Cell cell) {
        Measure m = byCell.get(cell);
        Long size = m.denominator() != null ? m.denominator() : m.numerator();
        return Math.abs(Objects.requireNonNullElse(size, 0L));
    }
}
