package org.mentorlog.summary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mentorlog.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Headquarters' summary as files. Exporting is its own permission, and an export carries exactly
 * what the screen shows: the same suppressed summary, never a name or code.
 */
@Service
@Transactional(readOnly = true)
public class SummaryExport {

    static final String[] CSV_HEADER = {"indicator", "dimension", "breakdown", "cell", "label", "numerator",
        "denominator", "value", "suppressed"};

    private final SummaryService summaries;

    SummaryExport(SummaryService summaries) {
        this.summaries = summaries;
    }

    /**
     * Writes the headquarters summary as tidy CSV: one row per indicator × dimension × cell (the
     * breakdown's cells, then TOTAL). Suppressed cells have no numbers at all.
     */
    @PreAuthorize(Roles.HAS_MISSION_READER + " and " + Roles.HAS_EXPORT)
    public void writeCsv(SummaryQuery query, Writer out) {
        MissionSummary summary = summaries.summarize(query, Audience.HEADQUARTERS);
        String breakdown = query.groupBy().name().toLowerCase(Locale.ROOT);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get())) {
            for (IndicatorValue value : summary.values()) {
                boolean total = MissionSummary.TOTAL.equals(value.key());
                csv.printRecord(value.code(), value.dimension(), total ? "total" : breakdown, value.key(),
                        total ? "" : summary.labels().getOrDefault(value.key(), value.key()),
                        value.numerator(), value.denominator(), value.value(), value.suppressed());
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
