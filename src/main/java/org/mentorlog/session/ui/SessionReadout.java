package org.mentorlog.session.ui;

import com.vaadin.flow.component.html.Div;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentorlog.base.ui.Markup;
import org.mentorlog.followup.FollowUpInput;
import org.mentorlog.mission.SiteInfo;
import org.mentorlog.observation.ObservationInput;
import org.mentorlog.reference.ReferenceOption;
import org.mentorlog.session.AttendeeLog;
import org.mentorlog.session.ReviewEntry;
import org.mentorlog.session.ReviewService;
import org.mentorlog.session.SessionLog;
import org.mentorlog.trainee.TraineeRow;
import org.mentorlog.trainee.TraineeService;
import org.mentorlog.user.TeamMember;

/** A whole session log laid out for reading on a tablet, with its review history. */
class SessionReadout extends Div {

    private final SessionChoices choices;
    private final Map<Long, TraineeRow> trainees;
    private final Map<Long, String> people;
    private final Map<Long, ReferenceOption> topics;
    private final DateTimeFormatter dates;

    /** The log with its attendees as the register names them and its review history. */
    static SessionReadout of(SessionLog log, SessionChoices choices, TraineeService trainees, ReviewService reviews,
                             ZoneId zone) {
        return new SessionReadout(log, choices, trainees.ownTrainees(log.attendees().stream()
                .map(AttendeeLog::traineeId).toList()), reviews.history(log.id()), zone);
    }

    private SessionReadout(SessionLog log, SessionChoices choices, List<TraineeRow> known, List<ReviewEntry> history,
                           ZoneId zone) {
        this.choices = choices;
        this.trainees = known.stream().collect(Collectors.toMap(TraineeRow::id, Function.identity()));
        this.people = choices.colleagues().stream().collect(Collectors.toMap(TeamMember::id, TeamMember::displayName));
        this.topics = choices.topicsById();
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale());
        addClassName("readout");
        SiteInfo site = choices.byId(choices.sites(), SiteInfo::id, log.siteId());
        Markup readout = new Markup();
        readout.element("h2", null, getTranslation("session.purpose"))
                .element("p", "purpose", log.purpose() == null ? getTranslation("session.purpose.missing") : log.purpose())
                .open("dl", null);
        fact(readout, "session.date", dates.format(log.date())
                + (log.startTime() == null ? "" : ", " + log.startTime()) + " · " + log.durationMinutes() + " min");
        fact(readout, "session.site", site == null ? "" : site.name());
        fact(readout, "session.format", getTranslation("session.format." + log.format().name()));
        fact(readout, "review.mentor", people.getOrDefault(log.leadMentorId(), "")
                + log.coMentorIds().stream().map(people::get).map(name -> ", " + name).collect(Collectors.joining()));
        fact(readout, "session.topics", choices.topics().stream().filter(t -> log.topicIds().contains(t.id()))
                .map(t -> t.code() + " " + t.label()).collect(Collectors.joining("; ")));
        fact(readout, "session.unregistered", getTranslation("review.headcount", log.unregisteredWomen(),
                log.unregisteredMen(), log.unregisteredUnknown()));
        fact(readout, "session.gender-content", log.genderContent()
                ? getTranslation("review.yes") + (log.genderContentNote() == null ? "" : ": " + log.genderContentNote())
                : getTranslation("review.no"));
        readout.close("dl").element("h2", null, getTranslation("session.section.attendance"));
        log.attendees().forEach(attendee -> attendee(readout, attendee));
        readout.element("h2", null, getTranslation("session.section.observations"));
        log.observations().forEach(observation -> observation(readout, observation));
        readout.element("h2", null, getTranslation("session.section.follow-ups"));
        log.followUps().forEach(action -> followUp(readout, action));
        readout.element("h2", null, getTranslation("review.history"));
        DateTimeFormatter stamps = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(zone);
        history.forEach(entry -> readout.element("p", null, stamps.format(entry.reviewedAt()) + " · "
                + people.getOrDefault(entry.reviewerId(), "") + " · "
                + getTranslation("review.decision." + entry.decision().name())
                + (entry.comment() == null ? "" : ": " + entry.comment())));
        // Read-only, so one element of markup rather than a component per line (issue 10: heap per open UI).
        readout.fill(this);
    }

    private void attendee(Markup readout, AttendeeLog attendee) {
        TraineeRow trainee = trainees.get(attendee.traineeId());
        readout.open("div", "card").element("h3", null, trainee == null ? "?" : trainee.label());
        List<String> lines = new ArrayList<>();
        lines.add(getTranslation("session.attendance." + attendee.status().name()));
        ReferenceOption role = choices.byId(choices.roles(), ReferenceOption::id, attendee.roleId());
        if (role != null) {
            lines.add(role.label() + (attendee.positionOfAuthority() ? " · " + getTranslation("session.role.authority") : "")
                    + (attendee.nonTraditionalRole() ? " · " + getTranslation("session.role.non-traditional") : ""));
        }
        List<String> quality = new ArrayList<>();
        addIf(quality, attendee.spokeOrAsked(), "SPOKE");
        addIf(quality, attendee.ledTask(), "LED");
        addIf(quality, attendee.handsOn(), "HANDS_ON");
        addIf(quality, attendee.adminOnly(), "ADMIN_ONLY");
        addIf(quality, attendee.interrupted(), "INTERRUPTED");
        if (!quality.isEmpty()) {
            lines.add(String.join(", ", quality));
        }
        attendee.ratings().forEach((topicId, level) -> lines.add(topics.get(topicId).code() + ": " + level + " "
                + getTranslation("session.rating." + level)));
        if (attendee.evidenceNote() != null) {
            lines.add(attendee.evidenceNote());
        }
        lines.forEach(line -> readout.element("div", null, line));
        readout.close("div");
    }

    private void addIf(List<String> quality, boolean flag, String key) {
        if (flag) {
            quality.add(getTranslation("session.quality." + key));
        }
    }

    private void observation(Markup readout, ObservationInput observation) {
        ReferenceOption area = choices.byId(choices.areas(), ReferenceOption::id, observation.mowipAreaId());
        String tags = choices.tags().stream().filter(tag -> observation.tagIds().contains(tag.id()))
                .map(ReferenceOption::label).collect(Collectors.joining(", "));
        TraineeRow about = observation.traineeId() == null ? null : trainees.get(observation.traineeId());
        readout.open("div", "card").element("h3", null, getTranslation("observation.approach." + observation.approach().name())
                + (area == null ? "" : " · " + area.label())
                + (observation.polarity() == null ? "" : " · "
                + getTranslation("observation.polarity." + observation.polarity().name())));
        if (!tags.isEmpty()) {
            readout.element("div", null, tags);
        }
        if (about != null) {
            readout.element("div", null, getTranslation("observation.trainee") + ": " + about.label());
        }
        if (observation.note() != null) {
            readout.element("p", null, observation.note());
        }
        readout.close("div");
    }

    private void followUp(Markup readout, FollowUpInput action) {
        TraineeRow trainee = trainees.get(action.traineeId());
        readout.open("div", "card").element("h3", null, trainee == null ? "?" : trainee.label())
                .element("div", null, action.description())
                .element("span", null, people.getOrDefault(action.ownerId(), "") + " · " + getTranslation("followup.due")
                        + " " + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                        .format(action.dueDate()))
                .close("div");
    }

    private void fact(Markup readout, String termKey, String description) {
        readout.element("dt", null, getTranslation(termKey)).element("dd", null, description);
    }
}
