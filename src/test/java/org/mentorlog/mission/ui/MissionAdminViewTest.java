package org.mentorlog.mission.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.mission.MissionInfo;
import org.mentorlog.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class MissionAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signInAsAdministrator() {
        data.team();
        data.signIn(data.user(Role.ADMIN, null));
    }

    @AfterEach
    void restoreTheMission() {
        jdbc.sql("update mission set disclosure_threshold = 5, target_ipo_women_pct = null").update();
        data.signOut();
    }

    @Test
    void a_threshold_below_three_is_explained_and_kept_in_the_dialog_then_a_valid_one_is_saved() {
        navigate(MissionAdminView.class);
        test(settingsOf(data.missionId())).click();

        // The field's bounds stop this in the browser; the service refuses it from a tampered client too.
        find(IntegerField.class).withLabel("Disclosure threshold").single().setValue(2);
        test(find(BigDecimalField.class).withLabel("Target for women, individual police officers").single())
                .setValue(new BigDecimal("30"));
        test(find(Button.class).withText("Save").single()).click();

        assertThat(test(find(Notification.class).last()).getText())
                .isEqualTo("The disclosure threshold must be a whole number from 3 to 100.");
        assertThat(find(Dialog.class).exists()).isTrue();
        assertThat(threshold()).isEqualTo(5);

        test(find(IntegerField.class).withLabel("Disclosure threshold").single()).setValue(8);
        test(find(Button.class).withText("Save").single()).click();

        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(threshold()).isEqualTo(8);
        assertThat(test(missionGrid()).getCellText(rowOf(data.missionId()), 4)).isEqualTo("8");
    }

    private Grid<MissionInfo> missionGrid() {
        @SuppressWarnings("unchecked")
        Grid<MissionInfo> grid = find(Grid.class).single();
        return grid;
    }

    private int rowOf(long missionId) {
        GridTester<Grid<MissionInfo>, MissionInfo> grid = test(missionGrid());
        for (int row = 0; row < grid.size(); row++) {
            if (grid.getRow(row).id() == missionId) {
                return row;
            }
        }
        throw new AssertionError("No row for mission " + missionId);
    }

    private Button settingsOf(long missionId) {
        return (Button) test(missionGrid()).getCellComponent(rowOf(missionId), 5);
    }

    private int threshold() {
        return jdbc.sql("select disclosure_threshold from mission order by id").query(Integer.class).list().getFirst();
    }
}
