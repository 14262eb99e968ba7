package org.mentorlog.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The attack of several subtractions at once. The relations of one family become linear equations
 * over its hidden cells (the published members moved to the known side); a hidden cell is exposed if
 * the equations determine it, and a group of hidden cells if the equations give away their sum and
 * that sum is a small number. The sums tried are those of one equation, of the sum or difference of
 * two, and of the rows elimination leaves: what a patient analyst with a spreadsheet finds, short of
 * a full linear-programming audit.
 */
final class LinearAudit {

    private static final Logger LOG = LoggerFactory.getLogger(LinearAudit.class);

    /** Sets of hidden cells enumerated at most in each half of a group. */
    static final int MOST_SETS = 1 << 17;

    /** Per cell, by its position in the summary, the counts of people it reveals ({@link #people}). */
    private final long[][] people;
    private final int threshold;
    /** Per cell, its column among the unknowns of the audit under way, else -1. */
    private final int[] columnOf;

    LinearAudit(long[][] people, int threshold) {
        this.people = people;
        this.threshold = threshold;
        this.columnOf = new int[people.length];
        Arrays.fill(columnOf, -1);
    }

    /**
     * The first hidden cell, or group of them, that the family's equations give away; empty when none.
     * Cells are positions in the summary: each relation of the family is its members, its total last.
     */
    Optional<List<Integer>> exposed(List<int[]> family, BitSet hidden) {
        List<Integer> unknowns = new ArrayList<>();
        for (int[] members : family) {
            for (int member : members) {
                if (hidden.get(member) && columnOf[member] < 0) {
                    columnOf[member] = unknowns.size();
                    unknowns.add(member);
                }
            }
        }
        try {
            return exposed(family, hidden, unknowns);
        } finally {
            unknowns.forEach(cell -> columnOf[cell] = -1);
        }
    }

    private Optional<List<Integer>> exposed(List<int[]> family, BitSet hidden, List<Integer> unknowns) {
        List<Sparse> equations = new ArrayList<>();
        for (int[] members : family) {
            int[] columns = new int[members.length];
            double[] coefficients = new double[members.length];
            int count = 0;
            int total = members.length - 1;
            for (int i = 0; i <= total; i++) {
                if (hidden.get(members[i])) {
                    columns[count] = columnOf[members[i]];
                    coefficients[count++] = i < total ? 1 : -1;
                }
            }
            equations.add(Sparse.of(columns, coefficients, count));
        }
        Echelon echelon = Echelon.of(equations, unknowns.size());
        for (int c = 0; c < unknowns.size(); c++) {
            if (echelon.spansUnit(c)) {
                return Optional.of(List.of(unknowns.get(c)));
            }
        }
        List<long[]> counts = unknowns.stream().map(cell -> people[cell]).toList();
        boolean noneNegative = counts.stream().flatMapToLong(Arrays::stream).allMatch(p -> p >= 0);
        Optional<List<Integer>> quick = knownSums(equations, echelon, noneNegative)
                .filter(sum -> smallTotal(sum.stream().map(counts::get).toList(), threshold))
                .findFirst().map(sum -> sum.stream().map(unknowns::get).toList());
        return quick.isPresent() ? quick : determinedSmallSubset(unknowns, equations, echelon);
    }

    /**
     * Any set of hidden cells whose sum the equations determine and which is a small number, searched in
     * full. A set's 0/1 vector is a combination of the equations exactly when the rests of its cells'
     * unit vectors (what elimination leaves of them) add up to zero, so the search looks for sets of
     * rests adding up to zero. It runs per connected group of hidden cells (equations never tie two
     * groups) and per people count; a cell counting the threshold or more can be in no small set, so
     * only the cells below it are tried, and a set is abandoned as soon as it reaches the threshold.
     * The two halves of a group are enumerated apart and matched by their rests (meet in the middle).
     * Each half stops at {@value #MOST_SETS} sets, far beyond the demo's largest (under 2,000 for both
     * halves); a summary reaching it is searched only in part, with a warning in the log.
     */
    private Optional<List<Integer>> determinedSmallSubset(List<Integer> unknowns, List<Sparse> equations,
                                                          Echelon echelon) {
        int n = unknowns.size();
        Sparse[] rests = new Sparse[n];
        for (int c = 0; c < n; c++) {
            rests[c] = echelon.reduceUnit(c);
        }
        long scale = scale(rests);
        for (List<Integer> group : groups(equations, n)) {
            List<long[]> revealed = group.stream().map(c -> people[unknowns.get(c)]).toList();
            int counts = revealed.stream().mapToInt(p -> p.length).max().orElse(0);
            for (int count = 0; count < counts; count++) {
                List<Integer> tried = new ArrayList<>();
                List<Long> values = new ArrayList<>();
                boolean anyPositive = false;
                for (int i = 0; i < group.size(); i++) {
                    long value = count < revealed.get(i).length ? revealed.get(i)[count] : 0;
                    if (value < threshold) {
                        tried.add(group.get(i));
                        values.add(value);
                        anyPositive |= value > 0;
                    }
                }
                if (!anyPositive) {
                    continue;
                }
                Optional<List<Integer>> found = smallSetSummingToZero(tried, values, rests, group, scale);
                if (found.isPresent()) {
                    return Optional.of(found.get().stream().map(unknowns::get).toList());
                }
            }
        }
        return Optional.empty();
    }

