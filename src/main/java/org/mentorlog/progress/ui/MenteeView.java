package org.mentorlog.progress.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentorlog.base.DomainException;
import org.mentorlog.base.ui.Markup;
import org.mentorlog.base.ui.Messages;
import org.mentorlog.progress.MenteeProgress;
import org.mentorlog.progress.MenteeProgress.Rating;
import org.mentorlog.progress.ProgressService;
import org.mentorlog.security.Roles;

/**
 * One mentee over time: attendance and roles, a chart per competency (with the same numbers as a
 * list), observations that name her, her follow-up actions and the leader's notes. Names stay in
 * the team: only the team leader opens this page.
 */
@Route("mentee")
@RolesAllowed(Roles.TEAM_LEADER)
class MenteeView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ProgressService progress;
    private final Clock clock;
    private DateTimeFormatter dates;

    MenteeView(ProgressService progress, Clock clock) {
        this.progress = progress;
        this.clock = clock;
        addClassName("page");
        addClassName("mentee-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long traineeId) {
        try {
            show(progress.mentee(traineeId));
        } catch (DomainException problem) {
            Messages.error(this, problem);
            event.forwardTo(TeamOverviewView.class);
        }
    }

    private void show(MenteeProgress mentee) {
        removeAll();
        long traineeId = mentee.trainee().id();
        dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        add(new H2(mentee.trainee().label()));
        add(new H3(getTranslation("progress.competencies")));
        Markup competencies = new Markup();
        ratingsByTopic(mentee.ratings()).forEach((topic, ratings) -> competency(competencies, topic, ratings));
        if (!competencies.isEmpty()) {
            add(competencies.component("competencies"));
        }
        history("progress.attendance", mentee.attendance(), row -> dates.format(row.date()) + " · " + row.site()
                + " · " + getTranslation("session.format." + row.format()) + " · "
                + getTranslation("session.attendance." + row.status())
                + (row.roleCode() == null ? "" : " · " + row.roleCode()
                + (row.positionOfAuthority() ? " (" + getTranslation("session.role.authority") + ")" : "")));
        history("progress.observations", mentee.observations(), row -> dates.format(row.date()) + " · "
                + getTranslation("observation.approach." + row.approach())
                + (row.polarity() == null ? "" : " · " + getTranslation("observation.polarity." + row.polarity()))
                + (row.note() == null ? "" : " · " + row.note()));
        history("progress.actions", mentee.actions(), row -> dates.format(row.dueDate()) + " · " + row.description()
                + " · " + getTranslation("progress.action-status." + row.status())
                + (row.overdue() ? " · " + getTranslation("followup.overdue") : "")
                + (row.outcome() == null ? "" : " · " + row.outcome()));
        DateTimeFormatter stamps = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(clock.getZone());
        history("progress.notes", mentee.notes(), note -> stamps.format(note.writtenAt()) + " · " + note.author() + ": "
                + note.text());
        add(noteForm(traineeId));
    }

    private static Map<String, List<Rating>> ratingsByTopic(List<Rating> ratings) {
        return ratings.stream().collect(Collectors.groupingBy(Rating::topicCode, LinkedHashMap::new,
                Collectors.toList()));
    }

    /**
     * The chart and, a tap away, its numbers as a list. Read-only, so markup (with the browser's own
     * details element) rather than components: this is the heaviest page a team leader opens (issue 10:
     * heap per open UI).
     */
    private void competency(Markup competencies, String topic, List<Rating> ratings) {
        Rating first = ratings.getFirst();
        Rating latest = ratings.getLast();
        String title = getTranslation("progress.chart.title", topic, first.level(), latest.level());
        competencies.open("div", "competency").element("p", null, title).open("div", "svg-figure")
                .raw(RatingChart.svg(ratings, title, dates.format(first.date()), dates.format(latest.date())))
                .close("div").open("details", "as-list").element("summary", null, getTranslation("progress.chart.as-list"));
        ratings.forEach(rating -> competencies.element("div", null, dates.format(rating.date()) + ": " + rating.level()
                + " " + getTranslation("session.rating." + rating.level())));
        competencies.close("details").close("div");
    }

    /** A heading and a line per row, the lines as one element. */
    private <T> void history(String headingKey, List<T> rows, Function<T, String> line) {
        add(new H3(getTranslation(headingKey)));
        if (!rows.isEmpty()) {
            Markup lines = new Markup();
            rows.forEach(row -> lines.element("div", "history-line", line.apply(row)));
            add(lines.component("history"));
        }
    }

    private Div noteForm(long traineeId) {
        TextArea note = new TextArea(getTranslation("progress.note.new"));
        note.setMaxLength(ProgressService.NOTE_MAX);
        note.setWidthFull();
        Button save = new Button(getTranslation("progress.note.save"), click -> {
            try {
                progress.addNote(traineeId, note.getValue());
                Messages.success(this, "progress.note.saved");
                show(progress.mentee(traineeId));
            } catch (DomainException problem) {
                note.setInvalid(true);
                note.setErrorMessage(getTranslation(problem.messageKey(), problem.arguments()));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        return new Div(note, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("progress.mentee.title");
    }
}
