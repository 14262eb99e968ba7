package org.mentorlog.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorlog.base.DomainException;
import org.mentorlog.base.ui.Messages;
import org.mentorlog.base.ui.PasswordReveal;
import org.mentorlog.mission.MissionInfo;
import org.mentorlog.mission.TeamInfo;
import org.mentorlog.security.Role;
import org.mentorlog.user.NewUser;
import org.mentorlog.user.UserChanges;
import org.mentorlog.user.UserLimits;
import org.mentorlog.user.UserRow;
import org.mentorlog.user.UserService;

/**
 * Creates an account or edits one. The service checks every rule; a refused save keeps the dialog
 * open with what was typed and says what to change.
 */
class UserDialog extends Dialog {

    private final UserService users;
    private final UserRow existing;
    private final Runnable onSaved;
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final Select<Role> role = new Select<>();
    private final Select<TeamInfo> team = new Select<>();
    private final MultiSelectComboBox<MissionInfo> missions = new MultiSelectComboBox<>();
    private final Checkbox enabled = new Checkbox();
    private final Checkbox canExport = new Checkbox();
    private final PasswordField password = new PasswordField();

    UserDialog(UserService users, Collection<TeamInfo> teams, List<MissionInfo> missionChoices, UserRow existing,
               Runnable onSaved) {
        this.users = users;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(existing == null ? getTranslation("user.dialog.new")
                : getTranslation("user.dialog.edit", existing.username()));
        configureFields(teams);
        configureMissions(missionChoices);
        FormLayout form = new FormLayout(username, displayName, role, team, missions, enabled, canExport, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(form);
        addButtons();
        setWidth("min(40rem, 100vw)");
    }

    private void configureFields(Collection<TeamInfo> teams) {
        username.setLabel(getTranslation("user.username"));
        username.setMaxLength(UserLimits.USERNAME_MAX);
        username.setHelperText(getTranslation("user.username.helper"));
        displayName.setLabel(getTranslation("user.display-name"));
        displayName.setMaxLength(UserLimits.DISPLAY_NAME_MAX);
        displayName.setRequiredIndicatorVisible(true);
        role.setLabel(getTranslation("user.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(value -> getTranslation("role." + value.name()));
        role.addValueChangeListener(event -> {
            team.setEnabled(event.getValue() != null && event.getValue().needsTeam());
            missions.setVisible(event.getValue() == Role.HQ_ANALYST);
        });
        team.setLabel(getTranslation("user.team"));
        team.setItems(teams.stream().sorted(Comparator.comparing(TeamInfo::code)).toList());
        team.setItemLabelGenerator(value -> value == null ? getTranslation("user.team.none") : value.label());
        team.setEmptySelectionCaption(getTranslation("user.team.none"));
        team.setEmptySelectionAllowed(true);
        enabled.setLabel(getTranslation("user.enabled"));
        canExport.setLabel(getTranslation("user.can-export"));
        password.setLabel(getTranslation(existing == null ? "user.password" : "user.password.new"));
        password.setMaxLength(UserLimits.PASSWORD_MAX);
        password.setHelperText(getTranslation("user.password.helper", users.passwordMinLength()));
        PasswordReveal.translate(password);
        if (existing == null) {
            enabled.setValue(true);
            enabled.setVisible(false);
            role.setValue(Role.MENTOR);
        } else {
            username.setValue(existing.username());
            username.setReadOnly(true);
            displayName.setValue(existing.displayName());
            role.setValue(existing.role());
            team.setValue(teams.stream().filter(t -> t.id().equals(existing.teamId())).findFirst().orElse(null));
            enabled.setValue(existing.enabled());
            canExport.setValue(existing.canExport());
        }
    }

    /** An analyst reads the missions ticked here; with one mission, a new analyst gets it by default. */
    private void configureMissions(List<MissionInfo> choices) {
        missions.setLabel(getTranslation("user.missions"));
        missions.setHelperText(getTranslation("user.missions.helper"));
        missions.setItems(choices);
        missions.setItemLabelGenerator(MissionInfo::code);
        missions.setVisible(role.getValue() == Role.HQ_ANALYST);
        if (existing != null) {
            missions.setValue(choices.stream().filter(m -> existing.grantedMissionIds().contains(m.id())).toList());
        } else if (choices.size() == 1) {
            missions.setValue(choices);
        }
    }

    private void addButtons() {
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        if (existing != null) {
            Button reset = new Button(getTranslation("user.reset-password"), click -> resetPassword());
            getFooter().add(reset);
            if (existing.locked()) {
                Button unlock = new Button(getTranslation("user.unlock"));
                unlock.addClickListener(click -> unlock(unlock));
                getFooter().add(unlock);
            }
        }
        getFooter().add(cancel, save);
    }

    private void save() {
        Long teamId = team.getValue() == null ? null : team.getValue().id();
        Set<Long> missionIds = missions.getValue().stream().map(MissionInfo::id).collect(Collectors.toSet());
        try {
            if (existing == null) {
                users.create(new NewUser(username.getValue(), displayName.getValue(), role.getValue(), teamId,
                        missionIds, canExport.getValue(), password.getValue()));
            } else {
                users.update(existing.id(), new UserChanges(existing.version(), displayName.getValue(),
                        role.getValue(), teamId, missionIds, enabled.getValue(), canExport.getValue()));
            }
            Messages.success(this, "user.saved", username.getValue());
            onSaved.run();
            close();
        } catch (DomainException problem) {
            Messages.error(this, problem);
        }
    }

    private void unlock(Button unlock) {
        try {
            users.unlock(existing.id());
            Messages.success(this, "user.unlocked", existing.username());
            unlock.setVisible(false);
            onSaved.run();
        } catch (DomainException problem) {
            Messages.error(this, problem);
        }
    }

    private void resetPassword() {
        try {
            users.resetPassword(existing.id(), password.getValue());
            Messages.success(this, "user.password.reset-done", existing.username());
            onSaved.run();
            password.clear();
        } catch (DomainException problem) {
            Messages.error(this, problem);
        }
    }
}
