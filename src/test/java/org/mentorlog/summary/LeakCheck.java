package org.mentorlog.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.mentorlog.summary.MissionSummary.TOTAL;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An attacker's view of a protected summary, written independently of {@link Disclosure}: it looks
 * for small numbers in every visible cell, and tries to recover every hidden cell by subtracting
 * visible siblings from their total, or visible breakdown cells from the indicator's total.
 * <p>
 * It then writes every relation as a linear equation over the hidden cells (published figures moved
 * to the right-hand side) and attacks them together: no hidden cell may follow from any combination
 * of them (Gaussian elimination), and no sum of hidden cells that the attacker can work out may be a
 * small number. The sums tried are those one equation gives, those the sum or difference of two
 * equations gives, and those elimination isolates; then {@link SumAttack} tries every set of hidden
 * cells in each connected group (issue 15, point 2). Every relation is taken as additive, as
 * {@link Disclosure} takes it, so the check errs on the side of a leak.
 */
final class LeakCheck {

    /** A cell of the summary: indicator, dimension and breakdown key. */
    record Place(String code, String dimension, String key) {
        static Place of(IndicatorValue v) {
            return new Place(v.code(), v.dimension(), v.key());
        }
    }

    private static final List<List<Indicator>> SEXES = List.of(
            List.of(Indicator.PERSON_SESSIONS_WOMEN, Indicator.PERSON_SESSIONS_MEN,
                    Indicator.PERSON_SESSIONS_NOT_RECORDED, Indicator.PERSON_SESSIONS_TOTAL),
            List.of(Indicator.UNIQUE_TRAINEES_WOMEN, Indicator.UNIQUE_TRAINEES_MEN,
                    Indicator.UNIQUE_TRAINEES_NOT_RECORDED, Indicator.UNIQUE_TRAINEES_TOTAL),
            List.of(Indicator.COMPETENCY_CHANGE_WOMEN, Indicator.COMPETENCY_CHANGE_MEN,
                    Indicator.COMPETENCY_CHANGE_NOT_RECORDED, Indicator.COMPETENCY_CHANGE_ALL));

    private LeakCheck() {
    }

    /** Every check below, against the true (unprotected) values of the same summary split by {@code breakdown}. */
    static void assertNothingLeaks(List<IndicatorValue> shown, List<IndicatorValue> truth, int threshold,
                                   Breakdown breakdown) {
        Map<Place, IndicatorValue> real = truth.stream().collect(Collectors.toMap(Place::of, v -> v));
        assertThat(shown).hasSameSizeAs(truth);
        for (IndicatorValue value : shown) {
            if (value.suppressed()) {
                assertThat(new Object[] {value.numerator(), value.denominator(), value.value()})
                        .as("hidden %s carries a number", value).containsOnlyNulls();
            } else {
                assertThat(value).as("a visible value is the true one").isEqualTo(real.get(Place.of(value)));
                assertNoSmallNumber(value, threshold);
            }
        }
        assertSharesHideWithTheirCounts(shown);
        List<List<Place>> relations = relations(shown, real, breakdown);
        assertNoLoneHiddenCell(shown, relations, real);
        assertNoRecoverableCombination(shown, relations, real, threshold);
        assertNoDeterminedSmallSet(shown, truth, threshold, breakdown);
    }

    /**
     * Every set of hidden cells, not only the sums above: {@link SumAttack} searches each connected group
     * of hidden cells in full for a set whose sum the published figures determine and which is small.
     * A group too large for it to search fails the check rather than pass unsearched.
     */
    private static void assertNoDeterminedSmallSet(List<IndicatorValue> shown, List<IndicatorValue> truth,
                                                   int threshold, Breakdown breakdown) {
        SumAttack.Result attack = SumAttack.attack(shown, truth, threshold, breakdown);
        assertThat(attack.skipped()).as("groups of hidden cells too large to search").isEmpty();
        assertThat(attack.smallSums()).as("sets of hidden cells adding up to a small number").isEmpty();
    }

