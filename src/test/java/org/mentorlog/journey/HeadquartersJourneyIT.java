package org.mentorlog.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Headquarters opens the mission summary, reads what an indicator means, looks at a chart as a table
 * and downloads the CSV and the PDF report — and neither the page nor the file names or codes a trainee.
 */
class HeadquartersJourneyIT extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Tablet.class)
    void headquarters_reads_the_summary_and_downloads_it_without_any_trainee_named(Tablet tablet) throws Exception {
        Page page = open(tablet);
        signIn(page, "hq", "demo");
        page.waitForURL(address -> path(address).equals("/mission"));
        openDrawer(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Summary").setExact(true)).click();
        page.waitForURL(address -> path(address).equals("/summary"));

        LocalDate today = LocalDate.now();
        // A named period names its dates under the select; date pickers are for a custom range only.
        assertThat(page.locator("vaadin-select [slot=helper]").first()).hasText(Pattern.compile(
                ".+ – 0?" + today.getDayOfMonth() + " \\S+ " + today.getYear()));
        assertThat(page.locator("vaadin-date-picker")).hasCount(0);

        Locator sessions = page.locator(".figure-card").first();
        assertThat(sessions).containsText("Sessions");
        sessions.click();
        assertThat(page.getByText("Sessions submitted or reviewed, dated in the period")).isVisible();

        Locator shareChart = page.locator(".chart").filter(new Locator.FilterOptions()
                .setHasText("Women's participation against the mission's target"));
        assertThat(shareChart.locator("svg line.target")).hasCount(1);
        shareChart.getByText("Show as a table").click();
        assertThat(shareChart.locator("table")).isVisible();
        assertThat(shareChart.locator("tbody tr")).hasCount(12);

        // The full table scrolls sideways with the indicators' names kept in view.
        Locator table = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("All indicators"));
        Locator sessionsRow = table.getByRole(AriaRole.ROWHEADER, new Locator.GetByRoleOptions().setName("Sessions")
                .setExact(true));
        assertThat(sessionsRow).isVisible();
        sessionsRow.scrollIntoViewIfNeeded();
        table.evaluate("region => region.scrollLeft = region.scrollWidth");
        assertThat(table.getByRole(AriaRole.COLUMNHEADER, new Locator.GetByRoleOptions().setName("Total")))
                .isInViewport();
        assertThat(sessionsRow.boundingBox().x).isCloseTo(table.boundingBox().x, within(2.0));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "summary-table-" + tablet + ".png")));

        Download download = page.waitForDownload(() -> page.getByText("Download CSV").click());
        List<CSVRecord> rows;
        try (Reader reader = Files.newBufferedReader(download.path(), StandardCharsets.UTF_8)) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
        assertThat(rows).isNotEmpty();
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get("indicator")).isEqualTo("sessions");
            assertThat(row.get("cell")).isEqualTo("TOTAL");
            assertThat(Long.parseLong(row.get("value").replace(".0", ""))).isPositive();
        });

        Download report = page.waitForDownload(() -> page.getByText("Download PDF report").click());
        // The newest notice is the report's; the CSV's may still be showing above it.
        assertThat(page.getByText("The file is ready.").last()).isVisible();
        String pdf = pdfText(report.path());
        assertThat(pdf).contains("Sessions").contains("suppressed");

        String csv = Files.readString(download.path());
        String screen = page.locator("main").innerText();
        List<String> names = jdbc.sql("select full_name from trainee").query(String.class).list();
        assertThat(names).hasSizeGreaterThan(50);
        Pattern traineeCode = Pattern.compile("\\b[A-Z]{2,5}-\\d{4}\\b");
        for (String text : List.of(csv, screen, pdf)) {
            assertThat(names).noneMatch(text::contains);
            assertThat(traineeCode.matcher(text).find()).as("a trainee code in %s", text.substring(0, 40)).isFalse();
        }
    }

    private static String pdfText(Path file) throws IOException {
        try (PdfReader reader = new PdfReader(Files.readAllBytes(file))) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int number = 1; number <= reader.getNumberOfPages(); number++) {
                text.append(extractor.getTextFromPage(number)).append('\n');
            }
            return text.toString();
        }
    }

    private static String path(String address) {
        return URI.create(address).getPath();
    }
}
