package org.mentorlog.summary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mentorlog.summary.Measure.Cell;
import org.mentorlog.summary.Relations.Relation;

/**
 * The attack of several subtractions at once. The relations of one family become linear equations
 * over its hidden cells (the published members moved to the known side); a hidden cell is exposed if
 * the equations determine it, and a group of hidden cells if the equations give away their sum and
 * that sum is a small number. The sums tried are those of one equation, of the sum or difference of
 * two, and of the rows elimination leaves: what a patient analyst with a spreadsheet finds, short of
 * a full linear-programming audit.
 */
final class LinearAudit {

    private final Map<Cell, Measure> byCell;
    private final int threshold;

    LinearAudit(Map<Cell, Measure> byCell, int threshold) {
        this.byCell = byCell;
        this.threshold = threshold;
    }

    /** The first hidden cell, or group of them, that the family's equations give away; empty when none. */
    Optional<List<Cell>> exposed(List<Relation> family, Set<Cell> hidden) {
        List<Cell> unknowns = family.stream().flatMap(r -> r.members().stream()).filter(hidden::contains)
                .distinct().toList();
        Map<Cell, Integer> column = new HashMap<>();
        unknowns.forEach(c -> column.put(c, column.size()));
        List<double[]> equations = new ArrayList<>();
        for (Relation relation : family) {
            double[] equation = new double[unknowns.size()];
            relation.parts().stream().filter(hidden::contains).forEach(c -> equation[column.get(c)] += 1);
            if (hidden.contains(relation.total())) {
                equation[column.get(relation.total())] -= 1;
            }
            equations.add(equation);
        }
        Echelon echelon = Echelon.of(equations);
        for (Cell cell : unknowns) {
            double[] unit = new double[unknowns.size()];
            unit[column.get(cell)] = 1;
            if (echelon.spans(unit)) {
                return Optional.of(List.of(cell));
            }
        }
        return knownSums(equations, echelon).stream()
                .map(sum -> sum.stream().map(unknowns::get).toList())
                .filter(cells -> smallSum(cells.stream().map(byCell::get).toList(), threshold))
                .findFirst();
    }

    /** Whether the people the cells stand for add up to more than none but fewer than the threshold. */
    static boolean smallSum(Collection<Measure> cells, int threshold) {
        long[] sums = null;
        for (Measure cell : cells) {
            long[] people = people(cell);
            if (sums == null) {
                sums = people;
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
    private static long[] people(Measure m) {
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

    private static List<List<Integer>> knownSums(List<double[]> equations, Echelon echelon) {
        Set<List<Integer>> sums = new LinkedHashSet<>();
        equations.forEach(e -> asSum(e).ifPresent(sums::add));
        for (int i = 0; i < equations.size(); i++) {
            for (int j = i + 1; j < equations.size(); j++) {
                asSum(combine(equations.get(i), equations.get(j), 1)).ifPresent(sums::add);
                asSum(combine(equations.get(i), equations.get(j), -1)).ifPresent(sums::add);
            }
        }
        echelon.rows().forEach(r -> asSum(r).ifPresent(sums::add));
        return List.copyOf(sums);
    }

    /** The columns of a combination whose coefficients are all 1, or all -1: a plain sum of hidden cells. */
    private static Optional<List<Integer>> asSum(double[] combination) {
        List<Integer> plus = new ArrayList<>();
        List<Integer> minus = new ArrayList<>();
        for (int c = 0; c < combination.length; c++) {
            if (Math.abs(combination[c] - 1) < Echelon.EPSILON) {
                plus.add(c);
            } else if (Math.abs(combination[c] + 1) < Echelon.EPSILON) {
                minus.add(c);
            } else if (Math.abs(combination[c]) >= Echelon.EPSILON) {
                return Optional.empty();
            }
        }
        return plus.isEmpty() == minus.isEmpty() ? Optional.empty() : Optional.of(plus.isEmpty() ? minus : plus);
    }

    private static double[] combine(double[] a, double[] b, int sign) {
        double[] sum = a.clone();
        for (int c = 0; c < b.length; c++) {
            sum[c] += sign * b[c];
        }
        return sum;
    }
}
