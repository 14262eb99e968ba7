package org.mentorlog.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.TestData.TeamRef;
import org.mentorlog.TestData.UserRef;
import org.mentorlog.audit.AuditEntry;
import org.mentorlog.audit.AuditFilter;
import org.mentorlog.audit.AuditService;
import org.mentorlog.mission.MissionService;
import org.mentorlog.security.Role;
import org.mentorlog.summary.Breakdown;
import org.mentorlog.summary.SummaryExport;
import org.mentorlog.summary.SummaryQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

/** The audit trail as an administrator reads it, and what lands in it besides changes: sign-ins and exports. */
@IntegrationTest
class AuditTrailTest {

    @Autowired
    AuditService audit;
    @Autowired
    MissionService missions;
    @Autowired
    SummaryExport export;
    @Autowired
    TestData data;
    @Autowired
    ApplicationEventPublisher events;

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void an_administrator_pages_through_the_trail_newest_first_and_narrows_it_by_who_what_when_and_record() {
        TeamRef team = data.team();
        UserRef admin = data.user(Role.ADMIN, null);
        data.signIn(admin);
        List<Long> sites = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            sites.add(missions.addSite(team.id(), "Audited site " + i).id());
        }
        AuditFilter mine = new AuditFilter(admin.username().toUpperCase(Locale.ROOT), "site", "creat", null, null,
                null);

        assertThat(audit.count(mine)).isEqualTo(7);
        List<AuditEntry> first = audit.search(mine, PageRequest.of(0, 5));
        List<AuditEntry> second = audit.search(mine, PageRequest.of(1, 5));
        assertThat(first).hasSize(5).first().extracting(AuditEntry::entityId).isEqualTo(sites.getLast());
        assertThat(second).hasSize(2).last().extracting(AuditEntry::entityId).isEqualTo(sites.getFirst());
        assertThat(audit.count(new AuditFilter(null, "site", null, null, null, sites.get(3)))).isEqualTo(1);
        LocalDate today = LocalDate.now();
        assertThat(audit.count(new AuditFilter(admin.username(), null, null, today, today, null))).isEqualTo(7);
        assertThat(audit.count(new AuditFilter(admin.username(), null, null, today.plusDays(1), null, null)))
                .isZero();
        assertThat(audit.count(new AuditFilter("%", null, "_", null, null, null))).isZero();
        assertThat(audit.entityTypes()).contains("site");
    }

    @Test
    void only_an_administrator_reads_the_trail() {
        TeamRef team = data.team();
        data.signIn(data.user(Role.TEAM_LEADER, team));

        assertThatThrownBy(() -> audit.search(AuditFilter.none(), PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.count(AuditFilter.none())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void sign_ins_and_refused_sign_ins_are_in_the_trail_under_the_username_typed_as_plain_text() {
        events.publishEvent(new AuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated("leader", null, List.of())));
        String typed = "\u0000admin\u202E" + "x".repeat(300);
        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(typed, "secret-typed"),
                new BadCredentialsException("Bad credentials")));
        data.signIn(data.user(Role.ADMIN, null));

        List<AuditEntry> signIns = audit.search(new AuditFilter(null, "sign-in", null, null, null, null),
                PageRequest.of(0, 2));

        assertThat(signIns).extracting(AuditEntry::action).containsExactly("SIGN_IN_FAILED", "SIGN_IN");
        AuditEntry refused = signIns.getFirst();
        assertThat(refused.actor()).startsWith("adminxxx").hasSize(50);
        assertThat(refused.summary()).isEqualTo("reason=BadCredentialsException").doesNotContain("secret");
        assertThat(signIns.getLast().actor()).isEqualTo("leader");
    }

    @Test
    void every_export_is_in_the_trail_with_who_and_what_was_asked_for() throws Exception {
        TeamRef team = data.team();
        UserRef analyst = data.user(Role.HQ_ANALYST, null);
        data.signInExporting(analyst);
        SummaryQuery query = SummaryQuery.of(LocalDate.now().minusMonths(1), LocalDate.now(), Breakdown.SITE)
                .withTeams(java.util.Set.of(team.id()));

        export.writeCsv(query, new StringWriter());
        export.writeXlsx(query, Locale.ENGLISH, new ByteArrayOutputStream());
        export.writePdf(query, Locale.ENGLISH, new ByteArrayOutputStream());

        data.signIn(data.user(Role.ADMIN, null));
        List<AuditEntry> exports = audit.search(new AuditFilter(analyst.username(), "summary", "export", null, null,
                null), PageRequest.of(0, 10));
        assertThat(exports).extracting(AuditEntry::action).containsExactly("EXPORT_PDF", "EXPORT_XLSX", "EXPORT_CSV");
        assertThat(exports).allSatisfy(entry -> assertThat(entry.summary())
                .contains("teams=[" + team.id() + "]", "groupBy=SITE"));
    }

    @Test
    void site_names_that_a_spreadsheet_would_run_reach_the_csv_and_xlsx_as_text() throws Exception {
        TeamRef team = data.team();
        UserRef mentor = data.user(Role.MENTOR, team);
        List<String> formulas = List.of("=cmd|' /C calc'!A0", "=HYPERLINK(\"http://x.example\",\"Click\")",
                "+1+1", "-2+3", "@SUM(1+1)", "\u0000=1+1");
        data.signIn(data.user(Role.ADMIN, null));
        for (String name : formulas) {
            long site = missions.addSite(team.id(), name).id();
            data.session(team, mentor, LocalDate.now().minusDays(2)).site(site).insert();
        }
        data.signInExporting(data.user(Role.HQ_ANALYST, null));
        SummaryQuery query = SummaryQuery.of(LocalDate.now().minusMonths(1), LocalDate.now(), Breakdown.SITE)
                .withTeams(java.util.Set.of(team.id()));

        StringWriter csv = new StringWriter();
        export.writeCsv(query, csv);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        export.writeXlsx(query, Locale.ENGLISH, xlsx);

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.toString())).getRecords();
        List<String> labels = rows.stream().map(row -> row.get("label")).distinct().toList();
        for (String neutralised : List.of("'=cmd|' /C calc'!A0 (", "'+1+1 (", "'-2+3 (", "'@SUM(1+1) (", "'=1+1 (")) {
            assertThat(labels).anySatisfy(label -> assertThat(label).startsWith(neutralised));
        }
        assertThat(rows).allSatisfy(row -> row.toList().forEach(cell -> assertThat(cell).doesNotStartWith("=")
                .doesNotStartWith("+").doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r")));
        assertThat(rows).anySatisfy(row -> assertThat(row.get("value")).matches("-?[0-9.E]+"));
        int textCells = 0;
        int numberCells = 0;
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.toByteArray()))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            textCells++;
                            assertThat(cell.getStringCellValue()).doesNotMatch("^[=+\\-@\t\r].*");
                        } else if (cell.getCellType() == CellType.NUMERIC) {
                            numberCells++;
                        }
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
        }
        assertThat(textCells).isPositive();
        assertThat(numberCells).as("numbers stay numbers").isPositive();
        assertThat(csv.toString()).contains("'=HYPERLINK(");
    }
}
