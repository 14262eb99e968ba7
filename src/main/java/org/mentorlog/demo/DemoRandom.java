package org.mentorlog.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * The seeded dice behind all demo data. Everything random goes through one instance, used in a fixed
 * order, so the same seed and the same date give the same data.
 */
final class DemoRandom {

    private final Random random;

    DemoRandom(long seed) {
        this.random = new Random(seed);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number from min to max, both included. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    double fraction() {
        return random.nextDouble();
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** One item, chosen with probability proportional to its weight. */
    <T> T weighted(List<T> items, ToDoubleFunction<T> weight) {
        double total = items.stream().mapToDouble(weight).sum();
        double target = random.nextDouble() * total;
        for (T item : items) {
            target -= weight.applyAsDouble(item);
            if (target < 0) {
                return item;
            }
        }
        return items.getLast();
    }

    /** Up to n distinct items in their original order. */
    <T> List<T> sample(List<T> items, int n) {
        return sample(items, n, item -> 1.0);
    }

    /**
     * Up to n distinct items, heavier items more likely (Efraimidis–Spirakis: each item draws the key
     * u^(1/weight) and the n largest keys win), returned in their original order.
     */
    <T> List<T> sample(List<T> items, int n, ToDoubleFunction<T> weight) {
        record Keyed<T>(int position, T item, double key) {
        }
        List<Keyed<T>> keyed = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            keyed.add(new Keyed<>(i, item, Math.pow(random.nextDouble(), 1.0 / weight.applyAsDouble(item))));
        }
        return keyed.stream()
                .sorted(Comparator.comparingDouble((Keyed<T> k) -> k.key()).reversed())
                .limit(n)
                .sorted(Comparator.comparingInt(Keyed::position))
                .map(Keyed::item)
                .toList();
    }
}
