package org.mentorlog.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The mentor's journey: right after an exercise she logs it on the tablet and submits it; and when
 * the connection drops mid-form, nothing she typed is lost. Counts the taps and keystrokes it takes.
 */
class MentorJourneyIT extends BrowserJourney {

    private static final int ATTENDEES = 8;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private int taps;
    private int keystrokes;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Tablet.class)
    void a_mentor_logs_a_realistic_exercise_and_submits_it(Tablet tablet) {
        Page page = open(tablet);
        signIn(page, "mentor", "demo");
        page.waitForURL(address -> path(address).equals("/sessions"));
        taps = 0;
        keystrokes = 0;

        tap(button(page, "Log a session"));
        page.waitForURL(address -> path(address).matches("/session/\\d+"));
        long sessionId = Long.parseLong(path(page.url()).substring("/session/".length()));
        type(page.getByLabel("Purpose"), "Search a vehicle and photograph what is found");
        tap(page.getByLabel("Practical exercise"));
        pickTopic(page, "vehic", "CSM-17 Vehicle search");
        pickTopic(page, "photo", "CSM-07 Scene photography");
        page.keyboard().press("Escape");

        List<String> codes = activeCodes();
        Locator cards = page.locator(".attendee-card");
        Locator picker = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Add a trainee"));
        for (String code : codes) {
            type(picker, code.substring(code.indexOf('-') + 1));
            // The register is searched on the server: wait until only the typed code is offered.
            assertThat(page.locator("vaadin-combo-box-item:visible")).hasCount(1);
            tap(option(page, Pattern.compile("^" + code)));
            assertThat(cards.filter(new Locator.FilterOptions().setHasText(code))).hasCount(1);
            assertThat(picker).hasValue("");
        }
        assertThat(cards).hasCount(ATTENDEES);
        for (int i = 0; i < ATTENDEES; i++) {
            Locator card = cards.nth(i);
            if (i < 3) {
                tap(card.getByLabel("Role held"));
                tap(option(page, Pattern.compile(List.of("Searcher", "Photographer", "Scene commander").get(i))));
            }
            tap(card.getByLabel(i % 2 == 0 ? "Hands-on practice" : "Spoke or asked"));
            tap(rating(card, "CSM-17 Vehicle search", 1 + i % 4));
            tap(rating(card, "CSM-07 Scene photography", 1 + (i + 1) % 4));
        }

        addObservation(page, 0, "Transformative", "Gender roles", "Barrier", "stereo",
                "Women were given the notebook while the men searched");
        addObservation(page, 1, "Traditional", "Top-down leadership", "Opportunity", "endors",
                "Commander asked that women lead the next search");
        addFollowUp(page, 0, codes.get(2), "Let her lead the vehicle search next week");
        addFollowUp(page, 1, codes.get(3), "Practise photographing with a scale");

        tap(button(page, "Submit for review"));
        page.waitForURL(address -> path(address).equals("/sessions"));
        assertThat(page.getByText("Session submitted for review.")).isVisible();
        System.out.printf("Realistic session on a %s: %d taps, %d keystrokes%n", tablet, taps, keystrokes);

        assertThat(count("attendance where session_id = ?", sessionId)).isEqualTo(ATTENDEES);
        assertThat(count("competency_rating where session_id = ?", sessionId)).isEqualTo(2L * ATTENDEES);
        assertThat(count("observation where session_id = ?", sessionId)).isEqualTo(2);
        assertThat(count("follow_up_action where session_id = ?", sessionId)).isEqualTo(2);
        assertThat(count("attendance where session_id = ? and position_of_authority", sessionId)).isEqualTo(1);
        assertThat(jdbc.sql("select status from training_session where id = ?").param(sessionId).query(String.class)
                .single()).isEqualTo("SUBMITTED");
    }

    @Test
    void what_the_mentor_types_offline_survives_a_reload_and_comes_back_online() {
        Page page = open(Tablet.PORTRAIT);
        signIn(page, "mentor", "demo");
        page.waitForURL(address -> path(address).equals("/sessions"));
        button(page, "Log a session").click();
        page.waitForURL(address -> path(address).matches("/session/\\d+"));
        String editor = page.url();
        page.getByLabel("Purpose").fill("Cordon and access log at a burglary");
        assertThat(page.locator(".save-state")).containsText("Draft saved");

        page.context().setOffline(true);
        assertThat(page.getByText("You are offline")).isVisible();
        page.getByLabel("Purpose").fill("Cordon and access log at a burglary, typed while offline");
        page.getByLabel("Duration").fill("150");
        try {
            page.reload();
        } catch (PlaywrightException expected) {
            // No connection: the browser shows its own offline page.
        }
        page.context().setOffline(false);
        page.navigate(editor);

        assertThat(page.getByText("This tablet has changes that did not reach the server")).isVisible();
        button(page, "Restore them").click();
        assertThat(page.getByLabel("Purpose")).hasValue("Cordon and access log at a burglary, typed while offline");
        assertThat(page.getByLabel("Duration")).hasValue("150");
        assertThat(page.locator(".save-state")).containsText("Draft saved");
        long sessionId = Long.parseLong(path(editor).substring("/session/".length()));
        assertThat(jdbc.sql("select purpose from training_session where id = ?").param(sessionId).query(String.class)
                .single()).isEqualTo("Cordon and access log at a burglary, typed while offline");
        assertThat(jdbc.sql("select duration_minutes from training_session where id = ?").param(sessionId)
                .query(Integer.class).single()).isEqualTo(150);
    }

    @Test
    void submitting_after_a_refused_date_keeps_her_on_the_form_with_everything_she_typed() {
        Page page = open(Tablet.PORTRAIT);
        signIn(page, "mentor", "demo");
        page.waitForURL(address -> path(address).equals("/sessions"));
        button(page, "Log a session").click();
        page.waitForURL(address -> path(address).matches("/session/\\d+"));
        long sessionId = Long.parseLong(path(page.url()).substring("/session/".length()));
        Locator saveState = page.locator(".save-state");
        page.getByLabel("Purpose").fill("Probe: preserve a scene");
        pickTopic(page, "CSM-05", "CSM-05 Cordons");
        page.keyboard().press("Escape");
        exactLabel(page, "Women").fill("3");
        page.keyboard().press("Tab");
        assertThat(saveState).containsText("Draft saved at");

        Locator date = exactLabel(page, "Date");
        date.fill(LocalDate.now(clock).plusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        date.press("Enter");
        assertThat(saveState).hasText("Not saved: The date cannot be in the future.");
        assertThat(page.locator("vaadin-date-picker [slot=error-message]"))
                .hasText("The date cannot be in the future.");
        page.getByLabel("Purpose").fill("Probe: preserve a scene, edited after the date was refused");
        exactLabel(page, "Men").fill("7");
        page.keyboard().press("Tab");
        assertThat(saveState).hasText("Not saved: The date cannot be in the future.");

        button(page, "Submit for review").click();

        assertThat(page.getByText("Not submitted: your latest changes could not be saved.",
                new Page.GetByTextOptions().setExact(false))).isVisible();
        assertThat(page).hasURL(Pattern.compile("/session/" + sessionId + "$"));
        assertThat(page.getByLabel("Purpose")).hasValue("Probe: preserve a scene, edited after the date was refused");
        assertThat(exactLabel(page, "Men")).hasValue("7");
        assertThat(jdbc.sql("select status from training_session where id = ?").param(sessionId).query(String.class)
                .single()).isEqualTo("DRAFT");
        assertThat(jdbc.sql("select purpose from training_session where id = ?").param(sessionId).query(String.class)
                .single()).isEqualTo("Probe: preserve a scene");
        Object tabletCopy = page.evaluate("id => Object.keys(localStorage)"
                + ".filter(key => key.startsWith('mentorlog.session.' + id + '.')).map(key => localStorage.getItem(key)).join()",
                String.valueOf(sessionId));
        assertThat(String.valueOf(tabletCopy)).as("the tablet keeps its copy").contains("edited after the date was refused");
    }

    private static Locator exactLabel(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private void pickTopic(Page page, String filter, String topic) {
        type(page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Topics")), filter);
        tap(option(page, Pattern.compile(topic)));
    }

    private void addObservation(Page page, int index, String approach, String area, String polarity, String tagFilter,
                                String note) {
        tap(button(page, "Add an observation"));
        Locator card = page.locator(".observation-card").nth(index);
        tap(card.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(Pattern.compile("^" + approach))));
        tap(card.getByLabel("MOWIP issue area"));
        tap(option(page, Pattern.compile(area)));
        tap(card.getByLabel(polarity, new Locator.GetByLabelOptions().setExact(true)));
        type(card.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Barriers and enablers")), tagFilter);
        tap(page.locator("vaadin-multi-select-combo-box-item:visible").first());
        page.keyboard().press("Escape");
        type(card.getByLabel("Note"), note);
    }

    private void addFollowUp(Page page, int index, String code, String what) {
        tap(button(page, "Add a follow-up action"));
        Locator card = page.locator(".follow-up-card").nth(index);
        tap(card.getByLabel("Trainee"));
        tap(option(page, Pattern.compile("^" + code)));
        type(card.getByLabel("What is to be done"), what);
    }

    /** An item of the open overlay of a combo box or select (Vaadin renders them outside the field). */
    private static Locator option(Page page, Pattern text) {
        return page.locator("vaadin-combo-box-item:visible, vaadin-multi-select-combo-box-item:visible, vaadin-select-item:visible")
                .filter(new Locator.FilterOptions().setHasText(text)).first();
    }

    private static Locator rating(Locator card, String topic, int level) {
        return card.getByRole(AriaRole.RADIOGROUP, new Locator.GetByRoleOptions().setName(topic))
                .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(Pattern.compile("^" + level + " ")));
    }

    private void tap(Locator target) {
        target.click();
        taps++;
    }

    private void type(Locator field, String text) {
        field.click();
        field.pressSequentially(text);
        taps++;
        keystrokes += text.length();
    }

    /** Eight active trainees of the mentor's team, as the register would offer them. */
    private List<String> activeCodes() {
        return jdbc.sql("select code from trainee where active = true and code like 'BKO-%' order by code")
                .query(String.class).list().subList(0, ATTENDEES);
    }

    private long count(String fromWhere, long sessionId) {
        return jdbc.sql("select count(*) from " + fromWhere).param(sessionId).query(Long.class).single();
    }

    private static String path(String address) {
        return URI.create(address).getPath();
    }
}
