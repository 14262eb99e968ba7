package org.mentorlog.session.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
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
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class SessionEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;

    @Autowired
    SessionService sessions;

    @Autowired
    JdbcClient jdbc;

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