    /** No hidden cell follows from the published figures, by one subtraction or by any combination. */
    static void assertNoLoneHiddenCell(List<IndicatorValue> shown) {
        List<List<Place>> relations = relations(shown, null, Breakdown.NONE);
        assertNoLoneHiddenCell(shown, relations, null);
        assertNoRecoverableCombination(shown, relations, null, 0);
    }

    private static void assertNoSmallNumber(IndicatorValue v, int threshold) {
        Indicator indicator = Indicator.ofCode(v.code());
        List<Long> people = new ArrayList<>();
        switch (indicator.kind()) {
            case COUNT -> people.add(v.numerator());
            case SHARE -> {
                people.add(v.numerator());
                people.add(v.denominator());
                people.add(v.denominator() - v.numerator());
            }
            case RATE -> {
                people.add(v.numerator());
                people.add(v.denominator());
            }
            case MEAN, MEDIAN -> people.add(v.denominator());
            case SUM, WEIGHTED_SHARE -> {
            }
        }
        for (Long n : people) {
            assertThat(n == 0 || n >= threshold).as("%s shows the small number %s", v, n).isTrue();
        }
        if (indicator.kind() != Indicator.Kind.COUNT && indicator.kind() != Indicator.Kind.SUM
                && indicator.kind() != Indicator.Kind.WEIGHTED_SHARE && v.denominator() != 0) {
            assertThat(v.denominator()).as("%s has a denominator below 10", v).isGreaterThanOrEqualTo(10);
        }
    }

    /** A visible share next to a hidden count it was made of would give that count away. */
    private static void assertSharesHideWithTheirCounts(List<IndicatorValue> shown) {
        Map<Place, IndicatorValue> byPlace = shown.stream().collect(Collectors.toMap(Place::of, v -> v));
        for (IndicatorValue v : shown) {
            for (Indicator guard : Indicator.ofCode(v.code()).guards()) {
                IndicatorValue count = byPlace.get(new Place(guard.code(), null, v.key()));
                if (!v.suppressed() && count != null && count.suppressed()) {
                    fail("%s is visible while %s, which it is made of, is hidden", v, count);
                }
            }
        }
    }

    /** Tries subtraction on every relation; one hidden member in a relation can always be recovered. */
    private static void assertNoLoneHiddenCell(List<IndicatorValue> shown, List<List<Place>> relations,
                                               Map<Place, IndicatorValue> real) {
        Map<Place, IndicatorValue> byPlace = new HashMap<>();
        shown.forEach(v -> byPlace.put(Place.of(v), v));
        for (List<Place> relation : relations) {
            List<IndicatorValue> members = relation.stream().map(byPlace::get).toList();
            List<IndicatorValue> hidden = members.stream().filter(IndicatorValue::suppressed).toList();
            if (hidden.size() == 1) {
                IndicatorValue lone = hidden.getFirst();
                Long recovered = recover(members, lone);
                Long actual = real == null ? null : real.get(Place.of(lone)).numerator();
                fail("%s is the only hidden cell of %s: subtraction gives %s (true value %s)", lone,
                        relation, recovered, actual);
            }
        }
    }

