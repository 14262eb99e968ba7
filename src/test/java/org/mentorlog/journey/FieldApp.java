package org.mentorlog.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The field app under a mentor's fingers: what she taps and types to log a session, counted, so that the
 * journeys can report what a realistic session costs her.
 */
final class FieldApp {

    private final Page page;
    private int taps;
    private int keystrokes;

    FieldApp(Page page) {
        this.page = page;
    }

    /** The first {@code how} active trainees of the demo mentor's team, by code, as the register offers them. */
    static List<String> demoRegister(JdbcClient jdbc, int how) {
        return jdbc.sql("""
                select t.code from trainee t join app_user u on u.team_id = t.team_id
                where u.username = 'mentor' and t.active and t.full_name is not null order by t.code
                """).query(String.class).list().subList(0, how);
    }

    Page page() {
        return page;
    }

    int taps() {
        return taps;
    }

    int keystrokes() {
        return keystrokes;
    }

    Locator heading(String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
    }

    Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    Locator purpose() {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Purpose").setExact(true));
    }

    Locator unsynced() {
        return page.getByTestId("unsynced");
    }

    /** The card of a log on the app's first page. */
    Locator card(String purpose) {
        return page.locator(".field-card").filter(new Locator.FilterOptions().setHasText(purpose));
    }

    /** The client id of the log open in the editor. */
    String openLog() {
        String query = URI.create(page.url()).getQuery();
        return query.substring(query.indexOf("log=") + "log=".length());
    }

    /**
     * The realistic session of issue 9: a purpose, two topics, seven trainees from the register and one added
     * here, a rating, two observations and two follow-ups, one of them for the newcomer. Stops before submitting.
     */
    void logRealisticSession(String purpose, List<String> registered, String newcomer) {
        tap(button("New session"));
        type(purpose(), purpose);
        tap(page.getByLabel("Scene photography"));
        tap(page.getByLabel("Cordons, access log, preservation"));
        for (String code : registered) {
            Locator search = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Add a trainee"));
            tap(search);
            type(search, code);
            tap(page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(code)).first());
        }
        tap(button("New trainee"));
        type(page.getByLabel("Full name"), newcomer);
        choose(page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText("Sex")), "Woman");
        tap(button("Add"));
        assertThat(page.locator(".field-attendees > li")).hasCount(registered.size() + 1);
        tap(page.locator(".field-attendees > li").first().getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("3 · Independently")).first());

        tap(button("Add an observation"));
        tap(button("Add an observation"));
        observation(1, "Top-down leadership", "Barrier");
        observation(2, "Household constraints", "Opportunity");

        tap(button("Add a follow-up action"));
        tap(button("Add a follow-up action"));
        followUp(1, newcomer, "Practise the photo log with a scale");
        followUp(2, registered.getFirst(), "Lead the cordon at the next exercise");
    }

    /** Signs out from the app's own bar; with nothing unsynced it asks nothing. */
    void signOut() {
        button("Sign out").click();
        page.waitForURL(address -> URI.create(address).getPath().equals("/login"));
    }

    private void observation(int number, String area, String polarity) {
        Locator card = page.locator("[aria-label='Observation " + number + "']");
        choose(card.locator("vaadin-select").nth(1), area);
        choose(card.locator("vaadin-select").nth(2), polarity);
    }

    private void followUp(int number, String trainee, String description) {
        Locator card = page.locator("[aria-label='Follow-up action " + number + "']");
        choose(card.locator("vaadin-select").first(), trainee);
        type(card.getByLabel("What is to be done"), description);
    }

    void choose(Locator select, String option) {
        tap(select);
        tap(page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText(option)).first());
    }

    void tap(Locator target) {
        target.click();
        taps++;
    }

    void type(Locator field, String text) {
        field.fill(text);
        keystrokes += text.length();
    }
}
