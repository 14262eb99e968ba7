package org.mentorlog.summary.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.mentorlog.mission.MissionInfo;
import org.mentorlog.mission.MissionService;
import org.mentorlog.reference.ReferenceKind;
import org.mentorlog.reference.ReferenceService;
import org.mentorlog.security.CurrentAccount;
import org.mentorlog.security.Roles;
import org.mentorlog.summary.Audience;
import org.mentorlog.summary.SummaryExport;
import org.mentorlog.summary.SummaryService;

/** Headquarters' dashboard: every team's aggregates, small numbers suppressed, never a name. */
@Route("summary")
@Menu(title = "summary.menu", order = 40, icon = "vaadin:chart")
@RolesAllowed({Roles.HQ_ANALYST, Roles.ADMIN})
class HeadquartersSummaryView extends Main implements HasDynamicTitle {

    HeadquartersSummaryView(SummaryService summaries, SummaryExport export, MissionService missions,
                            ReferenceService references, CurrentAccount currentAccount, Clock clock) {
        addClassName("page");
        addClassName("summary-view");
        SummaryPanel panel = new SummaryPanel(missions.teams(), missions.sites(), LocalDate.now(clock),
                missions.mission().flatMap(MissionInfo::womenTarget).orElse(null),
                references.labels(getLocale(), ReferenceKind.MOWIP_AREA, ReferenceKind.TOPIC), query -> summaries.summarize(query, Audience.HEADQUARTERS));
        if (currentAccount.canExport()) {
            add(new ExportLinks(export, panel::query));
        }
        add(panel);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("summary.title");
    }
}
