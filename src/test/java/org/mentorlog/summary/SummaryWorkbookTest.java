package org.mentorlog.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.TestData.UserRef;
import org.mentorlog.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
@Import(FixedClock.class)
class SummaryWorkbookTest {

    private static final String MARKER = "suppressed";

    @Autowired
    SummaryExport export;

    @Autowired
    SummaryService summaries;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    private ExportFixture fixture;
    private UserRef analyst;

    @BeforeEach
    void randomTeamsAndANamedTrainee() {
        fixture = new ExportFixture(data);
        analyst = data.user(Role.HQ_ANALYST, null);
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void every_sheet_holds_what_headquarters_sees_with_suppressed_cells_as_the_marker() throws IOException {
        data.signInExporting(analyst);
        SummaryQuery query = fixture.query(Breakdown.MONTH);

        try (XSSFWorkbook workbook = read(xlsx(query, Locale.ENGLISH))) {
            assertThat(sheetNames(workbook)).containsExactly("Headline", "By month", "By team", "Definitions");
            MissionSummary byMonth = summaries.summarize(query, Audience.HEADQUARTERS);
            MissionSummary byTeam = summaries.summarize(query.groupedBy(Breakdown.TEAM), Audience.HEADQUARTERS);
            int markers = assertTableShows(workbook.getSheet("By month"), byMonth)
                    + assertTableShows(workbook.getSheet("By team"), byTeam);
            assertThat(markers).as("the random teams have small cells").isPositive();
            Map<String, Row> headline = rowsByCode(workbook.getSheet("Headline"));
            for (Indicator indicator : Indicator.HEADLINE) {
                assertCellShows(headline.get(indicator.code()).getCell(2),
                        byMonth.total(indicator).orElseThrow(), true);
            }
        }
    }

    @Test
    void the_definitions_sheet_defines_every_indicator() throws IOException {
        data.signInExporting(analyst);

        try (XSSFWorkbook workbook = read(xlsx(fixture.query(Breakdown.NONE), Locale.ENGLISH))) {
            Map<String, Row> definitions = rowsByCode(workbook.getSheet("Definitions"));
            assertThat(definitions).hasSize(Indicator.values().length + 1);
            assertThat(definitions.get("sessions").getCell(2).getStringCellValue())
                    .startsWith("Sessions submitted or reviewed");
            for (Indicator indicator : Indicator.values()) {
                assertThat(definitions.get(indicator.code()).getCell(2).getStringCellValue()).isNotBlank()
                        .doesNotStartWith("!{");
            }
        }
    }

    @Test
    void a_french_analyst_gets_french_sheets_and_marker() throws IOException {
        data.signInExporting(analyst);

        try (XSSFWorkbook workbook = read(xlsx(fixture.query(Breakdown.QUARTER), Locale.FRENCH))) {
            assertThat(sheetNames(workbook)).containsExactly("Chiffres clés", "Par trimestre", "Par équipe",
                    "Définitions");
            assertThat(allText(workbook)).contains("masqué").doesNotContain(MARKER);
        }
    }

    @Test
    void no_trainee_name_or_code_is_anywhere_in_the_file() throws IOException {
        data.signInExporting(analyst);

        String everything = unzipped(xlsx(fixture.query(Breakdown.TEAM), Locale.ENGLISH));

        assertThat(everything).contains("By team");
        assertThat(ExportFixture.forbidden(jdbc)).isNotEmpty().noneMatch(everything::contains);
    }


    /** Compares every cell of a table sheet with the summary; returns how many cells show the marker. */
    private static int assertTableShows(Sheet sheet, MissionSummary summary) {
        Row header = sheet.getRow(0);
        List<String> columns = summary.columns();
        Map<String, Row> rows = new HashMap<>();
        for (int r = 1; r <= sheet.getLastRowNum() && sheet.getRow(r) != null
                && sheet.getRow(r).getCell(2) != null; r++) {
            Row row = sheet.getRow(r);
            rows.put(row.getCell(0).getStringCellValue() + "|" + row.getCell(1).getStringCellValue(), row);
        }
        assertThat(rows).hasSize(summary.rows().size());
        int markers = 0;
        for (MissionSummary.Row expected : summary.rows()) {
            Row row = rows.get(expected.indicator().code() + "|" + (expected.dimension() == null ? "" : expected.dimension()));
            for (int c = 0; c < columns.size(); c++) {
                assertThat(header.getCell(3 + c).getStringCellValue()).isNotBlank();
                IndicatorValue value = expected.cells().get(columns.get(c));
                if (value == null) {
                    assertThat(row.getCell(3 + c)).isNull();
                    continue;
                }
                boolean total = MissionSummary.TOTAL.equals(columns.get(c));
                markers += assertCellShows(row.getCell(3 + c), value, total) ? 1 : 0;
            }
        }
        return markers;
    }

    /**
     * A visible value is the same number; a suppressed one is the marker. A total may show the marker
     * where this split shows it, since the export hides a total hidden in any of its splits.
     */
    private static boolean assertCellShows(Cell cell, IndicatorValue value, boolean mayBeHiddenElsewhere) {
        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(MARKER)) {
            assertThat(value.suppressed() || mayBeHiddenElsewhere).as("%s shown as suppressed", value).isTrue();
            return true;
        }
        assertThat(value.suppressed()).as("%s shows %s", value, cell).isFalse();
        if (value.value() == null) {
            assertThat(cell.getStringCellValue()).isEqualTo("–");
        } else {
            assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell.getNumericCellValue()).isCloseTo(value.value(), within(1e-9));
        }
        return false;
    }

    private byte[] xlsx(SummaryQuery query, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeXlsx(query, locale, out);
        return out.toByteArray();
    }

    private static XSSFWorkbook read(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    /** The rows of a sheet by the code in their first column. */
    private static Map<String, Row> rowsByCode(Sheet sheet) {
        Map<String, Row> rows = new HashMap<>();
        sheet.forEach(row -> {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING) {
                rows.putIfAbsent(first.getStringCellValue(), row);
            }
        });
        return rows;
    }

    private static String allText(XSSFWorkbook workbook) {
        StringBuilder text = new StringBuilder();
        workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> text.append(cell).append('\n'))));
        return text.toString();
    }

    /** Every part of the file as text, not just the cells: the shared strings, the sheets, the metadata. */
    private static String unzipped(byte[] xlsx) throws IOException {
        // Read through the central directory, as Excel does: the streamed entries declare no size up front.
        Path file = Files.createTempFile("summary", ".xlsx");
        StringBuilder text = new StringBuilder();
        try (ZipFile zip = new ZipFile(Files.write(file, xlsx).toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
            }
        } finally {
            Files.delete(file);
        }
        return text.toString();
    }
}
