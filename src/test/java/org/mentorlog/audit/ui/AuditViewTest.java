package org.mentorlog.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.TestData.TeamRef;
import org.mentorlog.TestData.UserRef;
import org.mentorlog.audit.AuditEntry;
import org.mentorlog.mission.MissionService;
import org.mentorlog.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class AuditViewTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;

    @Autowired
    MissionService missions;

    private UserRef admin;
    private long siteId;

    @BeforeEach
    void anAdministratorAddsASite() {
        TeamRef team = data.team();
        admin = data.user(Role.ADMIN, null);
        data.signIn(admin);
        siteId = missions.addSite(team.id(), "<b>Gao</b> =HYPERLINK(\"x\")").id();
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void the_administrator_finds_a_change_by_who_and_record_and_cannot_alter_it() {
        navigate(AuditView.class);

        test(find(TextField.class).withLabel("Who").single()).setValue(admin.username());
        test(find(IntegerField.class).withLabel("Record number").single()).setValue((int) siteId);

        assertThat(test(grid()).size()).isEqualTo(1);
        AuditEntry entry = test(grid()).getRow(0);
        assertThat(entry.entityType()).isEqualTo("site");
        assertThat(entry.action()).isEqualTo("CREATE");
        assertThat(test(grid()).getCellText(0, 3)).isEqualTo("CREATE");
        // Markup someone typed is shown as text, and there is nothing to edit or delete with.
        assertThat(entry.summary()).contains("<b>Gao</b>");
        assertThat(grid().getEditor().getBinder()).isNull();
    }

    @Test
    void a_filter_that_matches_nothing_says_so() {
        navigate(AuditView.class);

        test(find(TextField.class).withLabel("Who").single()).setValue("nobody-of-that-name\u0000%");

        assertThat(test(grid()).size()).isZero();
    }

    @SuppressWarnings("unchecked")
    private Grid<AuditEntry> grid() {
        return find(Grid.class).single();
    }
}
