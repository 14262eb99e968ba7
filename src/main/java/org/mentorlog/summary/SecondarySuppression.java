package org.mentorlog.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
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

    private static final int[] NONE = {};

    private final int threshold;
    private final List<Relation> relations;
    private final LinearAudit audit;
    /**
     * The cells in the summary's order. Below, a cell is its position here and a set of cells a bit set of
     * positions: at ten years by month, looking 14,520 cells up in hash sets was a quarter of disclosure
     * control's time (issue 10).
     */
    private final List<Cell> cells;
    private final Map<Cell, Integer> positions;
    private final long[] magnitudes;
    /** Per cell, the counts of people it reveals ({@link LinearAudit#people}). */
    private final long[][] people;
    /** Per cell, the positions of the cells that hide with it (its dependants) and of those it hides with. */
    private final int[][] dependants;
    private final int[][] guards;
    /**
     * Per cell, the relation (by position in {@link #relations}) of its siblings within its breakdown cell,
     * and the one across breakdown cells, or -1: a cell is a member of at most one of each.
     */
    private final int[] siblingsAt;
    private final int[] acrossAt;
    /** Per relation, its members' positions: its parts, then its total. */
    private final int[][] members;
    /**
     * Per relation, its family's number; per family, its relations' members (as in {@link #members}) and its
     * members each once, in the order of the relations.
     */
    private final int[] familyOf;
    private final List<List<int[]>> familyRelations = new ArrayList<>();
    private final List<int[]> familyMembers = new ArrayList<>();
    /** Per family, the patterns of its hidden members the audit found nothing in: the same members, the same answer. */
    private final List<Set<BitSet>> cleanAudits = new ArrayList<>();

    SecondarySuppression(Map<Cell, Measure> byCell, int threshold, Breakdown breakdown) {
        this.threshold = threshold;
        this.relations = Relations.of(byCell, breakdown);
        this.cells = List.copyOf(byCell.keySet());
        int n = cells.size();
        this.positions = HashMap.newHashMap(n);
        this.magnitudes = new long[n];
        this.people = new long[n][];
        for (int p = 0; p < n; p++) {
            positions.put(cells.get(p), p);
            magnitudes[p] = magnitude(byCell.get(cells.get(p)));
            people[p] = LinearAudit.people(byCell.get(cells.get(p)));
        }
        this.audit = new LinearAudit(people, threshold);
        this.guards = new int[n][];
        for (int p = 0; p < n; p++) {
            Cell cell = cells.get(p);
            List<Indicator> of = cell.indicator().guards();
            guards[p] = of.isEmpty() ? NONE : of.stream().map(g -> positions.get(new Cell(g, null, cell.key())))
                    .filter(Objects::nonNull).mapToInt(Integer::intValue).toArray();
        }
        this.dependants = inverse(guards);
        this.siblingsAt = new int[n];
        this.acrossAt = new int[n];
        Arrays.fill(siblingsAt, -1);
        Arrays.fill(acrossAt, -1);
        this.members = new int[relations.size()][];
        this.familyOf = new int[relations.size()];
        Map<String, Integer> familyNumbers = new HashMap<>();
        List<IntStream.Builder> memberLists = new ArrayList<>();
        boolean[] listed = new boolean[n]; // a cell is in one family only: its indicator's and dimension's
        for (int r = 0; r < relations.size(); r++) {
            Relation relation = relations.get(r);
            members[r] = relation.members().stream().mapToInt(positions::get).toArray();
            int family = familyNumbers.computeIfAbsent(relation.family(), f -> {
                familyRelations.add(new ArrayList<>());
                memberLists.add(IntStream.builder());
                cleanAudits.add(new HashSet<>());
                return familyRelations.size() - 1;
            });
            familyOf[r] = family;
            familyRelations.get(family).add(members[r]);
            for (int member : members[r]) {
                (relation.acrossCells() ? acrossAt : siblingsAt)[member] = r;
                if (!listed[member]) {
                    listed[member] = true;
                    memberLists.get(family).add(member);
                }
            }
        }
        memberLists.forEach(m -> familyMembers.add(m.build().toArray()));
    }

    /** Per position, the positions whose list holds it. */
    private static int[][] inverse(int[][] lists) {
        int[] sizes = new int[lists.length];
        for (int[] list : lists) {
            for (int q : list) {
                sizes[q]++;
            }
        }
        int[][] inverse = new int[lists.length][];
        for (int q = 0; q < lists.length; q++) {
            inverse[q] = new int[sizes[q]];
            sizes[q] = 0;
        }
        for (int p = 0; p < lists.length; p++) {
            for (int q : lists[p]) {
                inverse[q][sizes[q]++] = p;
            }
        }
        return inverse;
    }

    /** The relations the cell at {@code p} is a member of, by position in {@link #relations}: none, one or two. */
    private int[] relationsAt(int p) {
        int siblings = siblingsAt[p];
        int across = acrossAt[p];
        return siblings < 0 ? across < 0 ? new int[0] : new int[] {across}
                : across < 0 ? new int[] {siblings} : new int[] {siblings, across};
    }

    /**
     * Adds to {@code hidden} until every rule holds: twice, once taking a relation's parts before its
     * total and once taking them alike, and keeps the smaller pattern (the latter if equal).
     */
    void complete(Set<Cell> hidden) {
        BitSet primary = new BitSet(cells.size());
        hidden.forEach(cell -> primary.set(positions.get(cell)));
        BitSet partsFirst = complete(primary, true);
        BitSet alike = complete(primary, false);
        BitSet kept = partsFirst.cardinality() < alike.cardinality() ? partsFirst : alike;
        kept.stream().forEach(p -> hidden.add(cells.get(p)));
    }

    private BitSet complete(BitSet primary, boolean partsFirst) {
        Hidden hidden = new Hidden(primary);
        boolean changed = true;
        while (changed) {
            changed = hideGuarded(hidden) || protectRelations(hidden, partsFirst) || protectFamilies(hidden);
        }
        prune(hidden.bits, primary);
        return hidden.bits;
    }

    /**
     * The hidden cells of one run, noting what the rules must look at again: the relations and the
     * families with a member hidden since they were last looked at, and the cells hidden since their
     * dependants were. The rules look only at those (at ten years by month they looked at every relation
     * and every hidden cell in every round, most of disclosure control's time; issue 10). A relation or a
     * family nothing changed in gets the same verdict again, and cells are only added until pruning
     * (which works on the cells themselves), so the choices are the same.
     */
    private final class Hidden {
        private final BitSet bits;
        /** The relations, by position, to look at again: at first every one. */
        private final BitSet changed = new BitSet();
        /** The families, by number, to audit again: at first every one. */
        private final BitSet changedFamilies = new BitSet();
        /** The cells in the order hidden; those from {@link #guarded} on have not had their dependants hidden. */
        private final List<Integer> added = new ArrayList<>();
        private int guarded;

        Hidden(BitSet primary) {
            this.bits = (BitSet) primary.clone();
            primary.stream().forEach(added::add);
            changed.set(0, relations.size());
            changedFamilies.set(0, familyRelations.size());
        }

        boolean add(int p) {
            if (bits.get(p)) {
                return false;
            }
            bits.set(p);
            added.add(p);
            for (int r : relationsAt(p)) {
                changed.set(r);
                changedFamilies.set(familyOf[r]);
            }
            return true;
        }
    }

    /**
     * Shows again each complement the rules can do without, the largest first, until none can be shown
     * (showing a count may free a share that hid with it).
     */
    private void prune(BitSet hidden, BitSet primary) {
        boolean shown = true;
        while (shown) {
            shown = false;
            BitSet complements = (BitSet) hidden.clone();
            complements.andNot(primary);
            List<Integer> largestFirst = complements.stream().boxed()
                    .sorted(Comparator.comparingLong((Integer p) -> magnitudes[p]).reversed()).toList();
            for (int p : largestFirst) {
                hidden.clear(p);
                if (safeToShow(p, hidden)) {
                    shown = true;
                } else {
                    hidden.set(p);
                }
            }
        }
    }

    private boolean safeToShow(int p, BitSet hidden) {
        for (int guard : guards[p]) {
            if (hidden.get(guard)) {
                return false;
            }
        }
        int[] at = relationsAt(p);
        for (int r : at) {
            if (exposed(r, hidden)) {
                return false;
            }
        }
        return Arrays.stream(at).map(r -> familyOf[r]).distinct().allMatch(f -> audited(f, hidden).isEmpty());
    }

    /** What the audit of a family finds given away, remembering the patterns it found clean. */
    private Optional<List<Integer>> audited(int family, BitSet hidden) {
        int[] all = familyMembers.get(family);
        BitSet hiddenMembers = new BitSet(all.length);
        for (int i = 0; i < all.length; i++) {
            if (hidden.get(all[i])) {
                hiddenMembers.set(i);
            }
        }
        Set<BitSet> clean = cleanAudits.get(family);
        if (clean.contains(hiddenMembers)) {
            return Optional.empty();
        }
        Optional<List<Integer>> exposed = audit.exposed(familyRelations.get(family), hidden);
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
            for (int dependant : dependants[hidden.added.get(i)]) {
                changed |= hidden.add(dependant);
            }
        }
        hidden.guarded = end;
        return changed;
    }

    private boolean protectRelations(Hidden hidden, boolean partsFirst) {
        boolean changed = false;
        for (int r = hidden.changed.nextSetBit(0); r >= 0; r = hidden.changed.nextSetBit(r + 1)) {
            hidden.changed.clear(r);
            if (exposed(r, hidden.bits)) {
                int[] all = members[r];
                int[] candidates = shown(partsFirst ? Arrays.copyOf(all, all.length - 1) : all, hidden.bits);
                if (candidates.length == 0) {
                    candidates = shown(all, hidden.bits);
                }
                int best = best(candidates, r, hidden.bits);
                changed |= best >= 0 && hidden.add(best);
            }
        }
        return changed;
    }

    private static int[] shown(int[] cells, BitSet hidden) {
        return Arrays.stream(cells).filter(p -> !hidden.get(p)).toArray();
    }

    /** One subtraction gives away a lone hidden member, or the small sum of the hidden parts. */
    private boolean exposed(int r, BitSet hidden) {
        int count = 0;
        for (int member : members[r]) { // asked of every relation in every round: no stream (issue 10)
            if (hidden.get(member)) {
                count++;
            }
        }
        return count == 1 || count > 1 && !hidden.get(members[r][members[r].length - 1])
                && LinearAudit.smallTotal(Arrays.stream(members[r]).filter(hidden::get).mapToObj(p -> people[p])
                        .toList(), threshold);
    }

    private boolean protectFamilies(Hidden hidden) {
        for (int f = hidden.changedFamilies.nextSetBit(0); f >= 0; f = hidden.changedFamilies.nextSetBit(f + 1)) {
            Optional<List<Integer>> exposed = audited(f, hidden.bits);
            if (exposed.isEmpty()) {
                hidden.changedFamilies.clear(f);
                continue;
            }
            BitSet given = new BitSet();
            exposed.get().forEach(given::set);
            int[] around = shown(familyRelations.get(f).stream().filter(m -> Arrays.stream(m).anyMatch(given::get))
                    .flatMapToInt(Arrays::stream).distinct().toArray(), hidden.bits);
            if (around.length == 0) {
                around = shown(familyMembers.get(f), hidden.bits);
            }
            int best = best(around, -1, hidden.bits);
            if (best >= 0 && hidden.add(best)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The candidate to hide, or -1 if none: fixes the relation alone, drags fewest shares along, non-zero,
     * smallest.
     */
    private int best(int[] candidates, int relation, BitSet hidden) {
        Comparator<Integer> order = Comparator
                .comparing((Integer c) -> relation >= 0 && !fixes(relation, c, hidden))
                .thenComparingLong(c -> Arrays.stream(dependants[c]).filter(d -> !hidden.get(d)).count())
                .thenComparing(c -> magnitudes[c] == 0)
                .thenComparingLong(c -> magnitudes[c]);
        return Arrays.stream(candidates).boxed().min(order).orElse(-1);
    }

    /** Whether hiding the candidate makes the relation safe; tried on the cells alone, not noted as a change. */
    private boolean fixes(int relation, int candidate, BitSet hidden) {
        hidden.set(candidate);
        boolean safe = !exposed(relation, hidden);
        hidden.clear(candidate);
        return safe;
    }

    private static long magnitude(Measure m) {
        Long size = m.denominator() != null ? m.denominator() : m.numerator();
        return Math.abs(Objects.requireNonNullElse(size, 0L));
    }
}
