package org.mentorlog.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * A clean installation, as a real deployment starts: no demo profile, an empty database, only the
 * administrator that the first start creates. Through the screens alone she sets up the mission and its
 * people; a mentor logs two sessions in the field app, the second with no connection at all, the team
 * leader approves them, and headquarters finds them in the
 * mission overview, in the summary (protected by the mission's disclosure threshold) and in the CSV.
 * {@code CleanInstallPostgresTest} tells the same story through the services on PostgreSQL.
 */
@ActiveProfiles(profiles = {}, inheritProfiles = false)
@TestPropertySource(properties = "mentorlog.admin-password=" + CleanInstallJourneyIT.ADMIN_PASSWORD)
class CleanInstallJourneyIT extends BrowserJourney {

    static final String ADMIN_PASSWORD = "first-start-secret";
    private static final String PASSWORD = "a long password";
    private static final String TEAM = "CSM-BGF – Crime scene team Bangui";
    private static final String SITE = "École nationale de police, Bangui";
    private static final String TRAINEE = "Awa Sangaré";

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_administrator_sets_up_a_clean_installation_and_headquarters_counts_its_first_sessions() throws IOException {
        assertThat(jdbc.sql("select count(*) from mission").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select username from app_user").query(String.class).list()).containsExactly("admin");
        Page page = open(Tablet.PORTRAIT);

        signIn(page, "admin", ADMIN_PASSWORD);
        page.waitForURL(address -> path(address).equals("/admin/missions"));
        assertThat(page.getByText("Set up MentorLog")).isVisible();
        createMission(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Teams and sites")).click();
        createTeamWithSite(page);
        goTo(page, "Users");
        createUser(page, "amina", "Amina Diallo", "Mentor");
        createUser(page, "fatou", "Fatou Keita", "Team leader");
        createUser(page, "moussa", "Moussa Traore", "Headquarters analyst");
        signOut(page);
        page.context().close();

        // The mentor's tablet: the app installed at her first sign-in; one session logged with a connection,
        // the next with none at all, in the app opened anew from the home screen.
        Page tablet = openInstalled(Tablet.PORTRAIT, "amina", PASSWORD);
        tablet.navigate("/");
        tablet.waitForURL(address -> path(address).equals("/field"));
        tablet.evaluate("() => navigator.serviceWorker.ready.then(() => true)");
        logSession(new FieldApp(tablet), "Secure a burglary scene", 90, this::registerTraineeInline);
        assertThat(new FieldApp(tablet).unsynced()).hasText("Everything synced");
        context().setOffline(true);
        tablet.close();
        tablet = context().newPage();
        watch(tablet);
        tablet.navigate("/");
        FieldApp field = new FieldApp(tablet);
        logSession(field, "Photograph a vehicle search", 150, this::pickRegisteredTrainee);
        assertThat(tablet.getByText("Submitted on this tablet, sent at the next connection").first()).isVisible();
        assertThat(field.unsynced()).hasText("1 change waiting to sync");
        context().setOffline(false);
        field.button("Sync now").click();
        assertThat(field.unsynced()).hasText("Everything synced");
        field.signOut();

        page = open(Tablet.PORTRAIT);
        signIn(page, "fatou", PASSWORD);
        page.waitForURL(address -> path(address).equals("/trainees"));
        goTo(page, "To review");
        page.waitForURL(address -> path(address).equals("/reviews"));
        approve(page, "Secure a burglary scene");
        approve(page, "Photograph a vehicle search");
        assertThat(page.getByText("No logs waiting for review.")).isVisible();
        signOut(page);

        signIn(page, "moussa", PASSWORD);
        page.waitForURL(address -> path(address).equals("/mission"));
        assertThat(page.getByText("Numbers below 3 are suppressed in headquarters summaries.")).isVisible();
        // Counts of sessions name nobody: the overview shows them whole. 90 + 150 minutes are 4 hours.
        assertThat(teamRow(page)).containsSubsequence(TEAM, SITE, "2", "4");

        goTo(page, "Summary");
        page.waitForURL(address -> path(address).equals("/summary"));
        // Two sessions are fewer than the threshold of 3: hidden, and the hours with them.
        assertThat(figure(page, "Sessions")).hasText("suppressed");
        assertThat(figure(page, "Training hours")).hasText("suppressed");
        // Each session: the registered trainee and 4 more women, and 6 men, by head-count.
        assertThat(figure(page, "Person-sessions, women")).hasText("10");
        assertThat(figure(page, "Person-sessions, men")).hasText("12");

        String csv = downloadCsv(page);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(total(rows, "sessions").get("suppressed")).isEqualTo("true");
        assertThat(total(rows, "hours").get("suppressed")).isEqualTo("true");
        assertThat(total(rows, "person_sessions_women").get("numerator")).isEqualTo("10");
        assertThat(total(rows, "person_sessions_men").get("numerator")).isEqualTo("12");
        String traineeCode = jdbc.sql("select code from trainee").query(String.class).single();
        for (String text : List.of(csv, page.locator("main").innerText())) {
            assertThat(text).doesNotContain(TRAINEE).doesNotContain(traineeCode);
        }
    }

    private void createMission(Page page) {
        button(page, "New mission").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Code", new Locator.GetByLabelOptions().setExact(true)).fill("MINUSCA");
        dialog.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill("Mission in Central Africa");
        dialog.getByLabel("Country").fill("Central African Republic");
        Locator start = dialog.getByLabel("Start date");
        start.fill(LocalDate.now().minusYears(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        start.press("Enter"); // a touch device opens the calendar over the form; Enter takes the date and closes it
        dialog.getByLabel("Disclosure threshold").fill("3");
        dialog.getByLabel("Target for women, individual police officers").fill("30");
        button(page, "Save").click();
        assertThat(page.getByText("Saved.")).isVisible();
        assertThat(dialog).isHidden();
        assertThat(page.getByText("Mission in Central Africa")).isVisible();
    }

    private void createTeamWithSite(Page page) {
        page.waitForURL(address -> path(address).equals("/admin/teams"));
        button(page, "New team").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByLabel("Mission")).containsText("MINUSCA"); // the only mission, chosen already
        dialog.getByLabel("Code", new Locator.GetByLabelOptions().setExact(true)).fill("CSM-BGF");
        dialog.getByLabel("Team", new Locator.GetByLabelOptions().setExact(true)).fill("Crime scene team Bangui");
        dialog.getByLabel("Trainee code prefix").fill("BGF");
        button(page, "Save").click();
        assertThat(dialog).isHidden();

        button(page, "Add site").click();
        page.getByRole(AriaRole.DIALOG).getByLabel("Site name").fill(SITE);
        button(page, "Save").click();
        assertThat(page.getByText(SITE)).isVisible();
    }

    private void createUser(Page page, String username, String fullName, String role) {
        button(page, "New user").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Username").fill(username);
        dialog.getByLabel("Full name").fill(fullName);
        choose(page, dialog.getByLabel("Role"), role);
        if (role.equals("Headquarters analyst")) {
            // The installation's only mission is what a new analyst reads; she may export its summaries.
            assertThat(dialog.locator("vaadin-multi-select-combo-box-chip").filter(
                    new Locator.FilterOptions().setHasText("MINUSCA"))).isVisible();
            dialog.getByLabel("May export summaries").check();
        } else {
            choose(page, dialog.getByLabel("Team", new Locator.GetByLabelOptions().setExact(true)), TEAM);
        }
        dialog.getByLabel("Password", new Locator.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        button(page, "Save").click();
        assertThat(page.getByText("User " + username + " saved.")).isVisible();
        assertThat(dialog).isHidden();
    }

    private void logSession(FieldApp field, String purpose, int minutes, Consumer<FieldApp> addTrainee) {
        field.button("New session").click();
        field.purpose().fill(purpose);
        field.type(field.page().getByLabel("Duration (minutes)"), String.valueOf(minutes));
        field.page().getByLabel("Scene photography").click();
        addTrainee.accept(field);
        assertThat(field.page().locator(".field-attendees > li")).hasCount(1);
        headCount(field.page(), "Women", 4);
        headCount(field.page(), "Men", 6);
        field.button("Submit for review").click();
    }

    private void registerTraineeInline(FieldApp field) {
        field.button("New trainee").click();
        field.type(field.page().getByLabel("Full name"), TRAINEE);
        field.choose(field.page().locator("vaadin-select").filter(new Locator.FilterOptions().setHasText("Sex")),
                "Woman");
        field.button("Add").click();
    }

    private void pickRegisteredTrainee(FieldApp field) {
        Locator search = field.page().getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Add a trainee"));
        search.click();
        search.fill("Sangar");
        field.page().locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("BGF-0001")).first()
                .click();
    }

    private static void headCount(Page page, String sex, int count) {
        page.getByRole(AriaRole.SPINBUTTON, new Page.GetByRoleOptions().setName(sex).setExact(true))
                .fill(String.valueOf(count));
    }

    private static void approve(Page page, String purpose) {
        page.getByText(purpose).click();
        page.waitForURL(address -> path(address).startsWith("/review/"));
        button(page, "Approve").click();
        page.waitForURL(address -> path(address).equals("/reviews"));
        assertThat(page.getByText(purpose)).isHidden();
    }

    /** The texts of the mission overview's grid, once the team's row is there. */
    private static List<String> teamRow(Page page) {
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(TEAM)))
                .isVisible();
        return page.locator("vaadin-grid-cell-content").allInnerTexts().stream().map(String::strip).toList();
    }

    /** The number (or "suppressed") of a headline figure of the summary. */
    private static Locator figure(Page page, String label) {
        return page.locator(".figure").filter(new Locator.FilterOptions().setHas(
                page.getByText(label, new Page.GetByTextOptions().setExact(true)))).locator("span").first();
    }

    private static String downloadCsv(Page page) throws IOException {
        Download download = page.waitForDownload(() -> page.getByText("Download CSV").click());
        return Files.readString(download.path(), StandardCharsets.UTF_8);
    }

    private static CSVRecord total(List<CSVRecord> rows, String indicator) {
        return rows.stream().filter(row -> row.get("indicator").equals(indicator) && row.get("cell").equals("TOTAL"))
                .findFirst().orElseThrow(() -> new AssertionError("no total row for " + indicator));
    }

    /** Opens a page from the navigation drawer, as a portrait tablet shows it behind "Menu". */
    private void goTo(Page page, String menuEntry) {
        openDrawer(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^" + menuEntry))).click();
    }

    /** Opens a select and picks one of its items. */
    private static void choose(Page page, Locator select, String item) {
        select.click();
        option(page, item).click();
    }

    /** The item of the open overlay of a combo box or select whose label this is. */
    private static Locator option(Page page, String label) {
        return page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(label).setExact(true))
                .filter(new Locator.FilterOptions().setVisible(true));
    }

    private static String path(String address) {
        return URI.create(address).getPath();
    }
}
