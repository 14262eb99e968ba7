package org.mentorlog.session.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.TestData.TeamRef;
import org.mentorlog.TestData.UserRef;
import org.mentorlog.security.Role;
import org.mentorlog.session.SessionLog;
import org.mentorlog.session.SessionLogBuilder;
import org.mentorlog.session.SessionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

@IntegrationTest
class SessionEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;

    /** The real service; a test may make it fail as a lost database connection would. */
    @MockitoSpyBean
    SessionService sessions;

    @Autowired
    JdbcClient jdbc;

    static final LocalDate TODAY = LocalDate.of(2026, 4, 10);

    /** Pins "today" (and the time the bar shows) at 2026-04-10 09:00. */
    @TestConfiguration(proxyBeanMethods = false)
    static class PinnedClock {
        @Bean
        @Primary
        Clock pinnedClock() {
            return Clock.fixed(Instant.parse("2026-04-10T09:00:00Z"), ZoneOffset.UTC);
        }
    }

    private TeamRef team;
    private UserRef mentor;

    @BeforeEach
    void signInAsMentor() {
        team = data.team();
        mentor = data.user(Role.MENTOR, team);
        data.trainee(team, "Awa Traoré", "WOMAN");
        data.signIn(mentor);
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void every_change_is_saved_as_a_draft_at_once() {
        navigate("session/new", SessionEditorView.class);

        test(find(TextArea.class).withLabel("Purpose").single()).setValue("Secure and document a burglary scene");

        assertThat(latestPurpose()).isEqualTo("Secure and document a burglary scene");
        assertThat(find(Span.class).withClassName("save-state").single().getText()).startsWith("Draft saved at");
    }

    @Test
    void a_mentor_logs_attendance_participation_ratings_an_observation_and_a_follow_up_then_submits() {
        navigate("session/new", SessionEditorView.class);

        test(find(TextArea.class).withLabel("Purpose").single()).setValue("Photograph a scene in sequence");
        test(find(MultiSelectComboBox.class).withLabel("Topics").single()).selectItem("CSM-07 Scene photography");
        test(find(ComboBox.class).withLabel("Add a trainee").single()).selectItem(
                jdbc.sql("select code from trainee where team_id = ?").param(team.id()).query(String.class).single()
                        + " · Awa Traoré");
        test(find(Select.class).withLabel("Role held").single()).selectItem("Photographer");
        test(find(CheckboxGroup.class).withLabel("Participation").single()).selectItems("Hands-on practice", "Led a task");
        test(find(RadioButtonGroup.class).withLabel("CSM-07 Scene photography").single()).selectItem("3 Independently");
        test(find(Button.class).withText("Add an observation").single()).click();
        test(find(Select.class).withLabel("MOWIP issue area").single()).selectItem("Gender roles");
        test(find(RadioButtonGroup.class).withLabel("Barrier or opportunity").single()).selectItem("Opportunity");
        test(find(Button.class).withText("Add a follow-up action").single()).click();
        test(find(TextField.class).withLabel("What is to be done").single()).setValue("Lead the photography next time");
        test(find(Button.class).withText("Submit for review").single()).click();

        assertThat(jdbc.sql("select status from training_session where lead_mentor_id = ?").param(mentor.id())
                .query(String.class).single()).isEqualTo("SUBMITTED");
        assertThat(jdbc.sql("select non_traditional_role from attendance a join training_session s on s.id = a.session_id"
                + " where s.lead_mentor_id = ?").param(mentor.id()).query(Boolean.class).single())
                .as("the photographer role marks a non-traditional role by default").isTrue();
        assertThat(jdbc.sql("select level from competency_rating r join training_session s on s.id = r.session_id"
                + " where s.lead_mentor_id = ?").param(mentor.id()).query(Integer.class).single()).isEqualTo(3);
        assertThat(data.count("follow_up_action f join training_session s on s.id = f.session_id where s.lead_mentor_id = "
                + mentor.id())).isEqualTo(1);
    }

    @Test
    void submitting_an_incomplete_log_shows_the_problems_next_to_the_fields_and_keeps_it_a_draft() {
        navigate("session/new", SessionEditorView.class);
        test(find(TextArea.class).withLabel("Purpose").single()).setValue("   ");

        test(find(Button.class).withText("Submit for review").single()).click();

        TextArea purpose = find(TextArea.class).withLabel("Purpose").single();
        assertThat(purpose.isInvalid()).isTrue();
        assertThat(purpose.getErrorMessage()).isEqualTo("State the purpose of the session.");
        assertThat(find(MultiSelectComboBox.class).withLabel("Topics").single().getErrorMessage())
                .isEqualTo("Choose at least one topic.");
        assertThat(find(Span.class).withClassName("problem").withText("Add who attended: registered trainees or a head-count.")
                .exists()).isTrue();
        assertThat(latestStatus()).isEqualTo("DRAFT");
    }

    @Test
    void an_edit_from_another_tab_is_never_silently_overwritten() {
        navigate("session/new", SessionEditorView.class);
        SessionLog elsewhere = sessions.load(latestId());
        sessions.saveDraft(SessionLogBuilder.from(elsewhere).purpose("Typed in the other tab").build());

        test(find(TextArea.class).withLabel("Purpose").single()).setValue("Typed in this tab");

        assertThat(latestPurpose()).isEqualTo("Typed in the other tab");
        assertThat(find(Span.class).withClassName("conflict-banner").exists()).isTrue();
        assertThat(find(TextArea.class).withLabel("Purpose").single().getValue()).isEqualTo("Typed in this tab");
    }

    @Test
    void a_too_long_text_is_reported_and_the_form_keeps_it() {
        navigate("session/new", SessionEditorView.class);
        String tooLong = "x".repeat(600);
        test(find(com.vaadin.flow.component.checkbox.Checkbox.class).withLabel("Gender content delivered").single())
                .click();

        test(find(TextField.class).withLabel("What gender content").single()).setValue(tooLong);

        assertThat(find(Span.class).withClassName("save-state").single().getText())
                .isEqualTo("Not saved: The gender content note may have at most 500 characters.");
        assertThat(find(TextField.class).withLabel("What gender content").single().getValue()).isEqualTo(tooLong);
    }

    @Test
    void a_submitted_log_opens_read_only() {
        navigate("session/new", SessionEditorView.class);
        long id = latestId();
        SessionLog draft = sessions.load(id);
        SessionLog saved = sessions.saveDraft(SessionLogBuilder.from(draft).purpose("Cordon drill")
                .topic(data.reference("TOPIC", "CSM-05")).unregisteredWomen(4).build());
        sessions.submit(id, saved.version());

        navigate(SessionEditorView.class, id);

        assertThat(find(TextArea.class).withLabel("Purpose").single().isEnabled()).isFalse();
        assertThat(find(Button.class).withText("Submit for review").exists()).isFalse();
        assertThat(find(Span.class).withClassName("info-banner").single().getText()).startsWith("Submitted for review");
    }

    @Test
    void submitting_after_a_refused_date_submits_nothing_and_keeps_every_later_change_on_the_form() {
        navigate("session/new", SessionEditorView.class);
        test(purpose()).setValue("Probe: preserve a scene");
        test(find(MultiSelectComboBox.class).withLabel("Topics").single())
                .selectItem("CSM-05 Cordons, access log, preservation");
        test(headcount("Women")).setValue(3);
        assertThat(saveState()).isEqualTo("Draft saved at 09:00");

        typeDate(TODAY.plusDays(1));
        assertThat(saveState()).isEqualTo("Not saved: The date cannot be in the future.");
        test(purpose()).setValue("Probe: preserve a scene, edited after the date was refused");
        test(headcount("Men")).setValue(7);
        assertThat(saveState()).isEqualTo("Not saved: The date cannot be in the future.");

        test(find(Button.class).withText("Submit for review").single()).click();

        assertThat(latestStatus()).isEqualTo("DRAFT");
        assertThat(latestPurpose()).as("the server still holds the last save it confirmed")
                .isEqualTo("Probe: preserve a scene");
        verify(sessions, never()).submit(anyLong(), anyLong());
        assertThat(purpose().getValue()).isEqualTo("Probe: preserve a scene, edited after the date was refused");
        assertThat(headcount("Men").getValue()).isEqualTo(7);
        assertThat(headcount("Women").getValue()).isEqualTo(3);
        DatePicker date = find(DatePicker.class).withLabel("Date").single();
        assertThat(date.getValue()).isEqualTo(TODAY.plusDays(1));
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).isEqualTo("The date cannot be in the future.");
    }

    @Test
    void once_the_date_is_fixed_the_log_is_submitted_with_everything_typed_after_the_refusal() {
        navigate("session/new", SessionEditorView.class);
        test(purpose()).setValue("Probe: preserve a scene");
        test(find(MultiSelectComboBox.class).withLabel("Topics").single())
                .selectItem("CSM-05 Cordons, access log, preservation");
        test(headcount("Women")).setValue(3);
        typeDate(TODAY.plusDays(1));
        test(purpose()).setValue("Probe: preserve a scene, edited after the date was refused");
        test(headcount("Men")).setValue(7);
        test(find(Button.class).withText("Submit for review").single()).click();

        typeDate(TODAY);
        assertThat(find(DatePicker.class).withLabel("Date").single().isInvalid()).isFalse();
        assertThat(saveState()).isEqualTo("Draft saved at 09:00");
        test(find(Button.class).withText("Submit for review").single()).click();

        assertThat(latestStatus()).isEqualTo("SUBMITTED");
        assertThat(latestPurpose()).isEqualTo("Probe: preserve a scene, edited after the date was refused");
        assertThat(jdbc.sql("select unregistered_men from training_session where id = ?").param(latestId())
                .query(Integer.class).single()).isEqualTo(7);
    }

    @Test
    void a_save_the_database_refuses_is_reported_as_not_saved_and_the_next_one_that_succeeds_as_saved() {
        navigate("session/new", SessionEditorView.class);
        doThrow(new DataAccessResourceFailureException("Connection is closed")).when(sessions).saveDraft(any());

        test(purpose()).setValue("Typed while the database was away");

        assertThat(saveState()).startsWith("Not saved").doesNotContain("Draft saved").doesNotContain("Connection");
        assertThat(purpose().getValue()).isEqualTo("Typed while the database was away");
        assertThat(latestPurpose()).isNull();

        reset(sessions);
        test(find(Button.class).withText("Try again").single()).click();

        assertThat(saveState()).isEqualTo("Draft saved at 09:00");
        assertThat(latestPurpose()).isEqualTo("Typed while the database was away");
        assertThat(find(Button.class).withText("Try again").exists()).isFalse();
    }

    @Test
    void submitting_while_the_database_fails_submits_nothing_and_keeps_the_form() {
        navigate("session/new", SessionEditorView.class);
        test(purpose()).setValue("Cordon drill");
        test(find(MultiSelectComboBox.class).withLabel("Topics").single())
                .selectItem("CSM-05 Cordons, access log, preservation");
        test(headcount("Women")).setValue(3);
        doThrow(new DataAccessResourceFailureException("Connection is closed")).when(sessions).saveDraft(any());
        test(headcount("Men")).setValue(7);

        test(find(Button.class).withText("Submit for review").single()).click();

        verify(sessions, never()).submit(anyLong(), anyLong());
        assertThat(latestStatus()).isEqualTo("DRAFT");
        assertThat(headcount("Men").getValue()).isEqualTo(7);
        assertThat(saveState()).startsWith("Not saved");
    }

    @Test
    void a_draft_keeps_a_topic_and_a_role_that_an_administrator_retired_since() {
        long topic = referenceItem("TOPIC", "Retired topic");
        long role = referenceItem("SESSION_ROLE", "Retired role");
        long trainee = data.trainee(team, "Mariam Coulibaly", "WOMAN");
        long sessionId = data.session(team, mentor, TODAY).status("DRAFT").insert();
        jdbc.sql("insert into session_topic (session_id, topic_id) values (?, ?)").params(sessionId, topic).update();
        data.attendance(sessionId, trainee, "PRESENT", false);
        jdbc.sql("update attendance set role_id = ? where session_id = ?").params(role, sessionId).update();
        jdbc.sql("update reference_item set active = false where id in (?, ?)").params(topic, role).update();

        navigate("session/" + sessionId, SessionEditorView.class);
        assertThat(find(MultiSelectComboBox.class).withLabel("Topics").single().getValue())
                .extracting(option -> ((org.mentorlog.reference.ReferenceOption) option).label())
                .containsExactly("Retired topic");
        assertThat(((org.mentorlog.reference.ReferenceOption) find(Select.class).withLabel("Role held").single()
                .getValue()).label()).isEqualTo("Retired role");
        test(purpose()).setValue("Written before the topic was retired");

        assertThat(saveState()).startsWith("Draft saved at");
        assertThat(jdbc.sql("select topic_id from session_topic where session_id = ?").param(sessionId)
                .query(Long.class).list()).containsExactly(topic);
        assertThat(jdbc.sql("select role_id from attendance where session_id = ?").param(sessionId)
                .query(Long.class).single()).isEqualTo(role);
    }

    @Test
    void a_new_log_does_not_offer_a_retired_topic() {
        long topic = referenceItem("TOPIC", "Topic nobody may pick");
        jdbc.sql("update reference_item set active = false where id = ?").param(topic).update();

        navigate("session/new", SessionEditorView.class);

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<org.mentorlog.reference.ReferenceOption> topics =
                find(MultiSelectComboBox.class).withLabel("Topics").single();
        assertThat(topics.getListDataView().getItems().map(org.mentorlog.reference.ReferenceOption::label))
                .doesNotContain("Topic nobody may pick").contains("Scene photography");
    }

    /** A new active entry at the end of a list, labelled the same in the three languages. */
    private long referenceItem(String kind, String label) {
        String code = "RET-" + System.nanoTime() % 1_000_000;
        jdbc.sql("insert into reference_item (kind, code, label_en, label_fr, label_nb, sort_order) values (?, ?, ?, ?, ?, 999)")
                .params(kind, code, label, label, label).update();
        return jdbc.sql("select id from reference_item where kind = ? and code = ?").params(kind, code)
                .query(Long.class).single();
    }

    private TextArea purpose() {
        return find(TextArea.class).withLabel("Purpose").single();
    }

    private IntegerField headcount(String label) {
        return find(IntegerField.class).withLabel(label).single();
    }

    private String saveState() {
        return find(Span.class).withClassName("save-state").single().getText();
    }

    /**
     * Types a date and presses Enter, as in Chromium: the picker sends even a date beyond its max to
     * the server (browserless-test's own tester refuses such a date).
     */
    private void typeDate(LocalDate value) {
        new ComponentTester<DatePicker>(find(DatePicker.class).withLabel("Date").single()) {
            void type() {
                ensureComponentIsUsable();
                setValueAsUser(value);
            }
        }.type();
    }

    private long latestId() {
        return jdbc.sql("select max(id) from training_session where lead_mentor_id = ?").param(mentor.id())
                .query(Long.class).single();
    }

    private String latestPurpose() {
        return jdbc.sql("select purpose from training_session where id = ?").param(latestId()).query(String.class)
                .optional().orElse(null);
    }

    private String latestStatus() {
        return jdbc.sql("select status from training_session where id = ?").param(latestId()).query(String.class).single();
    }
}
