package org.mentorlog.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.security.Role;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Names outside Windows-1252 and month names in the reader's language, in the PDF report. */
@IntegrationTest
@Import(FixedClock.class)
class SummaryReportUnicodeTest {

    private static final String BAMBARA = "Kɛnɛya ɲɔgɔn";

    @Autowired
    SummaryExport export;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void a_team_name_in_bambara_and_french_month_names_come_back_out_of_the_pdf() throws IOException {
        ExportFixture fixture = new ExportFixture(data);
        jdbc.sql("update team set name = :name where id = :id")
                .param("name", BAMBARA).param("id", fixture.teamIds.iterator().next()).update();
        data.signInExporting(data.user(Role.HQ_ANALYST, null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        export.writePdf(fixture.query(Breakdown.MONTH), Locale.FRENCH, out);

        String report = text(out.toByteArray());
        assertThat(report).contains(BAMBARA, "janvier 2026", "juin 2026").doesNotContain("2026-01");
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }
}
