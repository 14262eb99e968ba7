package org.mentorlog.summary;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A summary export as a PDF report for reading and printing: period and filters, headline figures,
 * the suppression rules, bar charts, the tables and the definitions. DejaVu Sans (resources/fonts, with its
 * licence) is embedded as a subset: team, site and area names in any script a mission writes (Bambara's
 * ɛ and ɔ, which Helvetica's Windows-1252 cannot draw) print as typed. Pages go to the stream as they are
 * finished.
 */
final class SummaryReport {

    /** Breakdown columns per table; wider tables continue below with the next columns. */
    private static final int COLUMNS_PER_TABLE = 12;
    private static final Color WOMEN = new Color(0x8e, 0x44, 0xad);
    private static final Color MEN = new Color(0x1d, 0x4f, 0x73);
    private static final Color NOT_RECORDED = new Color(0x7f, 0x8c, 0x8d);

    private final ExportContent content;
    private final ExportTexts texts;
    private final BaseFont regular = font("fonts/DejaVuSans.ttf");
    private final Font body = new Font(regular, 9);
    private final Font small = new Font(regular, 7);
    private final BaseFont boldFace = font("fonts/DejaVuSans-Bold.ttf");
    private final Font bold = new Font(boldFace, 9);
    private final Font smallBold = new Font(boldFace, 7);
    private final Font heading = new Font(boldFace, 13);
    private Document document;

    SummaryReport(ExportContent content) {
        this.content = content;
        this.texts = content.texts();
    }

    void write(OutputStream out) throws IOException {
        document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        document.addTitle(texts.text("summary.title"));
        document.open();
        try {
            cover();
            charts(writer);
            document.newPage();
            table(content.primary(), ExportContent.primaryBreakdown(content.query()));
            table(content.byTeam(), Breakdown.TEAM);
            document.newPage();
            definitions();
        } finally {
            document.close();
        }
    }

    private void cover() {
        document.add(new Paragraph(pdf(texts.text("summary.title") + " – " + content.period()), heading));
        content.filters().forEach(filter -> document.add(new Paragraph(pdf(filter), body)));
        document.add(new Paragraph(pdf(texts.text("summary.export.produced", texts.date(content.produced()))), body));
        section(texts.text("summary.export.sheet.headline"));
        PdfPTable figures = new PdfPTable(new float[] {3, 1});
        figures.setWidthPercentage(50);
        figures.setHorizontalAlignment(Element.ALIGN_LEFT);
        for (Indicator indicator : Indicator.HEADLINE) {
            figures.addCell(cell(texts.text(indicator.labelKey()), body, Element.ALIGN_LEFT));
            figures.addCell(cell(texts.format(content.primary().total(indicator).orElse(null)), bold,
                    Element.ALIGN_RIGHT));
        }
        document.add(figures);
        content.suppressionNotes().forEach(note -> document.add(new Paragraph(pdf(note), body)));
    }

    private void charts(PdfWriter writer) {
        MissionSummary summary = content.primary();
        String by = texts.by(ExportContent.primaryBreakdown(content.query()));
        List<String> labels = summary.keys().stream().map(key -> texts.column(summary, key)).map(SummaryReport::pdf)
                .toList();
        section(texts.text(Indicator.SESSIONS.labelKey()) + " · " + by);
        document.add(ReportChart.draw(writer.getDirectContent(), regular, labels,
                List.of(series(summary, Indicator.SESSIONS, MEN)), pdf(texts.suppressed())));
        section(texts.text("summary.export.chart.by-sex") + " · " + by);
        document.add(ReportChart.draw(writer.getDirectContent(), regular, labels,
                List.of(series(summary, Indicator.PERSON_SESSIONS_WOMEN, WOMEN),
                        series(summary, Indicator.PERSON_SESSIONS_MEN, MEN),
                        series(summary, Indicator.PERSON_SESSIONS_NOT_RECORDED, NOT_RECORDED)),
                pdf(texts.suppressed())));
    }

    private ReportChart.Series series(MissionSummary summary, Indicator indicator, Color color) {
        return new ReportChart.Series(pdf(texts.text(indicator.labelKey())), color,
                summary.keys().stream().map(key -> summary.value(indicator, key).orElse(null)).toList());
    }

    /** The summary's table, in slices of columns narrow enough for the page. */
    private void table(MissionSummary summary, Breakdown breakdown) {
        section(texts.by(breakdown));
        List<String> columns = summary.columns();
        for (int from = 0; from < columns.size(); from += COLUMNS_PER_TABLE) {
            List<String> slice = columns.subList(from, Math.min(columns.size(), from + COLUMNS_PER_TABLE));
            float[] widths = new float[slice.size() + 1];
            Arrays.fill(widths, 1);
            widths[0] = 4;
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.setSpacingAfter(10);
            table.addCell(cell(texts.text("summary.indicator"), smallBold, Element.ALIGN_LEFT));
            slice.forEach(key -> table.addCell(cell(texts.column(summary, key), smallBold, Element.ALIGN_RIGHT)));
            for (MissionSummary.Row row : summary.rows()) {
                table.addCell(cell(texts.name(row), small, Element.ALIGN_LEFT));
                slice.forEach(key -> table.addCell(cell(texts.format(row.cells().get(key)), small,
                        Element.ALIGN_RIGHT)));
            }
            document.add(table);
        }
    }

    private void definitions() {
        section(texts.text("summary.export.sheet.definitions"));
        PdfPTable table = new PdfPTable(new float[] {3, 3, 8});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        List.of("summary.export.code", "summary.indicator", "summary.export.definition")
                .forEach(key -> table.addCell(cell(texts.text(key), bold, Element.ALIGN_LEFT)));
        for (Indicator indicator : Indicator.values()) {
            table.addCell(cell(indicator.code(), small, Element.ALIGN_LEFT));
            table.addCell(cell(texts.text(indicator.labelKey()), small, Element.ALIGN_LEFT));
            table.addCell(cell(texts.text(indicator.definitionKey()), small, Element.ALIGN_LEFT));
        }
        document.add(table);
    }

    private void section(String title) {
        Paragraph paragraph = new Paragraph(pdf(title), heading);
        paragraph.setSpacingBefore(12);
        paragraph.setSpacingAfter(6);
        document.add(paragraph);
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(pdf(text), font));
        cell.setHorizontalAlignment(alignment);
        cell.setBorderColor(Color.LIGHT_GRAY);
        return cell;
    }

    /** Locale formats use thin no-break spaces; a plain no-break space reads the same and extracts more reliably. */
    static String pdf(String text) {
        return text == null ? "" : text.replace('\u202f', '\u00a0').replace('\u2009', '\u00a0');
    }

    /** A TrueType font from the classpath, embedded as the subset of glyphs the report uses. */
    private static BaseFont font(String resource) {
        try (InputStream in = SummaryReport.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the classpath");
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException unreadable) {
            throw new IllegalStateException("Font " + resource + " cannot be read", unreadable);
        }
    }
}
