package org.mentorlog.summary;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How many cells a protected summary hides, and why: primary (small in itself) or secondary (a
 * guard or a complement), per group of indicators. A measuring tape for the suppression pattern.
 */
record SuppressionTally(int cells, int primary, int secondary, Map<String, Integer> secondaryByGroup) {

    static SuppressionTally of(List<Measure> measures, List<IndicatorValue> shown, int threshold) {
        Disclosure disclosure = new Disclosure(threshold, Breakdown.NONE);
        int primary = 0;
        int secondary = 0;
        Map<String, Integer> byGroup = new TreeMap<>();
        for (int i = 0; i < measures.size(); i++) {
            if (!shown.get(i).suppressed()) {
                continue;
            }
            if (disclosure.sensitive(measures.get(i))) {
                primary++;
            } else {
                secondary++;
                byGroup.merge(group(measures.get(i).indicator()), 1, Integer::sum);
            }
        }
        return new SuppressionTally(measures.size(), primary, secondary, byGroup);
    }

    int hidden() {
        return primary + secondary;
    }

    private static String group(Indicator indicator) {
        String code = indicator.code();
        return List.of("person_sessions", "unique_trainees", "competency", "follow_ups", "mowip").stream()
                .filter(code::startsWith).findFirst().orElse(indicator.kind().name().toLowerCase());
    }

    @Override
    public String toString() {
        return "%d of %d hidden: %d primary, %d secondary %s".formatted(hidden(), cells, primary, secondary,
                secondaryByGroup.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", ", "(", ")")));
    }
}
