package org.mentorlog.summary.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentorlog.base.ui.EmptyState;
import org.mentorlog.mission.MissionInfo;
import org.mentorlog.mission.MissionService;
import org.mentorlog.mission.SiteInfo;
import org.mentorlog.mission.TeamInfo;
import org.mentorlog.security.CurrentAccount;
import org.mentorlog.security.Roles;
import org.mentorlog.session.SessionService;
import org.mentorlog.session.TeamActivity;

/**
 * Headquarters' start page: a mission, its teams and sites, and how much each team logged in the
 * last twelve months. Counts of sessions and hours name nobody; no trainee data is shown here.
 */
@Route("mission")
@Menu(title = "mission.menu", order = 50, icon = "globe")
@RolesAllowed({Roles.HQ_ANALYST, Roles.ADMIN})
class MissionOverviewView extends Main implements HasDynamicTitle {

    private final MissionService missions;
    private final SessionService sessions;

    MissionOverviewView(MissionService missions, SessionService sessions, CurrentAccount currentAccount) {
        this.missions = missions;
        this.sessions = sessions;
        addClassName("page");
        List<MissionInfo> readable = missions.missions();
        MissionPicker.chosen(readable).ifPresentOrElse(mission -> show(readable, mission),
                () -> add(HeadquartersSummaryView.noMission(currentAccount.require().role())));
    }

    private void show(List<MissionInfo> readable, MissionInfo mission) {
        removeAll();
        add(new MissionPicker(readable, chosen -> show(readable, chosen)));
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        add(new H2(mission.code() + " – " + mission.name()));
        String end = mission.endDate() == null ? getTranslation("mission.ongoing") : dates.format(mission.endDate());
        add(new Paragraph(getTranslation("mission.facts", mission.country(), dates.format(mission.startDate()), end,
                mission.disclosureThreshold())));
        List<TeamInfo> teams = missions.teams(mission.id());
        if (teams.isEmpty()) {
            add(new EmptyState("mission.teams.empty.title", "mission.teams.empty"));
            return;
        }
        Map<Long, TeamActivity> activity = sessions.activityOfLastTwelveMonths().stream()
                .collect(Collectors.toMap(TeamActivity::teamId, Function.identity()));
        Map<Long, List<String>> sites = missions.sites(mission.id()).stream().collect(
                Collectors.groupingBy(SiteInfo::teamId, Collectors.mapping(SiteInfo::name, Collectors.toList())));
        add(new H2(getTranslation("mission.teams")), teamGrid(teams, activity, sites));
    }

    private Div teamGrid(List<TeamInfo> teams, Map<Long, TeamActivity> activity, Map<Long, List<String>> sites) {
        NumberFormat numbers = NumberFormat.getNumberInstance(getLocale());
        numbers.setMaximumFractionDigits(0);
        Grid<TeamInfo> grid = new Grid<>();
        grid.addColumn(TeamInfo::label).setHeader(getTranslation("team.name")).setFlexGrow(2);
        grid.addColumn(team -> String.join(", ", sites.getOrDefault(team.id(), List.of())))
                .setHeader(getTranslation("team.sites")).setFlexGrow(2);
        grid.addColumn(team -> numbers.format(activityOf(activity, team).sessions()))
                .setHeader(getTranslation("mission.sessions-12m"));
        grid.addColumn(team -> numbers.format(activityOf(activity, team).hours()))
                .setHeader(getTranslation("mission.hours-12m"));
        grid.setItems(teams);
        grid.setAllRowsVisible(true);
        return new Div(grid);
    }

    private static TeamActivity activityOf(Map<Long, TeamActivity> activity, TeamInfo team) {
        return activity.getOrDefault(team.id(), new TeamActivity(team.id(), 0, 0));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mission.title");
    }
}
