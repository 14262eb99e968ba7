package org.mentorlog.reference.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorlog.IntegrationTest;
import org.mentorlog.TestData;
import org.mentorlog.base.ui.Drawer;
import org.mentorlog.reference.ReferenceEntry;
import org.mentorlog.reference.ReferenceKind;
import org.mentorlog.reference.ReferenceOption;
import org.mentorlog.reference.ReferenceService;
import org.mentorlog.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ReferenceAdminViewTest extends SpringBrowserlessTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    TestData data;

    @Autowired
    ReferenceService references;

    @BeforeEach
    void signInAsAdministrator() {
        data.signIn(data.user(Role.ADMIN, null));
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void an_administrator_adds_a_barrier_in_three_languages_and_sees_it_in_the_list() {
        String code = "NO-BUS-" + SEQUENCE.incrementAndGet();
        navigate(ReferenceAdminView.class);
        showList("Barriers");

        fillNewEntry(code, "No bus at night", "Pas de bus la nuit", "Ingen buss om natten");
        test(find(Button.class).withText("Save").single()).click();

        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Entry " + code + " saved.");
        ReferenceEntry last = test(grid()).getRow(test(grid()).size() - 1);
        assertThat(last.code()).isEqualTo(code);
        assertThat(test(grid()).getCellText(test(grid()).size() - 1, 1)).isEqualTo("No bus at night");
        assertThat(test(grid()).getCellText(test(grid()).size() - 1, 2)).isEqualTo("Active");
        assertThat(references.options(ReferenceKind.BARRIER, Locale.FRENCH)).extracting(ReferenceOption::label)
                .contains("Pas de bus la nuit");
    }

    @Test
    void an_empty_label_keeps_the_dialog_open_with_what_was_typed_and_says_which_label_is_missing() {
        navigate(ReferenceAdminView.class);
        showList("Enablers");
        long before = data.count("reference_item");

        fillNewEntry("MENTORS-" + SEQUENCE.incrementAndGet(), "Women mentors", "Femmes mentors", " ");
        test(find(Button.class).withText("Save").single()).click();

        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Enter the label in Norwegian.");
        assertThat(find(Dialog.class).exists()).isTrue();
        assertThat(find(TextField.class).withLabel("Label in French").single().getValue()).isEqualTo("Femmes mentors");
        assertThat(data.count("reference_item")).isEqualTo(before);
    }

    @Test
    void session_roles_show_and_edit_their_two_flags_while_the_code_stays_fixed() {
        navigate(ReferenceAdminView.class);
        showList("Session roles");

        assertThat(test(grid()).getHeaderCell(3)).isEqualTo("Position of authority");
        int row = 0; // the seeded scene commander, a position of authority
        assertThat(test(grid()).getCellText(row, 3)).isEqualTo("Yes");
        test(rowButton(row).withText("Edit").single()).click();

        assertThat(find(TextField.class).withLabel("Code").single().isReadOnly()).isTrue();
        assertThat(find(Checkbox.class).withLabel("Position of authority").single().getValue()).isTrue();
        test(find(Button.class).withText("Cancel").single()).click();
        assertThat(find(Dialog.class).exists()).isFalse();
    }

    @Test
    void an_entry_moved_up_changes_places_and_a_deactivated_one_is_marked_inactive() {
        navigate(ReferenceAdminView.class);
        showList("Enablers");
        String first = "FIRST-" + SEQUENCE.incrementAndGet();
        String second = "SECOND-" + SEQUENCE.incrementAndGet();
        for (String code : new String[] {first, second}) {
            fillNewEntry(code, "English " + code, "Français " + code, "Norsk " + code);
            test(find(Button.class).withText("Save").single()).click();
        }
        int last = test(grid()).size() - 1;

        test(rowButton(last).withAriaLabel("Move " + second + " up").single()).click();

        assertThat(test(grid()).getRow(last - 1).code()).isEqualTo(second);
        assertThat(test(grid()).getRow(last).code()).isEqualTo(first);
        assertThat(rowButton(last).withAriaLabel("Move " + first + " down").single().isEnabled()).isFalse();

        test(rowButton(last).withText("Edit").single()).click();
        test(find(Button.class).withText("Deactivate").single()).click();

        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(test(grid()).getCellText(last, 2)).isEqualTo("Inactive");
        assertThat(references.options(ReferenceKind.ENABLER, Locale.ENGLISH)).extracting(ReferenceOption::code)
                .contains(second).doesNotContain(first);
    }

    @Test
    void the_page_speaks_the_users_language() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate(ReferenceAdminView.class);

        showList("Obstacles");

        assertThat(find(Button.class).withText("Nouvelle entrée").exists()).isTrue();
        assertThat(test(grid()).getCellText(0, 1)).isEqualTo("Non désignée par la hiérarchie");
    }

    @Test
    void administrators_find_the_page_in_the_menu_and_mentors_cannot_open_it() {
        navigate("", com.vaadin.flow.component.Component.class);
        assertThat(Drawer.menu()).contains("Reference lists");

        data.signIn(data.user(Role.MENTOR, data.team()));
        navigate("admin/reference", com.vaadin.flow.component.Component.class);

        assertThat(find(ReferenceAdminView.class).exists()).as("a mentor is shown 'not found' instead").isFalse();
    }

    private void showList(String name) {
        test(find(Select.class).withLabel(UI.getCurrent().getLocale().getLanguage().equals("fr") ? "Liste" : "List")
                .single()).selectItem(name);
    }

    private void fillNewEntry(String code, String english, String french, String norwegian) {
        test(find(Button.class).withText("New entry").single()).click();
        test(find(TextField.class).withLabel("Code").single()).setValue(code);
        test(find(TextField.class).withLabel("Label in English").single()).setValue(english);
        test(find(TextField.class).withLabel("Label in French").single()).setValue(french);
        test(find(TextField.class).withLabel("Label in Norwegian").single()).setValue(norwegian);
    }

    /** The buttons of one row; the grid renders them only on demand, outside the component tree. */
    private com.vaadin.browserless.ComponentQuery<Button> rowButton(int row) {
        return find(Button.class, test(grid()).getCellComponent(row, "actions"));
    }

    @SuppressWarnings("unchecked")
    private Grid<ReferenceEntry> grid() {
        return find(Grid.class).single();
    }
}
