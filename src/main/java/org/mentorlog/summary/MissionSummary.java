package org.mentorlog.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A summary as it may be shown to its audience: the breakdown keys in display order (without the
 * total), a label per key, and every indicator value, already protected where the audience needs it.
 * {@code threshold} is the disclosure threshold applied, or null when nothing was suppressed by rule.
 */
public record MissionSummary(SummaryQuery query, Audience audience, Integer threshold, List<String> keys,
                             Map<String, String> labels, List<IndicatorValue> values) {

    /** The key of the cell that covers the whole query. */
    public static final String TOTAL = "TOTAL";

    public MissionSummary {
        keys = List.copyOf(keys);
        labels = Map.copyOf(labels);
        values = List.copyOf(values);
    }

    /** The value of an indicator without dimension in one cell. */
    public Optional<IndicatorValue> value(Indicator indicator, String key) {
        return value(indicator, null, key);
    }

    /** The value of an indicator for one dimension (MOWIP area, competency) in one cell. */
    public Optional<IndicatorValue> value(Indicator indicator, String dimension, String key) {
        return values.stream()
                .filter(v -> v.code().equals(indicator.code()) && Objects.equals(v.dimension(), dimension)
                        && v.key().equals(key))
                .findFirst();
    }

    /** The total of an indicator without dimension. */
    public Optional<IndicatorValue> total(Indicator indicator) {
        return value(indicator, TOTAL);
    }

    /** The heading of a cell: its label (a month, a team's name), or {@code totalLabel} for {@link #TOTAL}. */
    public String label(String key, String totalLabel) {
        return TOTAL.equals(key) ? totalLabel : labels.getOrDefault(key, key);
    }

    /** The columns of a table of this summary: the breakdown keys, then {@link #TOTAL}. */
    public List<String> columns() {
        List<String> columns = new ArrayList<>(keys);
        columns.add(TOTAL);
        return columns;
    }

    /** One row per indicator and dimension, in the indicators' order, with its value per column. */
    public List<Row> rows() {
        Map<List<String>, Map<String, IndicatorValue>> rows = new LinkedHashMap<>();
        for (Indicator indicator : Indicator.values()) {
            values.stream().filter(v -> v.code().equals(indicator.code()))
                    .forEach(v -> rows.computeIfAbsent(Arrays.asList(v.code(), v.dimension()),
                            k -> new LinkedHashMap<>()).put(v.key(), v));
        }
        return rows.entrySet().stream()
                .map(row -> new Row(Indicator.ofCode(row.getKey().get(0)), row.getKey().get(1), row.getValue()))
                .toList();
    }

    /** A row of a summary table; {@code cells} maps a column to its value (absent where there is none). */
    public record Row(Indicator indicator, String dimension, Map<String, IndicatorValue> cells) {

        public Row {
            cells = Map.copyOf(cells);
        }
    }
}
