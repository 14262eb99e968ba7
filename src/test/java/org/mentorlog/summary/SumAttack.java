package org.mentorlog.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.mentorlog.summary.LeakCheck.Place;

/**
 * A stronger attacker than {@link LeakCheck}'s sum attack, written apart from both it and
 * {@link LinearAudit}: over {@link LeakCheck#relations}, it looks at every set of hidden cells in a connected
 * group, not only the sums one or two equations or the echelon rows give. A set's sum can be worked
 * out exactly when its 0/1 vector lies in the row space of the equations; the search meets in the
 * middle over the group's hidden cells, keeping only sets whose people count stays below the threshold.
 */
final class SumAttack {

    /** People counts a cell can stand for: a share's part, whole and rest. */
    private static final int COUNTS = 3;

    /** Largest group searched in full (2^(n/2) sets per half). */
    static final int MAX_GROUP = 40;

    private SumAttack() {
    }

    /** What was found: small sums of hidden cells, and the groups too large to search. */
    record Result(List<String> smallSums, List<String> skipped) {
    }

    static Result attack(List<IndicatorValue> shown, List<IndicatorValue> truth, int threshold, Breakdown breakdown) {
        Map<Place, IndicatorValue> real = truth.stream().collect(Collectors.toMap(Place::of, v -> v));
        Map<Place, IndicatorValue> published = shown.stream().collect(Collectors.toMap(Place::of, v -> v));
        List<Place> hidden = shown.stream().filter(IndicatorValue::suppressed).map(Place::of).toList();
        Map<Place, Integer> index = new HashMap<>();
        hidden.forEach(p -> index.put(p, index.size()));
        List<List<Integer>> equationColumns = new ArrayList<>();
        List<List<Integer>> equationSigns = new ArrayList<>();
        List<long[]> equationKnown = new ArrayList<>();
        for (List<Place> relation : LeakCheck.relations(shown, real, breakdown)) {
            List<Integer> columns = new ArrayList<>();
            List<Integer> signs = new ArrayList<>();
            long[] known = new long[COUNTS];
            for (int i = 0; i < relation.size(); i++) {
                int sign = i == relation.size() - 1 ? -1 : 1;
                Integer c = index.get(relation.get(i));
                if (c != null) {
                    columns.add(c);
                    signs.add(sign);
                } else {
                    long[] p = people(published.get(relation.get(i)));
                    for (int k = 0; k < p.length; k++) {
                        known[k] -= sign * p[k];
                    }
                }
            }
            if (!columns.isEmpty()) {
                equationColumns.add(columns);
                equationSigns.add(signs);
                equationKnown.add(known);
            }
        }
        // Connected groups of hidden cells.
        int[] parent = new int[hidden.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (List<Integer> columns : equationColumns) {
            for (int c : columns) {
                union(parent, columns.getFirst(), c);
            }
        }
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (int c = 0; c < parent.length; c++) {
            groups.computeIfAbsent(find(parent, c), k -> new ArrayList<>()).add(c);
        }
        List<String> found = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (List<Integer> group : groups.values()) {
            Map<Integer, Integer> local = new HashMap<>();
            group.forEach(c -> local.put(c, local.size()));
            List<double[]> rows = new ArrayList<>();
            for (int e = 0; e < equationColumns.size(); e++) {
                if (!local.containsKey(equationColumns.get(e).getFirst())) {
                    continue;
                }
                double[] row = new double[group.size() + COUNTS];
                for (int k = 0; k < equationColumns.get(e).size(); k++) {
                    row[local.get(equationColumns.get(e).get(k))] += equationSigns.get(e).get(k);
                }
                for (int k = 0; k < COUNTS; k++) {
                    row[group.size() + k] = equationKnown.get(e)[k];
                }
                rows.add(row);
            }
            List<Place> places = group.stream().map(hidden::get).toList();
            if (rows.isEmpty()) {
                continue;
            }
            if (group.size() > MAX_GROUP) {
                skipped.add(group.size() + " hidden cells around " + places.getFirst());
                continue;
            }
            List<double[]> rref = new ArrayList<>();
            List<Integer> pivots = new ArrayList<>();
            long[][] residual = residuals(rows, group.size(), rref, pivots);
            int components = people(real.get(places.getFirst())).length;
            for (int component = 0; component < components; component++) {
                long[] value = new long[group.size()];
                for (int c = 0; c < group.size(); c++) {
                    long[] p = people(real.get(places.get(c)));
                    value[c] = component < p.length ? p[component] : 0;
                }
                int count = component;
                search(residual, value, threshold).ifPresent(set -> found.add("hidden cells "
                        + set.stream().map(places::get).toList() + " add up to "
                        + set.stream().mapToLong(c -> value[c]).sum() + " (people count " + count
                        + "), worked out from the published figures as "
                        + workedOut(set, rref, pivots, group.size() + count)));
            }
        }
        return new Result(found, skipped);
    }

    /**
     * Per column, what is left of its unit vector once reduced by the equations: a set of columns lies in
     * their row space exactly when the residuals of its columns add up to zero.
     */
    private static long[][] residuals(List<double[]> equations, int n, List<double[]> rref, List<Integer> pivots) {
        for (double[] equation : equations) {
            double[] row = equation.clone();
            for (int i = 0; i < rref.size(); i++) {
                subtract(row, row[pivots.get(i)], rref.get(i));
            }
            int pivot = 0;
            while (pivot < n && Math.abs(row[pivot]) < 1e-9) {
                pivot++;
            }
            if (pivot == n) {
                continue;
            }
            double scale = row[pivot];
            for (int c = 0; c < row.length; c++) {
                row[c] /= scale;
            }
            for (double[] other : rref) {
                subtract(other, other[pivot], row);
            }
            rref.add(row);
            pivots.add(pivot);
        }
        long[][] residual = new long[n][n];
        for (int j = 0; j < n; j++) {
            double[] rest = new double[n];
            rest[j] = 1;
            for (int i = 0; i < rref.size(); i++) {
                subtract(rest, rest[pivots.get(i)], rref.get(i));
            }
            for (int c = 0; c < n; c++) {
                residual[j][c] = Math.round(rest[c] * 1_000_000);
            }
        }
        return residual;
    }

    /**
     * The value of a set that lies in the row space, from the published side of the equations alone: the set
     * is the sum of the reduced equations whose pivots it holds, and so is its value.
     */
    private static double workedOut(List<Integer> set, List<double[]> rref, List<Integer> pivots, int knownColumn) {
        double value = 0;
        for (int i = 0; i < rref.size(); i++) {
            if (set.contains(pivots.get(i))) {
                value += rref.get(i)[knownColumn];
            }
        }
        return value;
    }

    private static void subtract(double[] from, double factor, double[] row) {
        if (Math.abs(factor) >= 1e-9) {
            for (int c = 0; c < from.length; c++) {
                from[c] -= factor * row[c];
            }
        }
    }

    private record Half(long[] residual, long value, long mask) {
    }

    private record Key(long[] residual) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(residual, k.residual);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(residual);
        }
    }

    /** A non-empty set of columns in the row space whose values add up to more than 0 and less than the threshold. */
    private static java.util.Optional<List<Integer>> search(long[][] residual, long[] value, int threshold) {
        int n = value.length;
        int split = n / 2;
        List<Half> left = new ArrayList<>();
        enumerate(residual, value, threshold, 0, split, new long[n], 0, 0, left);
        Map<Key, List<Half>> byResidual = new HashMap<>();
        for (Half h : left) {
            byResidual.computeIfAbsent(new Key(h.residual()), k -> new ArrayList<>()).add(h);
        }
        List<Half> right = new ArrayList<>();
        enumerate(residual, value, threshold, split, n, new long[n], 0, 0, right);
        for (Half r : right) {
            long[] wanted = new long[n];
            for (int c = 0; c < n; c++) {
                wanted[c] = -r.residual()[c];
            }
            for (Half l : byResidual.getOrDefault(new Key(wanted), List.of())) {
                long sum = l.value() + r.value();
                long mask = l.mask() | r.mask();
                if (mask != 0 && sum > 0 && sum < threshold) {
                    List<Integer> set = new ArrayList<>();
                    for (int c = 0; c < n; c++) {
                        if ((mask & (1L << c)) != 0) {
                            set.add(c);
                        }
                    }
                    return java.util.Optional.of(set);
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static void enumerate(long[][] residual, long[] value, int threshold, int from, int to, long[] acc,
                                  long sum, long mask, List<Half> out) {
        if (sum >= threshold) {
            return; // values are never negative: adding more cannot make the sum small again
        }
        if (from == to) {
            out.add(new Half(acc.clone(), sum, mask));
            return;
        }
        enumerate(residual, value, threshold, from + 1, to, acc, sum, mask, out);
        for (int c = 0; c < acc.length; c++) {
            acc[c] += residual[from][c];
        }
        enumerate(residual, value, threshold, from + 1, to, acc, sum + value[from], mask | (1L << from), out);
        for (int c = 0; c < acc.length; c++) {
            acc[c] -= residual[from][c];
        }
    }

    private static int find(int[] parent, int c) {
        while (parent[c] != c) {
            parent[c] = parent[parent[c]];
            c = parent[c];
        }
        return c;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    private static long[] people(IndicatorValue v) {
        long num = Objects.requireNonNullElse(v.numerator(), 0L);
        long den = Objects.requireNonNullElse(v.denominator(), 0L);
        return switch (Indicator.ofCode(v.code()).kind()) {
            case COUNT -> new long[] {num};
            case SHARE -> new long[] {num, den, den - num};
            case RATE -> new long[] {num, den};
            case MEAN, MEDIAN -> new long[] {den};
            case SUM, WEIGHTED_SHARE -> new long[0];
        };
    }
}
