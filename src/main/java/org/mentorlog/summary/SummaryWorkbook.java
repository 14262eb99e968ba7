package org.mentorlog.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.mentorlog.base.PlainText;

/**
 * A summary export as an Excel workbook. Figures are real numbers with a display format, so analysts
 * can compute with them; a suppressed cell holds the marker word, never a number. Rows are streamed
 * to disk as they are written (POI's SXSSF), so a large export never sits whole in memory.
 */
final class SummaryWorkbook {

    /** Rows kept in memory per sheet before they are flushed to the temporary file. */
    private static final int WINDOW = 100;

    private final ExportContent content;
    private final ExportTexts texts;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final Map<String, CellStyle> styles = new HashMap<>();

    SummaryWorkbook(ExportContent content) {
        this.content = content;
        this.texts = content.texts();
    }

    void write(OutputStream out) throws IOException {
        try (workbook) {
            headline();
            table(content.primary(), ExportContent.primaryBreakdown(content.query()));
            table(content.byTeam(), Breakdown.TEAM);
            definitions();
            workbook.write(out);
        }
    }

    private void headline() {
        Sheet sheet = sheet(texts.text("summary.export.sheet.headline"), 24, 48, 16);
        text(sheet.createRow(0), 0, texts.text("summary.title"), style("title"));
        List<String> lines = new ArrayList<>(List.of(content.period()));
        lines.addAll(content.filters());
        lines.add(texts.text("summary.export.produced", texts.date(content.produced())));
        for (String line : lines) {
            text(sheet.createRow(sheet.getLastRowNum() + 1), 0, line, null);
        }
        header(sheet.createRow(sheet.getLastRowNum() + 2), texts.text("summary.export.code"),
                texts.text("summary.indicator"), texts.text("summary.total"));
        for (Indicator indicator : Indicator.HEADLINE) {
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            text(row, 0, indicator.code(), null);
            text(row, 1, texts.text(indicator.labelKey()), null);
            figure(row, 2, indicator, content.primary().total(indicator).orElse(null));
        }
        notes(sheet);
    }

    private void table(MissionSummary summary, Breakdown breakdown) {
        List<String> columns = summary.columns();
        Sheet sheet = sheet(texts.by(breakdown), 24, 16, 40);
        Row header = header(sheet.createRow(0), texts.text("summary.export.code"),
                texts.text("summary.export.dimension"), texts.text("summary.indicator"));
        for (int c = 0; c < columns.size(); c++) {
            text(header, 3 + c, texts.column(summary, columns.get(c)), style("header"));
            sheet.setColumnWidth(3 + c, 14 * 256);
        }
        for (MissionSummary.Row line : summary.rows()) {
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            text(row, 0, line.indicator().code(), null);
            text(row, 1, line.dimension(), null);
            text(row, 2, texts.name(line), null);
            for (int c = 0; c < columns.size(); c++) {
                figure(row, 3 + c, line.indicator(), line.cells().get(columns.get(c)));
            }
        }
        sheet.createFreezePane(3, 1);
        notes(sheet);
    }

    private void definitions() {
        Sheet sheet = sheet(texts.text("summary.export.sheet.definitions"), 36, 40, 100);
        header(sheet.createRow(0), texts.text("summary.export.code"), texts.text("summary.indicator"),
                texts.text("summary.export.definition"));
        for (Indicator indicator : Indicator.values()) {
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            text(row, 0, indicator.code(), null);
            text(row, 1, texts.text(indicator.labelKey()), null);
            text(row, 2, texts.text(indicator.definitionKey()), style("wrap"));
        }
    }

    private void notes(Sheet sheet) {
        int next = sheet.getLastRowNum() + 2;
        for (String note : content.suppressionNotes()) {
            text(sheet.createRow(next++), 0, note, null);
        }
    }

    /** A figure as a number in its display format; the marker when suppressed; "–" when undefined. */
    private void figure(Row row, int column, Indicator indicator, IndicatorValue value) {
        if (value == null) {
            return;
        }
        if (value.suppressed() || value.value() == null) {
            text(row, column, texts.format(value), style("marker"));
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value.value());
        cell.setCellStyle(style(pattern(indicator)));
    }

    static String pattern(Indicator indicator) {
        return switch (indicator.kind()) {
            case COUNT, MEDIAN -> "#,##0";
            case SHARE, WEIGHTED_SHARE -> indicator == Indicator.LEAD_ROLE_PARITY_INDEX ? "0.00" : "0%";
            case SUM, RATE -> "#,##0.0";
            case MEAN -> "+0.00;-0.00;0.00";
        };
    }

    private Sheet sheet(String name, int... widths) {
        Sheet sheet = workbook.createSheet(name);
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        return sheet;
    }

    private Row header(Row row, String... names) {
        for (int c = 0; c < names.length; c++) {
            text(row, c, names[c], style("header"));
        }
        return row;
    }

    /** A text cell; text that a spreadsheet would take for a formula (a site named "=HYPERLINK(…)") is neutralised. */
    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(PlainText.forSpreadsheet(value));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** One style per look: "title", "header", "wrap", "marker", or a number pattern. */
    private CellStyle style(String look) {
        return styles.computeIfAbsent(look, key -> {
            CellStyle style = workbook.createCellStyle();
            switch (key) {
                case "title", "header" -> {
                    Font bold = workbook.createFont();
                    bold.setBold(true);
                    bold.setFontHeightInPoints((short) (key.equals("title") ? 14 : 11));
                    style.setFont(bold);
                }
                case "wrap" -> style.setWrapText(true);
                case "marker" -> style.setAlignment(HorizontalAlignment.RIGHT);
                default -> style.setDataFormat(workbook.createDataFormat().getFormat(key));
            }
            return style;
        });
    }
}