    /** A factor that makes every rest a whole number (they are whole already for tables with margins). */
    private static long scale(Sparse[] rests) {
        for (long d = 1; d <= 720; d++) {
            boolean whole = true;
            for (Sparse rest : rests) {
                for (double x : rest.values()) {
                    if (Math.abs(x * d - Math.rint(x * d)) > 1e-6) {
                        whole = false;
                        break;
                    }
                }
                if (!whole) {
                    break;
                }
            }
            if (whole) {
                return d;
            }
        }
        return 1_000_000;
    }

    /** The hidden cells, by column, that the equations tie together, in the order of their first cell. */
    private static List<List<Integer>> groups(List<Sparse> equations, int n) {
        int[] parent = new int[n];
        for (int c = 0; c < n; c++) {
            parent[c] = c;
        }
        for (Sparse equation : equations) {
            int[] columns = equation.columns();
            for (int i = 1; i < columns.length; i++) {
                parent[root(parent, columns[i])] = root(parent, columns[0]);
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int c = 0; c < n; c++) {
            groups.computeIfAbsent(root(parent, c), r -> new ArrayList<>()).add(c);
        }
        return List.copyOf(groups.values());
    }

    private static int root(int[] parent, int c) {
        while (parent[c] != c) {
            parent[c] = parent[parent[c]];
            c = parent[c];
        }
        return c;
    }

    /**
     * The first non-empty set among {@code tried} whose rests add up to zero and whose values add up to
     * more than 0 and less than the threshold: first half in the order of enumeration, then second.
     * <p>
     * A half set is its fingerprint, the sum of its values and its cells (as positions in the list
     * tried). The fingerprint is linear (each group column weighs a fixed random number, arithmetic
     * wraps), so it adds up as cells join a set, and two halves whose rests add up to zero have
     * fingerprints adding up to zero; a match is then checked on the rests themselves. The left halves
     * are kept (up to {@value #MOST_SETS}) by fingerprint; each right half is matched as it is
     * enumerated. Halves are numbers in arrays, their cells a tree ({@link SetTree}): at 200 teams a
     * summary enumerates some ten million of them.
     */
    private Optional<List<Integer>> smallSetSummingToZero(List<Integer> tried, List<Long> values, Sparse[] rests,
                                                         List<Integer> group, long scale) {
        WholeRests rest = new WholeRests(tried.stream().map(c -> rests[c]).toList(), scale, rests.length);
        long[] weights = new SplittableRandom(group.size()).longs(group.size()).toArray();
        long[] fingerprints = new long[tried.size()];
        for (int i = 0; i < tried.size(); i++) {
            for (int j = 0; j < rest.columns[i].length; j++) {
                // a rest lies within its cell's group (equations never tie two groups), ascending as the group
                fingerprints[i] += rest.values[i][j] * weights[Collections.binarySearch(group, rest.columns[i][j])];
            }
        }
        long[] value = values.stream().mapToLong(Long::longValue).toArray();
        if (Arrays.stream(value).allMatch(v -> v > 0) && !anySmallSetSummingToZero(rest, fingerprints, value)) {
            return Optional.empty();
        }
        int split = tried.size() / 2;
        SetTree cells = new SetTree();
        LeftHalves left = new LeftHalves();
        new Enumeration(fingerprints, value, cells, left::add).run(0, split);
        List<Integer> found = new ArrayList<>();
        int right = new Enumeration(fingerprints, value, cells, (fingerprint, sum, node) -> {
            for (int l = left.first(-fingerprint); l >= 0; l = left.next(l)) {
                long total = left.value(l) + sum;
                if (total > 0 && total < threshold) {
                    List<Integer> leftCells = cells.cells(left.node(l));
                    List<Integer> rightCells = cells.cells(node);
                    if (rest.addUpToZero(leftCells.stream().mapToInt(Integer::intValue).toArray(),
                            rightCells.stream().mapToInt(Integer::intValue).toArray())) {
                        found.addAll(leftCells);
                        found.addAll(rightCells);
                        return true;
                    }
                }
            }
            return false;
        }).run(split, tried.size());
        if (found.isEmpty() && (left.size() >= MOST_SETS || right >= MOST_SETS)) {
            LOG.warn("Disclosure audit searched {} small hidden cells only in part: more than {} sets a half",
                    tried.size(), MOST_SETS);
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(found.stream().map(tried::get).toList());
    }

    /**
     * Whether any set of these cells, each of a positive value, has rests adding up to zero and values adding
     * up to less than the threshold; true as well where that would take too long to tell. Such a set has fewer
     * cells than the threshold, so it is two disjoint sets of at most half as many (pairs at the default
     * threshold of 5): all of those are listed and matched by fingerprint. Nearly every search finds nothing
     * (at 200 teams, one year by team searched twenty groups of some 200 cells, 100,000 half sets each, in
     * vain), and this tells so from some 20,000 pairs; where it finds a set, the search above finds the same
     * first set as ever.
     */
    private boolean anySmallSetSummingToZero(WholeRests rest, long[] fingerprints, long[] value) {
        List<int[]> sets = new ArrayList<>();
        if (!smallSets(value, 0, new int[0], 0, threshold / 2, sets)) { // half of at most threshold - 1 cells
            return true;
        }
        LeftHalves byPrint = new LeftHalves();
        long[] prints = new long[sets.size()];
        for (int i = 0; i < sets.size(); i++) {
            long sum = 0;
            for (int c : sets.get(i)) {
                prints[i] += fingerprints[c];
                sum += value[c];
            }
            byPrint.add(prints[i], sum, i);
        }
        for (int r = 0; r < sets.size(); r++) {
            int[] right = sets.get(r);
            for (int l = byPrint.first(-prints[r]); l >= 0; l = byPrint.next(l)) {
                int[] left = sets.get(byPrint.node(l));
                if (left.length + right.length > 0 && byPrint.value(l) + byPrint.value(r) < threshold
                        && disjoint(left, right) && rest.addUpToZero(left, right)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean disjoint(int[] left, int[] right) {
        for (int c : left) {
            for (int d : right) {
                if (c == d) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The rests of the cells tried, times the scale that makes them whole numbers: per cell (by its position
     * among those tried), the columns where its rest is not zero and the rest there.
     */
    private static final class WholeRests {
        private final int[][] columns;
        private final long[][] values;
        private final int size;
        /**
         * Per column, a sum under way: all zero between uses; made at the first match, as nearly every search
         * finds none (made for every search, it was a sixth of the audit at 600 sites).
         */
        private long[] sums;

        WholeRests(List<Sparse> rests, long scale, int size) {
            columns = new int[rests.size()][];
            values = new long[rests.size()][];
            for (int i = 0; i < rests.size(); i++) {
                Sparse rest = rests.get(i);
                columns[i] = rest.columns();
                values[i] = new long[rest.size()];
                for (int j = 0; j < rest.size(); j++) {
                    values[i][j] = Math.round(rest.values()[j] * scale);
                }
            }
            this.size = size;
        }

        /** Whether the rests of both sets of cells add up to zero. */
        boolean addUpToZero(int[] left, int[] right) {
            if (sums == null) {
                sums = new long[size];
            }
            add(left, 1);
            add(right, 1);
            boolean zero = allZero(left) && allZero(right);
            add(left, 0);
            add(right, 0);
            return zero;
        }

        /** Adds the cells' rests to the sums, or with {@code times} 0 clears the sums of their columns. */
        private void add(int[] cells, int times) {
            for (int cell : cells) {
                for (int j = 0; j < columns[cell].length; j++) {
                    sums[columns[cell][j]] = times == 0 ? 0 : sums[columns[cell][j]] + values[cell][j];
                }
            }
        }

        private boolean allZero(int[] cells) {
            for (int cell : cells) {
                for (int column : columns[cell]) {
                    if (sums[column] != 0) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    /**
     * Adds to {@code sets} every set of at most {@code most} cells from {@code from} on, after {@code chosen},
     * whose values add up to less than the threshold; false if they would be more than {@value #MOST_SETS}.
     */
    private boolean smallSets(long[] value, int from, int[] chosen, long sum, int most, List<int[]> sets) {
        sets.add(chosen);
        if (sets.size() > MOST_SETS) {
            return false;
        }
        if (chosen.length == most) {
            return true;
        }
        for (int c = from; c < value.length; c++) {
            if (sum + value[c] < threshold) {
                int[] more = Arrays.copyOf(chosen, chosen.length + 1);
                more[chosen.length] = c;
                if (!smallSets(value, c + 1, more, sum + value[c], most, sets)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Takes the half sets as they are enumerated; true stops the enumeration. */
    @FunctionalInterface
    private interface HalfSink {
        boolean accept(long fingerprint, long value, int node);
    }

    /**
     * Every set of the cells {@code from} to {@code to} whose values add up to less than the threshold, at
     * most {@value #MOST_SETS}: each cell left out before taken in, so the empty set comes first.
     */
    private final class Enumeration {
        private final long[] fingerprints;
        private final long[] values;
        private final SetTree cells;
        private final HalfSink sink;
        private int count;
        private boolean stopped;

        Enumeration(long[] fingerprints, long[] values, SetTree cells, HalfSink sink) {
            this.fingerprints = fingerprints;
            this.values = values;
            this.cells = cells;
            this.sink = sink;
        }

        /** The number of sets enumerated. */
        int run(int from, int to) {
            enumerate(from, to, 0, 0, SetTree.EMPTY);
            return count;
        }

        private void enumerate(int from, int to, long fingerprint, long sum, int node) {
            if (stopped || count >= MOST_SETS) {
                return;
            }
            if (from == to) {
                count++;
                stopped = sink.accept(fingerprint, sum, node);
                return;
            }
            enumerate(from + 1, to, fingerprint, sum, node);
            long value = sum + values[from];
            if (value < threshold) {
                enumerate(from + 1, to, fingerprint + fingerprints[from], value, cells.add(node, from));
            }
        }
    }

    /** The cells of enumerated sets: a node is a set's last cell and points to the node of the cells before. */
    private static final class SetTree {
        static final int EMPTY = -1;
        private int[] parent = new int[16];
        private int[] cell = new int[16];
        private int size;

        int add(int before, int last) {
            if (size == parent.length) {
                parent = Arrays.copyOf(parent, size * 2);
                cell = Arrays.copyOf(cell, size * 2);
            }
            parent[size] = before;
            cell[size] = last;
            return size++;
        }

        /** The set's cells in ascending order. */
        List<Integer> cells(int node) {
            List<Integer> cells = new ArrayList<>();
            for (int n = node; n != EMPTY; n = parent[n]) {
                cells.add(cell[n]);
            }
            return cells.reversed();
        }
    }

    /**
     * The left halves by fingerprint, each fingerprint's in the order of enumeration (open addressing, chained).
     * Each slot holds its fingerprint as well as its first half: nearly every right half finds no match,
     * and at 200 teams looking for one was a third of disclosure control's time while each probe read the
     * fingerprint from the halves' own array (issue 10).
     */
    private static final class LeftHalves {
        private long[] fingerprint = new long[16];
        private long[] value = new long[16];
        private int[] node = new int[16];
        private int[] next = new int[16];
        private int size;
        /** Per slot, the first and the last half of one fingerprint, or -1 for a free slot, and that fingerprint. */
        private int[] head = filled(32);
        private int[] tail = new int[32];
        private long[] slotPrint = new long[32];

        private static int[] filled(int length) {
            int[] slots = new int[length];
            Arrays.fill(slots, -1);
            return slots;
        }

        boolean add(long print, long sum, int last) {
            if (size == fingerprint.length) {
                fingerprint = Arrays.copyOf(fingerprint, size * 2);
                value = Arrays.copyOf(value, size * 2);
                node = Arrays.copyOf(node, size * 2);
                next = Arrays.copyOf(next, size * 2);
            }
            if (size * 2 >= head.length) {
                rehash();
            }
            fingerprint[size] = print;
            value[size] = sum;
            node[size] = last;
            next[size] = -1;
            link(size++);
            return false;
        }

        private void link(int half) {
            int slot = slot(fingerprint[half]);
            if (head[slot] < 0) {
                head[slot] = half;
                slotPrint[slot] = fingerprint[half];
            } else {
                next[tail[slot]] = half;
            }
            tail[slot] = half;
        }

        private void rehash() {
            head = filled(head.length * 2);
            tail = new int[head.length];
            slotPrint = new long[head.length];
            for (int half = 0; half < size; half++) {
                next[half] = -1;
                link(half);
            }
        }

        private int slot(long print) {
            int mask = head.length - 1;
            int slot = Long.hashCode(print * 0x9E3779B97F4A7C15L) & mask;
            while (head[slot] >= 0 && slotPrint[slot] != print) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        /** The first half with this fingerprint, or -1. */
        int first(long print) {
            return head[slot(print)];
        }

        int next(int half) {
            return next[half];
        }

        long value(int half) {
            return value[half];
        }

        int node(int half) {
            return node[half];
        }

        int size() {
            return size;
        }
    }

    /** Whether {@link #people} counts, added up position by position, give more than none but fewer than the threshold. */
    static boolean smallTotal(List<long[]> cells, int threshold) {
        long[] sums = null;
        for (long[] people : cells) {
            if (sums == null) {
                sums = people.clone();
            } else {
                for (int i = 0; i < sums.length; i++) {
                    sums[i] += i < people.length ? people[i] : 0;
                }
            }
        }
        for (long sum : sums == null ? new long[0] : sums) {
            if (sum > 0 && sum < threshold) {
                return true;
            }
        }
        return false;
    }

    /** The counts of people (or sessions, or actions) a value reveals: a share's part, whole and rest. */
    static long[] people(Measure m) {
        long num = m.numerator() == null ? 0 : m.numerator();
        long den = m.denominator() == null ? 0 : m.denominator();
        return switch (m.indicator().kind()) {
            case COUNT -> new long[] {num};
            case SHARE -> new long[] {num, den, den - num};
            case RATE -> new long[] {num, den};
            case MEAN, MEDIAN -> new long[] {den};
            case SUM, WEIGHTED_SHARE -> new long[0];
        };
    }

    /**
     * The plain sums the equations give away, as they are needed: each equation, the sum and the difference
     * of each two, and the reduced rows, in that order. A pair with an equation of no hidden cell adds
     * nothing new (it is the other equation again), so only equations with hidden cells are paired, over
     * their hidden cells. The same sum may come more than once.
     * <p>
     * Two equations with no hidden cell in common give either no plain sum or the union of their own two
     * plain sums. When no cell counts fewer than zero people, such a union is small only if one of its
     * halves is, and that half came first, alone; so with {@code disjointPairsAddNothing} only the pairs
     * sharing a hidden cell are tried (at 600 sites, a few thousand pairs of some 180,000).
     */
    private static Stream<List<Integer>> knownSums(List<Sparse> equations, Echelon echelon,
                                                  boolean disjointPairsAddNothing) {
        List<Sparse> withHidden = equations.stream().filter(equation -> equation.size() > 0).toList();
        Map<Integer, List<Integer>> equationsWith = new HashMap<>();
        for (int i = 0; i < withHidden.size(); i++) {
            for (int c : withHidden.get(i).columns()) {
                equationsWith.computeIfAbsent(c, k -> new ArrayList<>()).add(i);
            }
        }
        Stream<List<Integer>> pairs = IntStream.range(0, withHidden.size()).boxed().flatMap(i -> {
            IntStream partners;
            if (disjointPairsAddNothing) {
                BitSet sharing = new BitSet();
                for (int c : withHidden.get(i).columns()) {
                    equationsWith.get(c).stream().filter(j -> j > i).forEach(sharing::set);
                }
                partners = sharing.stream();
            } else {
                partners = IntStream.range(i + 1, withHidden.size());
            }
            return partners.boxed().flatMap(j -> Stream.of(1, -1)
                    .map(sign -> asSum(withHidden.get(i).plus(sign, withHidden.get(j)))).flatMap(Optional::stream));
        });
        return Stream.of(equations.stream().map(LinearAudit::asSum).flatMap(Optional::stream), pairs,
                echelon.rows().stream().map(LinearAudit::asSum).flatMap(Optional::stream)).flatMap(s -> s);
    }

    /** The columns of a combination whose coefficients are all 1, or all -1: a plain sum of hidden cells. */
    private static Optional<List<Integer>> asSum(Sparse combination) {
        if (combination.size() == 0) {
            return Optional.empty();
        }
        int wanted = sign(combination.values()[0]);
        for (double coefficient : combination.values()) {
            if (sign(coefficient) != wanted || wanted == 2) {
                return Optional.empty();
            }
        }
        return Optional.of(Arrays.stream(combination.columns()).boxed().toList());
    }

    /** 1 or -1 for a coefficient of 1 or -1, 0 for none, 2 for any other. */
    private static int sign(double coefficient) {
        if (Math.abs(coefficient - 1) < Echelon.EPSILON) {
            return 1;
        }
        if (Math.abs(coefficient + 1) < Echelon.EPSILON) {
            return -1;
        }
        return Math.abs(coefficient) < Echelon.EPSILON ? 0 : 2;
    }
}
