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
import org.mentorlog.mission.MissionInfo;
import org.mentorlog.mission.MissionService;
import org.mentorlog.reference.ReferenceKind;
import org.mentorlog.reference.ReferenceService;
import org.mentorlog.security.Roles;
import org.mentorlog.summary.Audience;
import org.mentorlog.summary.SummaryService;

/** The same dashboard for a team leader, over her own team only and without suppression. */
@Route("team-summary")
@Menu(title = "summary.menu.team", order = 7, icon = "chart")
@RolesAllowed(Roles.TEAM_LEADER)
class TeamSummaryView extends Main implements HasDynamicTitle {

    TeamSummaryView(SummaryService summaries, MissionService missions, ReferenceService references, Clock clock,
                    SummaryWork work) {
        addClassName("page");
        addClassName("summary-view");
        Locale locale = getLocale();
        add(new SummaryPanel(List.of(), missions.mySites(), LocalDate.now(clock),
                missions.myMission().flatMap(MissionInfo::womenTarget).orElse(null),
                () -> references.labels(locale, ReferenceKind.MOWIP_AREA, ReferenceKind.TOPIC), work,
                query -> summaries.summarize(query, Audience.TEAM)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("summary.title.team");
    }
}
