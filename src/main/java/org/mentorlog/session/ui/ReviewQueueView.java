package org.mentorlog.session.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.data.renderer.LocalDateRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.stream.Collectors;
import org.mentorlog.base.ui.GridRows;
import org.mentorlog.security.Roles;
import org.mentorlog.session.ReviewQueueRow;
import org.mentorlog.session.ReviewService;
import org.mentorlog.user.TeamMember;
import org.mentorlog.user.UserService;

/** Submitted logs of the team waiting for the leader, oldest first. */
@Route("reviews")
@Menu(title = "review.menu", order = 5, icon = "clipboard-check")
@RolesAllowed(Roles.TEAM_LEADER)
class ReviewQueueView extends Main implements HasDynamicTitle {

    ReviewQueueView(ReviewService reviews, UserService users) {
        addClassName("page");
        Map<Long, String> mentors = users.myTeamMembers().stream()
                .collect(Collectors.toMap(TeamMember::id, TeamMember::displayName));
        Grid<ReviewQueueRow> grid = new Grid<>();
        grid.addColumn(new LocalDateRenderer<>(ReviewQueueRow::date,
                () -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())))
                .setHeader(getTranslation("session.date")).setAutoWidth(true);
        grid.addColumn(row -> mentors.getOrDefault(row.leadMentorId(), "")).setHeader(getTranslation("review.mentor"));
        grid.addColumn(row -> row.purpose() == null ? getTranslation("session.purpose.missing") : row.purpose())
                .setHeader(getTranslation("session.purpose")).setFlexGrow(3);
        grid.addColumn(ReviewQueueRow::attendees).setHeader(getTranslation("session.attendees")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("review.queue.empty"));
        grid.setItems(reviews.queue());
        GridRows.openWith(grid, row -> getUI().ifPresent(ui -> ui.navigate(ReviewView.class, row.id())));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.queue.title");
    }
}
