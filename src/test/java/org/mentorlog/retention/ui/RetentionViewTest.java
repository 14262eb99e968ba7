package org.mentorlog.retention.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.MissionWithLogs;
import org.mentorlog.TestData;
import org.mentorlog.retention.NamedData;
import org.mentorlog.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class RetentionViewTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void the_administrator_erases_a_mission_s_names_only_after_typing_its_code() {
        MissionWithLogs mission = new MissionWithLogs(data, jdbc);
        data.signIn(data.user(Role.ADMIN, null));
        navigate(RetentionView.class);

        test(eraseButtonOf(mission.missionCode)).click();
        Dialog dialog = find(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Erase the names of " + mission.missionCode + "?");
        Button confirm = find(Button.class).withText("Erase for good").single();
        TextField code = find(TextField.class).withLabel("Mission code").single();

        test(code).setValue("SOMETHING ELSE");
        assertThat(confirm.isEnabled()).as("confirm with the wrong code").isFalse();
        test(code).setValue(mission.missionCode);
        test(confirm).click();

        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Erased 14 names and 14 notes.");
        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(jdbc.sql("select count(*) from trainee where full_name is not null and team_id in (:teams)")
                .param("teams", mission.teamIds()).query(Long.class).single()).isZero();
        assertThat(eraseButtonOf(mission.missionCode).isEnabled())
                .as("nothing left to erase").isFalse();
    }

    @SuppressWarnings("unchecked")
    private Button eraseButtonOf(String missionCode) {
        Grid<NamedData> grid = find(Grid.class).single();
        int row = grid.getGenericDataView().getItems().map(NamedData::code).toList().indexOf(missionCode);
        return (Button) test(grid).getCellComponent(row, 4);
    }
}
