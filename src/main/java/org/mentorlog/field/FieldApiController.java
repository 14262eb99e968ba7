package org.mentorlog.field;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.mentorlog.base.ChosenLanguage;
import org.mentorlog.base.DomainException;
import org.mentorlog.base.Languages;
import org.mentorlog.followup.FollowUpService;
import org.mentorlog.mission.MissionService;
import org.mentorlog.mission.TeamInfo;
import org.mentorlog.reference.ReferenceService;
import org.mentorlog.security.Account;
import org.mentorlog.security.CurrentAccount;
import org.mentorlog.session.IncompleteSessionException;
import org.mentorlog.session.SessionLog;
import org.mentorlog.session.SessionService;
import org.mentorlog.session.TabletChange;
import org.mentorlog.session.TabletLog;
import org.mentorlog.trainee.PossibleDuplicateException;
import org.mentorlog.trainee.TraineeDetails;
import org.mentorlog.trainee.TraineeRow;
import org.mentorlog.trainee.TraineeService;
import org.mentorlog.user.UserService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the field app on a mentor's tablet talks to when it has a connection: one read of everything it
 * keeps offline, and the changes its outbox sends. A browser session of a signed-in mentor with the CSRF
 * token of the snapshot (security chain in {@code FieldSecurityConfiguration}). Every change goes through
 * the same services as the server-side views, with their team scoping, validation and audit trail: the
 * tablet is never trusted.
 */
@RestController
@RequestMapping("/field-api")
class FieldApiController {

    private final SessionService sessions;
    private final TraineeService trainees;
    private final FollowUpService followUps;
    private final MissionService missions;
    private final ReferenceService references;
    private final UserService users;
    private final CurrentAccount currentAccount;
    private final I18NProvider i18n;
    private final Clock clock;

    FieldApiController(SessionService sessions, TraineeService trainees, FollowUpService followUps,
                       MissionService missions, ReferenceService references, UserService users,
                       CurrentAccount currentAccount, I18NProvider i18n, Clock clock) {
        this.sessions = sessions;
        this.trainees = trainees;
        this.followUps = followUps;
        this.missions = missions;
        this.references = references;
        this.users = users;
        this.currentAccount = currentAccount;
        this.i18n = i18n;
        this.clock = clock;
    }

    @GetMapping("/snapshot")
    FieldSnapshot snapshot(HttpServletRequest request) {
        Account me = currentAccount.require();
        Locale language = Languages.closestTo(ChosenLanguage.of(request));
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String teamName = missions.myTeam().map(TeamInfo::name).orElse("");
        ReferenceService.LogLists lists = references.logLists(language);
        return new FieldSnapshot(
                new FieldSnapshot.Me(me.id(), me.username(), me.displayName(), me.teamId(), teamName,
                        language.toLanguageTag()),
                LocalDate.now(clock), csrf.getHeaderName(), csrf.getToken(), missions.mySites(),
                lists.topics(), lists.roles(), lists.areas(), lists.observationTags(), users.myTeamMembers(),
                trainees.wholeRegister(), followUps.myOpenActions(), sessions.myRecentPurposes(),
                sessions.myTabletLogs(), sessions.completenessRules(), FieldMessages.of(language));
    }

    /** Whether the server can be reached; any answer will do, so nothing is read. */
    @RequestMapping(path = "/ping", method = RequestMethod.HEAD)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void ping() {
        // The answer itself is the information.
    }

    /** One change of one log from the tablet's outbox; answers the server copy as it is now. */
    @PutMapping("/logs/{clientId}")
    TabletLog change(@PathVariable String clientId, @RequestBody LogChange change) {
        return sessions.applyTabletChange(new TabletChange(clientId, change.changeId(), change.baseVersion(),
                change.previousChangeId(), change.log(), change.submit()));
    }

    /** A draft the mentor deleted on the tablet, as it was at {@code version}. */
    @DeleteMapping("/logs/{clientId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String clientId, @RequestParam long version) {
        sessions.deleteTabletDraft(clientId, version);
    }

    /** The server copy of one of the team's logs, shown next to the tablet's in a conflict. */
    @GetMapping("/logs/{clientId}")
    TabletLog serverCopy(@PathVariable String clientId) {
        return sessions.tabletLog(clientId);
    }

    /** A trainee the mentor added on the tablet; answers her place on the register, with her code. */
    @PutMapping("/trainees/{clientId}")
    TraineeRow addTrainee(@PathVariable String clientId, @RequestBody NewTrainee trainee) {
        return trainees.registerFromTablet(clientId, trainee.details(), trainee.confirmedNew());
    }

    /** A follow-up the mentor marked done on the tablet. */
    @PostMapping("/follow-ups/{actionId}/done")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void done(@PathVariable long actionId, @RequestBody Done done) {
        followUps.markDone(actionId, done.version(), done.outcome());
    }

    /** The log moved on meanwhile on the server: the tablet shows both copies and lets the mentor choose. */
    @ExceptionHandler(DomainException.class)
    ResponseEntity<Problem> refused(DomainException problem, HttpServletRequest request) {
        Problem body = new Problem(problem.messageKey(), text(request, problem.messageKey(), problem.arguments()),
                List.of(), List.of());
        boolean conflict = List.of("session.error.changed-elsewhere", "session.error.not-editable")
                .contains(problem.messageKey());
        return ResponseEntity.status(conflict ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST).body(body);
    }

    @ExceptionHandler(IncompleteSessionException.class)
    ResponseEntity<Problem> incomplete(IncompleteSessionException problem, HttpServletRequest request) {
        List<FieldProblem> problems = problem.problems().stream()
                .map(p -> new FieldProblem(p.field(), p.messageKey(), text(request, p.messageKey())))
                .toList();
        return ResponseEntity.unprocessableContent()
                .body(new Problem(problem.messageKey(), text(request, problem.messageKey(), problem.arguments()),
                        problems, List.of()));
    }

    @ExceptionHandler(PossibleDuplicateException.class)
    ResponseEntity<Problem> possibleDuplicate(PossibleDuplicateException problem, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new Problem(problem.messageKey(),
                text(request, problem.messageKey()), List.of(), problem.candidates()));
    }

    private String text(HttpServletRequest request, String key, Object... arguments) {
        return i18n.getTranslation(key, Languages.closestTo(ChosenLanguage.of(request)), arguments);
    }

    record LogChange(String changeId, Long baseVersion, String previousChangeId, boolean submit, SessionLog log) {
    }

    record NewTrainee(TraineeDetails details, boolean confirmedNew) {
    }

    record Done(long version, String outcome) {
    }

    record FieldProblem(String field, String messageKey, String message) {
    }

    /**
     * Why a change was not taken: a message in the mentor's language, and where it applies the fields to
     * complete or the trainees she may have meant.
     */
    record Problem(String messageKey, String message, List<FieldProblem> problems, List<TraineeRow> candidates) {
    }
}
