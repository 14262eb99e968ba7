package org.mentorlog.mission.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentorlog.base.ui.AppIcon;
import org.mentorlog.base.ui.EmptyState;
import org.mentorlog.mission.MissionInfo;
import org.mentorlog.mission.MissionService;
import org.mentorlog.mission.NewTeam;
import org.mentorlog.mission.SiteInfo;
import org.mentorlog.mission.TeamInfo;
import org.mentorlog.mission.TeamLimits;
import org.mentorlog.security.Roles;

/** Administrators create teams in a mission, and the sites where the teams train. */
@Route("admin/teams")
@Menu(title = "team.menu", order = 81, icon = "group")
@RolesAllowed(Roles.ADMIN)
class TeamAdminView extends Main implements HasDynamicTitle {

    private final MissionService missions;
    private final Grid<TeamInfo> grid = new Grid<>();
    private final Button add = new Button(getTranslation("team.add"), AppIcon.PLUS.create(), click -> openNewTeam());
    private final EmptyState noMission = new EmptyState("mission.empty.title", "team.empty.no-mission")
            .withLink("mission.empty.create", "admin/missions");
    private final EmptyState noTeam = new EmptyState("team.empty.title", "team.empty");
    private Map<Long, List<String>> siteNames = Map.of();
    private Map<Long, MissionInfo> missionsById = Map.of();

    TeamAdminView(MissionService missions) {
        this.missions = missions;
        addClassName("page");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        FlexLayout toolbar = new FlexLayout(add);
        toolbar.addClassName("toolbar");
        grid.addColumn(TeamInfo::code).setHeader(getTranslation("team.code")).setAutoWidth(true);
        grid.addColumn(TeamInfo::name).setHeader(getTranslation("team.name"));
        grid.addColumn(team -> missionsById.get(team.missionId()).code()).setHeader(getTranslation("team.mission"))
                .setAutoWidth(true);
        grid.addColumn(TeamInfo::traineeCodePrefix).setHeader(getTranslation("team.prefix")).setAutoWidth(true);
        grid.addColumn(team -> String.join(", ", siteNames.getOrDefault(team.id(), List.of())))
                .setHeader(getTranslation("team.sites"));
        grid.addComponentColumn(team -> new Button(getTranslation("site.add"), AppIcon.PLUS.create(),
                click -> openNewSite(team))).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(noMission, toolbar, noTeam, grid);
        refresh();
    }

    private void refresh() {
        missionsById = missions.missions().stream().collect(Collectors.toMap(MissionInfo::id, Function.identity()));
        siteNames = missions.sites().stream().collect(
                Collectors.groupingBy(SiteInfo::teamId, Collectors.mapping(SiteInfo::name, Collectors.toList())));
        List<TeamInfo> teams = missions.teams();
        grid.setItems(teams);
        noMission.setVisible(missionsById.isEmpty());
        add.setEnabled(!missionsById.isEmpty());
        noTeam.setVisible(!missionsById.isEmpty() && teams.isEmpty());
        grid.setVisible(!teams.isEmpty());
    }

    private void openNewTeam() {
        Select<MissionInfo> mission = new Select<>();
        mission.setLabel(getTranslation("team.mission"));
        mission.setItems(missionsById.values());
        mission.setItemLabelGenerator(value -> value.code() + " – " + value.name());
        if (missionsById.size() == 1) {
            mission.setValue(missionsById.values().iterator().next());
        }
        TextField code = new TextField(getTranslation("team.code"));
        code.setMaxLength(TeamLimits.CODE_MAX);
        TextField name = new TextField(getTranslation("team.name"));
        name.setMaxLength(TeamLimits.NAME_MAX);
        TextField prefix = new TextField(getTranslation("team.prefix"));
        prefix.setMaxLength(5);
        prefix.setHelperText(getTranslation("team.prefix.helper"));
        FormDialog.open(this, getTranslation("team.dialog.new"), new FormLayout(mission, code, name, prefix),
                () -> missions.createTeam(new NewTeam(mission.getValue() == null ? null : mission.getValue().id(),
                        code.getValue(), name.getValue(), prefix.getValue())), this::refresh);
    }

    private void openNewSite(TeamInfo team) {
        TextField name = new TextField(getTranslation("site.name"));
        name.setMaxLength(TeamLimits.SITE_NAME_MAX);
        FormDialog.open(this, getTranslation("site.dialog.new", team.label()), new FormLayout(name),
                () -> missions.addSite(team.id(), name.getValue()), this::refresh);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.title");
    }
}
