package org.mentorlog.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.mission.MissionInfo;
import org.mentorlog.api.ApiTokenRow;
import org.mentorlog.api.ApiTokenService;
import org.mentorlog.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ApiTokenAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signInAsAdministrator() {
        data.team();
        data.signIn(data.user(Role.ADMIN, null));
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void a_new_token_is_shown_once_with_a_warning_and_then_listed_without_it() {
        navigate(ApiTokenAdminView.class);

        test(find(Button.class).withText("New API token").single()).click();
        test(find(TextField.class).withLabel("Name").single()).setValue("Reporting tool");
        chooseTheTestMission();
        test(find(Button.class).withText("Create token").single()).click();

        TextField shown = find(TextField.class).withLabel("API token").single();
        String token = shown.getValue();
        assertThat(token).startsWith("ml_");
        assertThat(shown.isReadOnly()).isTrue();
        assertThat(find(Dialog.class).single().getElement().getTextRecursively())
                .contains("It will not be shown again");

        test(find(Button.class).withText("Done").single()).click();

        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(find(TextField.class).withLabel("API token").exists()).isFalse();
        assertThat(test(grid()).size()).isGreaterThanOrEqualTo(1);
        assertThat(test(grid()).getRow(0).name()).isEqualTo("Reporting tool");
        assertThat(test(grid()).getCellText(0, 3)).isEqualTo("Never");
        assertThat(tokens.verify(token)).isPresent();
    }

    @Test
    void a_nameless_token_is_refused_and_the_dialog_stays_open() {
        navigate(ApiTokenAdminView.class);
        long before = data.count("api_token");

        test(find(Button.class).withText("New API token").single()).click();
        chooseTheTestMission();
        test(find(Button.class).withText("Create token").single()).click();

        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Enter a name for the token.");
        assertThat(find(Dialog.class).exists()).isTrue();
        assertThat(data.count("api_token")).isEqualTo(before);
    }

    @Test
    void revoking_asks_first_and_then_refuses_the_token() {
        String token = tokens.create(missionId(), "Retired tool").token();
        navigate(ApiTokenAdminView.class);

        assertThat(test(grid()).getRow(0).name()).isEqualTo("Retired tool");
        test((Button) test(grid()).getCellComponent(0, 6)).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(tokens.verify(token)).as("nothing revoked before confirming").isPresent();
        test(confirm).confirm();

        assertThat(tokens.verify(token)).isEmpty();
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Token Retired tool revoked.");
        assertThat(test(grid()).getCellText(0, 4)).isNotEqualTo("Active");
    }

    @SuppressWarnings("unchecked")
    private Grid<ApiTokenRow> grid() {
        return find(Grid.class).single();
    }

    /** Other tests of the shared context may add missions; then the dialog preselects none. */
    @SuppressWarnings("unchecked")
    private void chooseTheTestMission() {
        Select<MissionInfo> mission = find(Select.class).withLabel("Mission").single();
        mission.setValue(mission.getListDataView().getItems().filter(m -> m.id() == missionId()).findFirst()
                .orElseThrow());
    }

    private long missionId() {
        return jdbc.sql("select id from mission order by id").query(Long.class).list().getFirst();
    }
}
