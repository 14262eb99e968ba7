package org.mentorlog.session;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mentorlog.audit.AuditService;
import org.mentorlog.base.DomainException;
import org.mentorlog.followup.FollowUpService;
import org.mentorlog.observation.ObservationService;
import org.mentorlog.security.Account;
import org.mentorlog.security.CurrentAccount;
import org.mentorlog.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Session logs: a mentor writes them in the field app on her tablet, whose changes arrive here to be saved
 * and, once she submits, reviewed. Reads are scoped to the caller's team; only the lead mentor changes a
 * log, and only while it is a draft or was returned to her.
 */
@Service
@Transactional(readOnly = true)
public class SessionService {

    private static final int PURPOSE_SUGGESTIONS = 6;
    private static final int TABLET_DAYS = 60;

    private final TrainingSessionRepository sessions;
    private final SessionReferences references;
    private final ObservationService observations;
    private final FollowUpService followUps;
    private final CurrentAccount currentAccount;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionService(TrainingSessionRepository sessions, SessionReferences references,
                   ObservationService observations, FollowUpService followUps, CurrentAccount currentAccount,
                   AuditService audit, ApplicationEventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.references = references;
        this.observations = observations;
        this.followUps = followUps;
        this.currentAccount = currentAccount;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A log of the caller's team. */
    @PreAuthorize(Roles.HAS_TEAM_MEMBER)
    public SessionLog load(long sessionId) {
        TrainingSession session = ownTeams(sessionId);
        return SessionLogs.of(session, observations.forSession(sessionId), followUps.forSession(sessionId),
                SessionLogs.latestReturnComment(session));
    }

    /**
     * Applies a change a tablet made to one of the mentor's logs, possibly hours ago offline: creates the
     * log the first time its client id is seen, saves it over the version the tablet based the change on,
     * and submits it for review when the mentor submitted on the tablet. The same change sent twice (an
     * answer lost on the way back) is applied once. The log is led by the mentor who sends it, in her team (a
     * new log naming another mentor as its lead was written while she was signed in on the tablet: refused);
     * what it points at must be of her team, and every save and submission goes to the audit trail.
     *
     * @throws DomainException {@code session.error.changed-elsewhere} or {@code session.error.not-editable}
     *                         when the server copy moved on since the tablet read it: nothing is overwritten
     * @throws IncompleteSessionException when it is submitted but incomplete, field by field: nothing is saved
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.MENTOR + "')")
    public TabletLog applyTabletChange(TabletChange change) {
        Account me = currentAccount.require();
        TrainingSession session = sessions.findByClientId(change.clientId()).orElse(null);
        if (session == null) {
            Long writer = change.log().leadMentorId();
            if (writer != null && !writer.equals(me.id())) { // written on a tablet another mentor signed in on
                throw new DomainException("session.error.other-mentor");
            }
            if (change.baseVersion() != null || change.log().siteId() == null) {
                throw new DomainException(change.log().siteId() == null ? "session.error.unknown-site"
                        : "session.error.unknown");
            }
            session = sessions.saveAndFlush(new TrainingSession(me.teamId(), me.id(), change.log().siteId(),
                    LocalDate.now(clock), SessionLimits.DEFAULT_DURATION_MINUTES, SessionFormat.CLASSROOM, "fr",
                    clock.instant(), change.clientId()));
            audit.record("session", session.getId(), "CREATE", "draft from a tablet");
        } else if (session.tookAlready(change.changeId())) {
            requireLeadMentor(session);
            return tabletLog(session);
        } else {
            requireLeadMentor(session);
            if (!session.isEditable()) {
                throw new DomainException("session.error.not-editable");
            }
            if (!change.basedOn(session.getVersion(), session::tookAlready)) {
                throw new DomainException("session.error.changed-elsewhere");
            }
        }
        events.publishEvent(new SessionChanged(session.getId()));
        session.tookChange(change.changeId());
        record(session, change.log());
        if (change.submit()) {
            submit(session);
        }
        return tabletLog(session);
    }

    /**
     * Deletes a draft the mentor deleted on her tablet, possibly offline, with its planned actions, if the
     * server copy is still the one she deleted. A draft already gone (the answer to an earlier try was
     * lost) is no error; a log once submitted is never deleted.
     *
     * @throws DomainException {@code session.error.changed-elsewhere} or {@code session.error.not-editable}
     *                         when the server copy moved on since the tablet read it: nothing is deleted
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.MENTOR + "')")
    public void deleteTabletDraft(String clientId, long version) {
        Optional<TrainingSession> found = sessions.findByClientId(clientId);
        if (found.isEmpty()) {
            return;
        }
        TrainingSession session = found.get();
        requireLeadMentor(session);
        if (!session.isEditable()) {
            throw new DomainException("session.error.not-editable");
        }
        if (session.getVersion() != version) {
            throw new DomainException("session.error.changed-elsewhere");
        }
        if (session.getStatus() != SessionStatus.DRAFT) { // returned to her: it was submitted once, so it stays
            throw new DomainException("session.error.not-editable");
        }
        long sessionId = session.getId();
        events.publishEvent(new SessionChanged(sessionId));
        followUps.syncForSession(sessionId, List.of());
        observations.replaceForSession(sessionId, List.of());
        sessions.delete(session);
        audit.record("session", sessionId, "DELETE", "draft deleted");
    }

    /**
     * The mentor's logs for her tablet: every one she may still change, and the others of the last
     * {@value #TABLET_DAYS} days, newest first.
     */
    @PreAuthorize("hasRole('" + Roles.MENTOR + "')")
    public List<TabletLog> myTabletLogs() {
        return sessions.forTablet(currentAccount.require().id(), LocalDate.now(clock).minusDays(TABLET_DAYS))
                .stream().map(this::tabletLog).toList();
    }

    /** A log of the mentor's team as a tablet knows it, for showing the server copy in a conflict. */
    @PreAuthorize("hasRole('" + Roles.MENTOR + "')")
    public TabletLog tabletLog(String clientId) {
        return sessions.findByClientId(clientId)
                .filter(session -> session.getTeamId().equals(currentAccount.requireTeamId()))
                .map(this::tabletLog)
                .orElseThrow(() -> new DomainException("session.error.unknown"));
    }

    /** The completeness rules, as written once for the server and the tablets. */
    public tools.jackson.databind.JsonNode completenessRules() {
        return CompletenessRules.asJson();
    }

    private TabletLog tabletLog(TrainingSession session) {
        return new TabletLog(session.getClientId(), load(session.getId()));
    }

    private void record(TrainingSession session, SessionLog log) {
        references.check(log);
        session.recordHeader(log, LocalDate.now(clock), clock.instant());
        session.recordAttendance(log.attendees());
        observations.replaceForSession(session.getId(), log.observations());
        followUps.syncForSession(session.getId(), log.followUps());
        sessions.saveAndFlush(session);
        audit.record("session", session.getId(), "SAVE", SessionLogs.auditSummary(session));
    }

    /** Submits a saved log for review, or says, field by field, what is missing. */
    private void submit(TrainingSession session) {
        List<SessionProblem> problems = CompletenessRules.problems(load(session.getId()));
        if (!problems.isEmpty()) {
            throw new IncompleteSessionException(problems);
        }
        session.submit(clock.instant());
        sessions.saveAndFlush(session);
        audit.record("session", session.getId(), "SUBMIT", SessionLogs.auditSummary(session));
    }

    /** The mentor's own earlier purposes, most recent first, to offer while she types. */
    @PreAuthorize(Roles.HAS_TEAM_MEMBER)
    public List<String> myRecentPurposes() {
        return sessions.recentPurposes(currentAccount.require().id(), Pageable.ofSize(PURPOSE_SUGGESTIONS));
    }

    /** One page of the sessions the caller led or co-mentored, newest first unless sorted. */
    @PreAuthorize(Roles.HAS_TEAM_MEMBER)
    public List<MySessionRow> mySessions(SessionFilter filter, Pageable page) {
        Pageable sorted = page.getSort().isSorted() ? page : PageRequest.of(page.getPageNumber(), page.getPageSize(),
                Sort.by(Sort.Order.desc("sessionDate"), Sort.Order.desc("id")));
        return sessions.findMine(currentAccount.require().id(), filter.from(), filter.to(), filter.status(), sorted);
    }

    /** How many sessions "my sessions" holds for the filter. */
    @PreAuthorize(Roles.HAS_TEAM_MEMBER)
    public long countMySessions(SessionFilter filter) {
        return sessions.countMine(currentAccount.require().id(), filter.from(), filter.to(), filter.status());
    }

    /**
     * Sessions and hours each team logged in the last twelve months, for the mission overview.
     * Counts of sessions name nobody, so they need no suppression.
     */
    @PreAuthorize(Roles.HAS_MISSION_READER)
    public List<TeamActivity> activityOfLastTwelveMonths() {
        LocalDate today = LocalDate.now(clock);
        return sessions.activityByTeam(today.minusMonths(12), today);
    }

    private void requireLeadMentor(TrainingSession session) {
        if (!session.getTeamId().equals(currentAccount.requireTeamId())) {
            throw new DomainException("session.error.unknown");
        }
        if (!session.getLeadMentorId().equals(currentAccount.require().id())) {
            throw new DomainException("session.error.not-yours");
        }
    }

    private TrainingSession ownTeams(long sessionId) {
        return sessions.findByIdAndTeamId(sessionId, currentAccount.requireTeamId())
                .orElseThrow(() -> new DomainException("session.error.unknown"));
    }
}
