package org.mentorlog.summary.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.mentorlog.base.ui.EmptyState;
import org.mentorlog.mission.MissionInfo;
import org.mentorlog.mission.MissionService;
import org.mentorlog.reference.ReferenceKind;
import org.mentorlog.reference.ReferenceService;
import org.mentorlog.security.CurrentAccount;
import org.mentorlog.security.Role;
import org.mentorlog.security.Roles;
import org.mentorlog.summary.Audience;
import org.mentorlog.summary.SummaryExport;
import org.mentorlog.summary.SummaryService;

/** Headquarters' dashboard of one mission: every team's aggregates, small numbers suppressed, never a name. */
@Route("summary")
@Menu(title = "summary.menu", order = 40, icon = "chart")
@RolesAllowed({Roles.HQ_ANALYST, Roles.ADMIN})
class HeadquartersSummaryView extends Main implements HasDynamicTitle {

    private final SummaryService summaries;
    private final SummaryExport export;
    private final MissionService missions;
    private final ReferenceService references;
    private final CurrentAccount currentAccount;
    private final Clock clock;
    private final SummaryWork work;

    HeadquartersSummaryView(SummaryService summaries, SummaryExport export, MissionService missions,
                            ReferenceService references, CurrentAccount currentAccount, Clock clock,
                            SummaryWork work) {
        this.work = work;
        this.summaries = summaries;
        this.export = export;
        this.missions = missions;
        this.references = references;
        this.currentAccount = currentAccount;
        this.clock = clock;
        addClassName("page");
        addClassName("summary-view");
        List<MissionInfo> readable = missions.missions();
        MissionPicker.chosen(readable).ifPresentOrElse(mission -> show(readable, mission),
                () -> add(noMission(currentAccount.require().role())));
    }

    private void show(List<MissionInfo> readable, MissionInfo mission) {
        removeAll();
        long missionId = mission.id();
        Locale locale = getLocale();
        SummaryPanel panel = new SummaryPanel(missions.teams(missionId), missions.sites(missionId),
                LocalDate.now(clock), mission.womenTarget().orElse(null),
                () -> references.labels(locale, ReferenceKind.MOWIP_AREA, ReferenceKind.TOPIC), work,
                query -> summaries.summarize(query.inMission(missionId), Audience.HEADQUARTERS));
        add(new MissionPicker(readable, chosen -> show(readable, chosen)));
        if (currentAccount.canExport()) {
            add(new ExportLinks(export, () -> panel.query().inMission(missionId)));
        }
        add(panel);
    }

    /** An administrator creates the first mission; an analyst waits to be granted one. */
    static EmptyState noMission(Role role) {
        return role == Role.ADMIN
                ? new EmptyState("mission.empty.title", "mission.empty.admin").withLink("mission.empty.create", "admin/missions")
                : new EmptyState("mission.empty.title", "mission.empty.analyst");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("summary.title");
    }
}
