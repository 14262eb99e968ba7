package org.mentorlog.trainee.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.TestData.TeamRef;
import org.mentorlog.security.Role;
import org.mentorlog.trainee.Agency;
import org.mentorlog.trainee.RankBand;
import org.mentorlog.trainee.Sex;
import org.mentorlog.trainee.TraineeRow;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class TraineeRegisterViewTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void a_leader_sees_her_teams_trainees_with_names_and_nobody_elses() {
        TeamRef team = data.team();
        data.trainee(team, "Awa Traoré", "WOMAN");
        data.trainee(data.team(), "Somebody Else", "MAN");
        data.signIn(data.user(Role.TEAM_LEADER, team));

        navigate(TraineeRegisterView.class);

        var grid = test(find(Grid.class).single());
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, 1)).isEqualTo("Awa Traoré");
        assertThat(grid.getCellText(0, 2)).isEqualTo("Woman");
    }

    @Test
    void a_mentor_registers_a_trainee_and_sees_the_code_the_system_made() {
        TeamRef team = data.team();
        data.signIn(data.user(Role.MENTOR, team));
        navigate(TraineeRegisterView.class);

        test(find(Button.class).withText("New trainee").single()).click();
        test(find(TextField.class).withLabel("Name").single()).setValue("Mariam Coulibaly");
        test(find(RadioButtonGroup.class).withLabel("Sex").single()).selectItem("Woman");
        test(find(Select.class).withLabel("Agency").single()).selectItem("Gendarmerie");
        test(find(Select.class).withLabel("Rank band").single()).selectItem("Officer");
        test(find(Button.class).withText("Save").single()).click();

        assertThat(find(Dialog.class).exists()).isFalse();
        @SuppressWarnings("unchecked")
        Grid<TraineeRow> grid = find(Grid.class).single();
        TraineeRow row = test(grid).getRow(0);
        assertThat(row.code()).isEqualTo(team.prefix() + "-0001");
        assertThat(row.agency()).isEqualTo(Agency.GENDARMERIE);
        assertThat(row.rankBand()).isEqualTo(RankBand.OFFICER);
        assertThat(row.sex()).isEqualTo(Sex.WOMAN);
    }

    @Test
    void saving_without_the_required_choices_keeps_the_dialog_open_and_stores_nothing() {
        data.signIn(data.user(Role.MENTOR, data.team()));
        navigate(TraineeRegisterView.class);
        long before = data.count("trainee");

        test(find(Button.class).withText("New trainee").single()).click();
        test(find(TextField.class).withLabel("Name").single()).setValue("Half filled");
        test(find(Button.class).withText("Save").single()).click();

        assertThat(find(Dialog.class).exists()).isTrue();
        assertThat(find(TextField.class).withLabel("Name").single().getValue()).isEqualTo("Half filled");
        assertThat(find(RadioButtonGroup.class).withLabel("Sex").single().isInvalid()).isTrue();
        assertThat(find(RadioButtonGroup.class).withLabel("Sex").single().getErrorMessage()).isEqualTo("Required");
        assertThat(data.count("trainee")).isEqualTo(before);
    }

    @Test
    void a_leader_deactivates_a_trainee_from_the_register() {
        TeamRef team = data.team();
        data.trainee(team, "Awa Traoré", "WOMAN");
        data.signIn(data.user(Role.TEAM_LEADER, team));
        navigate(TraineeRegisterView.class);

        test(find(Grid.class).single()).clickRow(0);
        test(find(Button.class).withText("Deactivate").single()).click();

        assertThat(test(find(Grid.class).single()).size()).isZero();
    }

    @Test
    void a_mentor_cannot_open_a_trainee_for_editing() {
        TeamRef team = data.team();
        data.trainee(team, "Awa Traoré", "WOMAN");
        data.signIn(data.user(Role.MENTOR, team));
        navigate(TraineeRegisterView.class);

        test(find(Grid.class).single()).clickRow(0);

        assertThat(find(Dialog.class).exists()).isFalse();
    }
}
