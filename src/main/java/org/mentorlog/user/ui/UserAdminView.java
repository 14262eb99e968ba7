package org.mentorlog.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentorlog.base.ui.AppIcon;
import org.mentorlog.base.ui.GridRows;
import org.mentorlog.mission.MissionInfo;
import org.mentorlog.mission.MissionService;
import org.mentorlog.mission.TeamInfo;
import org.mentorlog.security.Roles;
import org.mentorlog.user.UserRow;
import org.mentorlog.user.UserService;

/** Administrators create accounts, assign role and team, disable accounts and reset passwords. */
@Route("admin/users")
@Menu(title = "user.menu", order = 80, icon = "user-card")
@RolesAllowed(Roles.ADMIN)
class UserAdminView extends Main implements HasDynamicTitle {

    private final UserService users;
    private final Map<Long, TeamInfo> teams;
    private final List<MissionInfo> missionChoices;
    private final Grid<UserRow> grid = new Grid<>();
    private final DateTimeFormatter times;

    UserAdminView(UserService users, MissionService missions, Clock clock) {
        this.users = users;
        this.times = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(clock.getZone());
        this.teams = missions.teams().stream().collect(Collectors.toMap(TeamInfo::id, Function.identity()));
        this.missionChoices = missions.missions();
        addClassName("page");
        Button add = new Button(getTranslation("user.add"), AppIcon.PLUS.create(), click -> openDialog(null));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        FlexLayout toolbar = new FlexLayout(add);
        toolbar.addClassName("toolbar");
        add(toolbar, configureGrid());
        refresh();
    }

    private Grid<UserRow> configureGrid() {
        grid.addColumn(UserRow::username).setHeader(getTranslation("user.username")).setSortProperty("username");
        grid.addColumn(UserRow::displayName).setHeader(getTranslation("user.display-name"))
                .setSortProperty("displayName");
        grid.addColumn(row -> getTranslation("role." + row.role().name())).setHeader(getTranslation("user.role"));
        grid.addColumn(row -> row.teamId() == null ? "" : teams.get(row.teamId()).label())
                .setHeader(getTranslation("user.team"));
        grid.addColumn(this::status).setHeader(getTranslation("user.status"));
        GridRows.openWith(grid, this::openDialog);
        grid.setSizeFull();
        return grid;
    }

    /** Disabled, locked after failed sign-ins (until when), or enabled; and whether a new password waits. */
    private String status(UserRow row) {
        String status = !row.enabled() ? getTranslation("user.disabled")
                : row.locked() ? getTranslation("user.locked-until", times.format(row.lockedUntil()))
                : getTranslation("user.enabled");
        return row.mustChangePassword() ? status + " · " + getTranslation("user.must-change-password") : status;
    }

    private void openDialog(UserRow existing) {
        new UserDialog(users, teams.values(), missionChoices, existing, this::refresh).open();
    }

    private void refresh() {
        grid.setItems(query -> users.list(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("user.title");
    }
}