    /**
     * All relations as equations at once: no hidden cell may be determined by them, and no sum of
     * hidden cells the attacker finds may lie between 0 and the threshold, in any of the people
     * counts a cell stands for.
     */
    private static void assertNoRecoverableCombination(List<IndicatorValue> shown, List<List<Place>> relations,
                                                       Map<Place, IndicatorValue> real, int threshold) {
        List<Place> hidden = shown.stream().filter(IndicatorValue::suppressed).map(Place::of).toList();
        Map<Place, Integer> column = new HashMap<>();
        hidden.forEach(p -> column.put(p, column.size()));
        List<double[]> equations = new ArrayList<>();
        for (List<Place> relation : relations) {
            double[] equation = new double[hidden.size()];
            boolean involvesHidden = false;
            for (int i = 0; i < relation.size(); i++) {
                Integer c = column.get(relation.get(i));
                if (c != null) {
                    equation[c] += i == relation.size() - 1 ? -1 : 1;
                    involvesHidden = true;
                }
            }
            if (involvesHidden) {
                equations.add(equation);
            }
        }
        Echelon echelon = Echelon.of(equations);
        for (Place place : hidden) {
            double[] unit = new double[hidden.size()];
            unit[column.get(place)] = 1;
            if (echelon.spans(unit)) {
                fail("%s follows from the published figures (true value %s)", place,
                        real == null ? null : real.get(place).numerator());
            }
        }
        if (real == null) {
            return;
        }
        for (List<Integer> sum : knownSums(equations, echelon)) {
            List<IndicatorValue> cells = sum.stream().map(i -> real.get(hidden.get(i))).toList();
            List<Long> people = people(cells);
            for (long n : people) {
                assertThat(n == 0 || n >= threshold).as("the hidden cells %s add up to the small number %s",
                        sum.stream().map(hidden::get).toList(), n).isTrue();
            }
        }
    }

    /** Sets of hidden cells (by column) whose sum one equation, two of them, or elimination gives away. */
    private static List<List<Integer>> knownSums(List<double[]> equations, Echelon echelon) {
        Set<List<Integer>> sums = new LinkedHashSet<>();
        equations.forEach(e -> asSum(e).ifPresent(sums::add));
        for (int i = 0; i < equations.size(); i++) {
            for (int j = i + 1; j < equations.size(); j++) {
                double[] a = equations.get(i);
                double[] b = equations.get(j);
                if (overlap(a, b)) {
                    asSum(combine(a, b, 1)).ifPresent(sums::add);
                    asSum(combine(a, b, -1)).ifPresent(sums::add);
                }
            }
        }
        echelon.rows().forEach(r -> asSum(r).ifPresent(sums::add));
        return List.copyOf(sums);
    }

    /** The columns of a combination whose coefficients are all 1 (or all -1): a plain sum of hidden cells. */
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
        if (plus.isEmpty() == minus.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(plus.isEmpty() ? minus : plus);
    }

    private static boolean overlap(double[] a, double[] b) {
        for (int c = 0; c < a.length; c++) {
            if (a[c] != 0 && b[c] != 0) {
                return true;
            }
        }
        return false;
    }

    private static double[] combine(double[] a, double[] b, int sign) {
        double[] sum = a.clone();
        for (int c = 0; c < b.length; c++) {
            sum[c] += sign * b[c];
        }
        return sum;
    }

    /** The people counts a set of cells adds up to: a count's number; a share's part, whole and rest; ... */
    private static List<Long> people(List<IndicatorValue> cells) {
        List<Long> sums = null;
        for (IndicatorValue cell : cells) {
            List<Long> counts = people(cell);
            if (sums == null) {
                sums = new ArrayList<>(counts);
            } else {
                for (int i = 0; i < sums.size(); i++) {
                    sums.set(i, i < counts.size() ? sums.get(i) + counts.get(i) : 0);
                }
            }
        }
        return sums == null ? List.of() : sums;
    }

    private static List<Long> people(IndicatorValue v) {
        long num = Objects.requireNonNullElse(v.numerator(), 0L);
        long den = Objects.requireNonNullElse(v.denominator(), 0L);
        return switch (Indicator.ofCode(v.code()).kind()) {
            case COUNT -> List.of(num);
            case SHARE -> List.of(num, den, den - num);
            case RATE -> List.of(num, den);
            case MEAN, MEDIAN -> List.of(den);
            case SUM, WEIGHTED_SHARE -> List.of();
        };
    }

    /** Equations in reduced row echelon form: enough to tell whether a combination follows from them. */
    private record Echelon(List<double[]> rows, List<Integer> pivots) {

