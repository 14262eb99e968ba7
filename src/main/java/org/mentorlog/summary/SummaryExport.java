package org.mentorlog.summary;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mentorlog.audit.AuditService;
import org.mentorlog.base.PlainText;
import org.mentorlog.mission.MissionService;
import org.mentorlog.mission.SiteInfo;
import org.mentorlog.mission.TeamInfo;
import org.mentorlog.reference.ReferenceKind;
import org.mentorlog.reference.ReferenceService;
import org.mentorlog.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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

    private static final String EXPORTER = Roles.HAS_MISSION_READER + " and " + Roles.HAS_EXPORT;

    private final SummaryService summaries;
    private final ReferenceService references;
    private final MissionService missions;
    private final I18NProvider i18n;
    private final Clock clock;
    private final AuditService audit;

    SummaryExport(SummaryService summaries, MissionService missions, ReferenceService references, I18NProvider i18n,
                  Clock clock, AuditService audit) {
        this.audit = audit;
        this.summaries = summaries;
        this.references = references;
        this.missions = missions;
        this.i18n = i18n;
        this.clock = clock;
    }

    /**
     * Writes the headquarters summary as tidy CSV: one row per indicator × dimension × cell (the
     * breakdown's cells, then TOTAL). Suppressed cells have no numbers at all.
     */
    @PreAuthorize(EXPORTER)
    public void writeCsv(SummaryQuery query, Writer out) {
        audited("EXPORT_CSV", query);
        MissionSummary summary = summaries.summarize(query, Audience.HEADQUARTERS);
        String breakdown = query.groupBy().name().toLowerCase(Locale.ROOT);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get())) {
            for (IndicatorValue value : summary.values()) {
                boolean total = MissionSummary.TOTAL.equals(value.key());
                // Text cells are neutralised against formula injection: labels are names an administrator typed.
                csv.printRecord(cell(value.code()), cell(value.dimension()), total ? "total" : breakdown,
                        cell(value.key()), total ? "" : cell(summary.labels().getOrDefault(value.key(), value.key())),
                        value.numerator(), value.denominator(), value.value(), value.suppressed());
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /**
     * Writes the headquarters summary as an Excel workbook in the user's language: sheets with the
     * headline figures, the summary split as chosen (by month when the choice is none or team), the
     * summary by team, and the indicators' definitions. Suppressed cells hold the word the screen
     * shows, never a number. The workbook is streamed, so a large one never sits whole in memory.
     */
    // Not in a transaction: the summaries run in their own, so no connection waits on a slow download.
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize(EXPORTER)
    public void writeXlsx(SummaryQuery query, Locale locale, OutputStream out) {
        audited("EXPORT_XLSX", query);
        write(() -> new SummaryWorkbook(content(query, locale)).write(out));
    }

    /**
     * Writes the headquarters summary as a PDF report in the user's language: period and filters,
     * headline figures, bar charts, the tables of {@link #writeXlsx}, the definitions and the
     * suppression rules applied.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize(EXPORTER)
    public void writePdf(SummaryQuery query, Locale locale, OutputStream out) {
        audited("EXPORT_PDF", query);
        write(() -> new SummaryReport(content(query, locale)).write(out));
    }

    /** Every file that leaves the application is in the audit trail: who, when, and what was asked for. */
    private void audited(String action, SummaryQuery query) {
        audit.recordAccess("summary", query.missionId(), action, describe(query));
    }

    /** A query as the audit trail keeps it: period, filters (ids) and breakdown. */
    public static String describe(SummaryQuery query) {
        return "from=%s, to=%s, teams=%s, sites=%s, agencies=%s, groupBy=%s".formatted(query.from(), query.to(),
                new TreeSet<>(query.teamIds()), new TreeSet<>(query.siteIds()), new TreeSet<>(query.agencies()),
                query.groupBy());
    }

    private static String cell(String text) {
        return PlainText.forSpreadsheet(text);
    }

    private ExportContent content(SummaryQuery query, Locale locale) {
        ExportTexts texts = new ExportTexts(i18n, locale,
                references.labels(locale, ReferenceKind.MOWIP_AREA, ReferenceKind.TOPIC));
        Breakdown primary = ExportContent.primaryBreakdown(query);
        return ExportContent.of(summaries.summarize(query.groupedBy(primary), Audience.HEADQUARTERS),
                summaries.summarize(query.groupedBy(Breakdown.TEAM), Audience.HEADQUARTERS),
                filters(query, texts), LocalDate.now(clock), texts);
    }

    private List<String> filters(SummaryQuery query, ExportTexts texts) {
        List<String> teams = missions.teams().stream().filter(t -> query.teamIds().contains(t.id()))
                .map(TeamInfo::name).toList();
        List<String> sites = missions.sites().stream().filter(s -> query.siteIds().contains(s.id()))
                .map(SiteInfo::name).toList();
        List<String> agencies = query.agencies().stream().sorted()
                .map(a -> texts.text("trainee.agency." + a.name())).toList();
        return List.of(filter(texts, "summary.teams", teams), filter(texts, "summary.sites", sites),
                filter(texts, "summary.agencies", agencies));
    }

    private static String filter(ExportTexts texts, String labelKey, Collection<String> chosen) {
        return texts.text(labelKey) + ": " + (chosen.isEmpty() ? texts.text("summary.export.all")
                : chosen.stream().sorted().collect(Collectors.joining(", ")));
    }

    private static void write(IoAction action) {
        try {
            action.run();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }
}
