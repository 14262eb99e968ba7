package org.mentorlog.summary;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything one XLSX or PDF export shows, fetched once: the summary split over time (or as the
 * analyst chose) and the same summary split by team, both protected for headquarters, with the words
 * that describe the period and the filters.
 * <p>
 * Two splits of the same figures are two tables with the same totals. A total hidden in one of them
 * (it can be, as the complement of a lone hidden cell) is hidden in both, so that one table cannot
 * undo the other's secondary suppression.
 */
record ExportContent(MissionSummary primary, MissionSummary byTeam, List<String> filters, LocalDate produced,
                     ExportTexts texts) {

    /** The split of the first table: the analyst's, unless it is none or by team (which has its own). */
    static Breakdown primaryBreakdown(SummaryQuery query) {
        Breakdown chosen = query.groupBy();
        return chosen == Breakdown.NONE || chosen == Breakdown.TEAM ? Breakdown.MONTH : chosen;
    }

    static ExportContent of(MissionSummary primary, MissionSummary byTeam, List<String> filters, LocalDate produced,
                            ExportTexts texts) {
        Set<String> hiddenTotals = new HashSet<>();
        for (MissionSummary summary : List.of(primary, byTeam)) {
            summary.values().stream().filter(v -> v.suppressed() && MissionSummary.TOTAL.equals(v.key()))
                    .forEach(v -> hiddenTotals.add(v.code() + "|" + v.dimension()));
        }
        return new ExportContent(hideTotals(primary, hiddenTotals), hideTotals(byTeam, hiddenTotals), filters,
                produced, texts);
    }

    private static MissionSummary hideTotals(MissionSummary summary, Set<String> hidden) {
        List<IndicatorValue> values = summary.values().stream()
                .map(v -> MissionSummary.TOTAL.equals(v.key()) && hidden.contains(v.code() + "|" + v.dimension())
                        ? IndicatorValue.suppressed(v.code(), v.dimension(), v.key()) : v)
                .toList();
        return new MissionSummary(summary.query(), summary.audience(), summary.threshold(), summary.keys(),
                summary.labels(), values);
    }

    SummaryQuery query() {
        return primary.query();
    }

    /** The threshold applied; both splits cover the same teams, so it is the same for both. */
    int threshold() {
        return primary.threshold();
    }

    /** "1 January 2026 – 30 June 2026". */
    String period() {
        return texts.date(query().from()) + " – " + texts.date(query().to());
    }

    /** The suppression rules as a reader of the file needs them: threshold, denominators, complements, marker. */
    List<String> suppressionNotes() {
        return List.of(texts.text("summary.suppression-note", threshold()),
                texts.text("summary.export.marker-note", texts.suppressed()));
    }
}
