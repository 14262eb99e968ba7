package org.mentorlog.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.mentorlog.audit.AuditService;
import org.mentorlog.base.DomainException;
import org.mentorlog.base.PlainText;
import org.mentorlog.security.CurrentAccount;
import org.mentorlog.security.Roles;
import org.mentorlog.trainee.TraineeRow;
import org.mentorlog.trainee.TraineeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each mentee's progress over time, and the flags that tell a team leader whom to follow up. */
@Service
@Transactional(readOnly = true)
public class ProgressService {

    public static final int NOTE_MAX = 2000;

    private final OverviewQuery overview;
    private final MenteeQuery mentee;
    private final TraineeService trainees;
    private final CurrentAccount currentAccount;
    private final AuditService audit;
    private final Clock clock;
    private final int authorityWindow;

    ProgressService(OverviewQuery overview, MenteeQuery mentee, TraineeService trainees,
                    CurrentAccount currentAccount, AuditService audit, Clock clock,
                    @Value("${mentorlog.progress.authority-window:5}") int authorityWindow) {
        this.overview = overview;
        this.mentee = mentee;
        this.trainees = trainees;
        this.currentAccount = currentAccount;
        this.audit = audit;
        this.clock = clock;
        this.authorityWindow = authorityWindow;
    }

    /** One page of the team's active trainees with their figures and flags. */
    @PreAuthorize(Roles.HAS_LEADER)
    public List<TraineeProgressRow> overview(OverviewFilter filter, Pageable page) {
        return overview.page(currentAccount.requireTeamId(), filter, page, LocalDate.now(clock), clock.getZone(),
                authorityWindow);
    }

    /** The number of recent exercises the "no position of authority" flag looks at. */
    public int authorityWindow() {
        return authorityWindow;
    }

    /** Everything about one mentee of the leader's team. */
    @PreAuthorize(Roles.HAS_LEADER)
    public MenteeProgress mentee(long traineeId) {
        TraineeRow trainee = ownTrainee(traineeId);
        return new MenteeProgress(trainee, mentee.attendance(traineeId), mentee.ratings(traineeId),
                mentee.observations(traineeId), mentee.actions(traineeId, LocalDate.now(clock)),
                mentee.notes(traineeId));
    }

    /** Adds the leader's own note about a mentee. */
    @Transactional
    @PreAuthorize(Roles.HAS_LEADER)
    public void addNote(long traineeId, String text) {
        ownTrainee(traineeId);
        String note = text == null ? "" : PlainText.cleanMultiline(text);
        if (note.isEmpty()) {
            throw new DomainException("progress.error.note-required");
        }
        if (note.length() > NOTE_MAX) {
            throw new DomainException("progress.error.note-too-long", NOTE_MAX);
        }
        long id = mentee.addNote(traineeId, currentAccount.require().id(), clock.instant(), note);
        audit.record("trainee_note", id, "CREATE", "trainee=" + traineeId + ", length=" + note.length());
    }

    /** How many notes the leaders wrote about the trainees of these teams. */
    @PreAuthorize(Roles.HAS_ADMIN)
    public int countNotes(Collection<Long> teamIds) {
        return teamIds.isEmpty() ? 0 : mentee.noteIdsOfTeams(teamIds).size();
    }

    /**
     * Deletes, for good, the leaders' notes about the trainees of these teams (free text, so it may name
     * them), and audits each deletion. Joins the caller's transaction.
     *
     * @return how many notes were deleted
     */
    @Transactional
    @PreAuthorize(Roles.HAS_ADMIN)
    public int eraseNotes(Collection<Long> teamIds) {
        List<Long> notes = teamIds.isEmpty() ? List.of() : mentee.noteIdsOfTeams(teamIds);
        if (notes.isEmpty()) {
            return 0;
        }
        int deleted = mentee.deleteNotes(notes);
        notes.forEach(id -> audit.record("trainee_note", id, "DELETE", "retention: mission ended"));
        return deleted;
    }

    private TraineeRow ownTrainee(long traineeId) {
        return trainees.ownTrainees(List.of(traineeId)).stream().findFirst()
                .orElseThrow(() -> new DomainException("trainee.error.unknown"));
    }
}
