package org.mentorlog.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentorlog.followup.FollowUpInput;
import org.mentorlog.observation.ObservationInput;

/** Changes a saved log the way a mentor's form would, one field at a time. */
public final class SessionLogBuilder {

    private final SessionLog base;
    private LocalDate date;
    private String purpose;
    private final Set<Long> topics;
    private final List<AttendeeLog> attendees;
    private final List<ObservationInput> observations;
    private final List<FollowUpInput> followUps;
    private int durationMinutes;
    private int unregisteredWomen;
    private int unregisteredMen;
    private SessionFormat format;

    private SessionLogBuilder(SessionLog base) {
        this.base = base;
        this.date = base.date();
        this.purpose = base.purpose();
        this.topics = new LinkedHashSet<>(base.topicIds());
        this.attendees = new ArrayList<>(base.attendees());
        this.observations = new ArrayList<>(base.observations());
        this.followUps = new ArrayList<>(base.followUps());
        this.durationMinutes = base.durationMinutes();
        this.unregisteredWomen = base.unregisteredWomen();
        this.unregisteredMen = base.unregisteredMen();
        this.format = base.format();
    }

    public SessionLogBuilder format(SessionFormat value) {
        this.format = value;
        return this;
    }

    public static SessionLogBuilder from(SessionLog log) {
        return new SessionLogBuilder(log);
    }

    public SessionLogBuilder date(LocalDate value) {
        this.date = value;
        return this;
    }

    public SessionLogBuilder purpose(String value) {
        this.purpose = value;
        return this;
    }

    public SessionLogBuilder minutes(int value) {
        this.durationMinutes = value;
        return this;
    }

    public SessionLogBuilder topic(long topicId) {
        topics.add(topicId);
        return this;
    }

    public SessionLogBuilder present(long traineeId, Map<Long, Integer> ratings) {
        attendees.add(new AttendeeLog(traineeId, AttendanceStatus.PRESENT, null, false, false, true, false, true,
                false, false, null, ratings));
        return this;
    }

    public SessionLogBuilder attendee(AttendeeLog attendee) {
        attendees.add(attendee);
        return this;
    }

    public SessionLogBuilder unregisteredWomen(int count) {
        this.unregisteredWomen = count;
        return this;
    }

    public SessionLogBuilder unregisteredMen(int count) {
        this.unregisteredMen = count;
        return this;
    }

    public SessionLogBuilder observation(ObservationInput observation) {
        observations.add(observation);
        return this;
    }

    public SessionLogBuilder followUp(FollowUpInput followUp) {
        followUps.add(followUp);
        return this;
    }

    public SessionLog build() {
        return new SessionLog(base.id(), base.version(), base.status(), base.leadMentorId(), date, base.startTime(),
                durationMinutes, base.siteId(), format, purpose, topics, base.language(),
                base.coMentorIds(), unregisteredWomen, unregisteredMen, base.unregisteredUnknown(),
                base.genderContent(), base.genderContentNote(), attendees, observations, followUps, null);
    }
}
