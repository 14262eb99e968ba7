package org.mentorlog.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.mentorlog.summary.MissionSummary.TOTAL;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An attacker's view of a protected summary, written independently of {@link Disclosure}: it looks
 * for small numbers in every visible cell, and tries to recover every hidden cell by subtracting
 * visible siblings from their total, or visible breakdown cells from the indicator's total.
 */
final class LeakCheck {

    private record Place(String code, String dimension, String key) {
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

    /** Every check below, against the true (unprotected) values of the same summary. */
    static void assertNothingLeaks(List<IndicatorValue> shown, List<IndicatorValue> truth, int threshold) {
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
        assertNoLoneHiddenCell(shown, real);
    }

    static void assertNoLoneHiddenCell(List<IndicatorValue> shown) {
        assertNoLoneHiddenCell(shown, null);
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
    private static void assertNoLoneHiddenCell(List<IndicatorValue> shown, Map<Place, IndicatorValue> real) {
        Map<Place, IndicatorValue> byPlace = new HashMap<>();
        shown.forEach(v -> byPlace.put(Place.of(v), v));
        for (List<Place> relation : relations(shown)) {
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

    /** The last member of each relation is the sum of the others. */
    private static List<List<Place>> relations(List<IndicatorValue> shown) {
        List<List<Place>> relations = new ArrayList<>();
        Map<String, List<IndicatorValue>> byCodeAndDimension = shown.stream()
                .collect(Collectors.groupingBy(v -> v.code() + "|" + v.dimension()));
        for (List<IndicatorValue> cells : byCodeAndDimension.values()) {
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

    private static Long recover(List<IndicatorValue> members, IndicatorValue lone) {
        IndicatorValue total = members.getLast();
        long others = members.subList(0, members.size() - 1).stream().filter(v -> v != lone)
                .mapToLong(v -> Objects.requireNonNullElse(v.numerator(), 0L)).sum();
        return lone == total ? Long.valueOf(others)
                : total.numerator() == null ? null : total.numerator() - others;
    }
}