        static final double EPSILON = 1e-9;

        static Echelon of(List<double[]> equations) {
            Echelon echelon = new Echelon(new ArrayList<>(), new ArrayList<>());
            equations.forEach(echelon::add);
            return echelon;
        }

        private void add(double[] equation) {
            double[] row = reduce(equation);
            int pivot = 0;
            while (pivot < row.length && Math.abs(row[pivot]) < EPSILON) {
                pivot++;
            }
            if (pivot == row.length) {
                return;
            }
            double scale = row[pivot];
            for (int c = 0; c < row.length; c++) {
                row[c] /= scale;
            }
            for (double[] other : rows) {
                double factor = other[pivot];
                if (Math.abs(factor) >= EPSILON) {
                    for (int c = 0; c < row.length; c++) {
                        other[c] -= factor * row[c];
                    }
                }
            }
            rows.add(row);
            pivots.add(pivot);
        }

        private double[] reduce(double[] vector) {
            double[] rest = vector.clone();
            for (int i = 0; i < rows.size(); i++) {
                double factor = rest[pivots.get(i)];
                if (Math.abs(factor) >= EPSILON) {
                    double[] row = rows.get(i);
                    for (int c = 0; c < rest.length; c++) {
                        rest[c] -= factor * row[c];
                    }
                }
            }
            return rest;
        }

        boolean spans(double[] vector) {
            for (double rest : reduce(vector)) {
                if (Math.abs(rest) >= EPSILON) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The last member of each relation is the sum of the others (also {@link SumAttack}'s equations). Without
     * the truth, every one is taken.
     */
    static List<List<Place>> relations(List<IndicatorValue> shown, Map<Place, IndicatorValue> real,
                                               Breakdown breakdown) {
        List<List<Place>> relations = new ArrayList<>();
        Map<String, List<IndicatorValue>> byCodeAndDimension = shown.stream()
                .collect(Collectors.groupingBy(v -> v.code() + "|" + v.dimension()));
        for (List<IndicatorValue> cells : byCodeAndDimension.values()) {
            if (real != null && breakdown.splitsTrainees() && computedAfresh(cells.getFirst().code(), real)) {
                continue;
            }
            List<Place> relation = new ArrayList<>(cells.stream().filter(v -> !v.key().equals(TOTAL))
                    .map(Place::of).toList());
            if (!relation.isEmpty()) {
                IndicatorValue any = cells.getFirst();
                relation.add(new Place(any.code(), any.dimension(), TOTAL));
                relations.add(relation);
            }
        }
        List<Place> keysAndDimensions = shown.stream().map(Place::of).distinct().toList();
        for (List<Indicator> sexes : SEXES) {
            keysAndDimensions.stream()
                    .filter(p -> p.code().equals(sexes.getLast().code()))
                    .forEach(total -> relations.add(sexes.stream()
                            .map(i -> new Place(i.code(), total.dimension(), total.key())).toList()));
        }
        return relations;
    }

    /** A competency mean whose trainees of its sex attended in two cells or more. */
    private static boolean computedAfresh(String code, Map<Place, IndicatorValue> real) {
        int sex = SEXES.get(2).stream().map(Indicator::code).toList().indexOf(code);
        if (sex < 0) {
            return false;
        }
        String attendees = SEXES.get(1).get(sex).code();
        return real.values().stream().filter(v -> v.code().equals(attendees) && !v.key().equals(TOTAL)
                && v.numerator() > 0).count() > 1;
    }

    private static Long recover(List<IndicatorValue> members, IndicatorValue lone) {
        IndicatorValue total = members.getLast();
        long others = members.subList(0, members.size() - 1).stream().filter(v -> v != lone)
                .mapToLong(v -> Objects.requireNonNullElse(v.numerator(), 0L)).sum();
        return lone == total ? Long.valueOf(others)
                : total.numerator() == null ? null : total.numerator() - others;
    }
}
