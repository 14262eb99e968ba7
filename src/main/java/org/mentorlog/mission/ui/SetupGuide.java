package org.mentorlog.mission.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.mentorlog.mission.SiteInfo;
import org.mentorlog.mission.TeamInfo;

/**
 * The steps that set up a new installation, each marked done once it is, with a link to where it
 * is done. Hidden once there is a mission with a team that has a site.
 */
final class SetupGuide extends Div {

    SetupGuide() {
        addClassName("setup-guide");
    }

    void show(boolean hasMission, List<TeamInfo> teams, List<SiteInfo> sites) {
        removeAll();
        boolean hasTeam = !teams.isEmpty();
        boolean hasSite = !sites.isEmpty();
        setVisible(!(hasMission && hasTeam && hasSite));
        OrderedList steps = new OrderedList(
                step("setup.step.mission", hasMission, null),
                step("setup.step.teams", hasTeam && hasSite, "admin/teams"),
                step("setup.step.people", false, "admin/users"),
                step("setup.step.reference", false, "admin/reference"));
        add(new H2(getTranslation("setup.title")), new Paragraph(getTranslation("setup.intro")), steps);
    }

    private ListItem step(String key, boolean done, String path) {
        ListItem item = new ListItem();
        item.addClassName(done ? "done" : "todo");
        item.add(new Span((done ? "✓ " : "") + getTranslation(key)));
        if (path != null && !done) {
            item.add(new Span(" "), new Anchor(path, getTranslation(key + ".link")));
        }
        if (done) {
            item.getElement().setAttribute("aria-label", getTranslation(key) + " – " + getTranslation("setup.done"));
        }
        return item;
    }
}
