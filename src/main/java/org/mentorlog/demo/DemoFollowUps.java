package org.mentorlog.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.mentorlog.demo.DemoSetup.Trainee;

/**
 * Follow-up actions, about one for every second session, owned by the session's lead mentor. Actions
 * already due are mostly done, some late, a few cancelled; the rest are still open or in progress.
 */
final class DemoFollowUps {

    /** The overdue list is worth showing whatever the seed gives, so each team has at least this many. */
    private static final int OVERDUE_OPEN_AT_LEAST = 6;

    private static final String FOLLOW_UP_SQL = """
            insert into follow_up_action (trainee_id, session_id, description, owner_id, due_date, status,
                outcome, closed_date, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private record Proposal(long traineeId, long sessionId, long ownerId, LocalDate sessionDate, LocalDate due,
                            OffsetDateTime createdAt, String description) {
    }

    private record Closure(String status, String outcome, LocalDate closedDate) {

        static final Closure OPEN = new Closure("OPEN", null, null);
        static final Closure IN_PROGRESS = new Closure("IN_PROGRESS", null, null);
    }

    private final DemoWriter writer;
    private final DemoRandom dice;
    private final LocalDate today;
    private final List<Proposal> proposals = new ArrayList<>();

    DemoFollowUps(DemoWriter writer, DemoRandom dice, LocalDate today) {
        this.writer = writer;
        this.dice = dice;
        this.today = today;
    }

    /** Sometimes proposes an action for one of the trainees who were there, more often a woman. */
    void propose(long sessionId, List<Trainee> there, long ownerId, LocalDate sessionDate, OffsetDateTime createdAt) {
        if (there.isEmpty() || !dice.chance(0.5)) {
            return;
        }
        List<Trainee> women = there.stream().filter(Trainee::woman).toList();
        Trainee trainee = !women.isEmpty() && dice.chance(0.5) ? dice.pick(women) : dice.pick(there);
        LocalDate due = sessionDate.plusDays(dice.between(14, 42));
        proposals.add(new Proposal(trainee.id(), sessionId, ownerId, sessionDate, due, createdAt,
                dice.pick(DemoText.FOLLOW_UP_ACTIONS)));
    }

    /** Writes the proposals of one team with their state as of today, and starts afresh for the next. */
    void writeProposals() {
        List<Closure> closures = new ArrayList<>();
        proposals.forEach(proposal -> closures.add(closure(proposal)));
        keepEnoughOverdue(closures);
        for (int i = 0; i < proposals.size(); i++) {
            Proposal proposal = proposals.get(i);
            Closure closure = closures.get(i);
            writer.later(FOLLOW_UP_SQL, proposal.traineeId(), proposal.sessionId(), proposal.description(),
                    proposal.ownerId(), proposal.due(), closure.status(), closure.outcome(), closure.closedDate(),
                    proposal.createdAt());
        }
        proposals.clear();
    }

    private Closure closure(Proposal proposal) {
        double roll = dice.fraction();
        if (!proposal.due().isBefore(today)) {
            return roll < 0.55 ? Closure.OPEN
                    : roll < 0.90 ? Closure.IN_PROGRESS
                    : done(proposal, proposal.sessionDate().plusDays(dice.between(3, 14)));
        }
        if (roll < 0.78) {
            boolean onTime = dice.chance(0.7);
            return done(proposal, onTime ? proposal.due().minusDays(dice.between(0, 10))
                    : proposal.due().plusDays(dice.between(1, 21)));
        }
        if (roll < 0.85) {
            return new Closure("CANCELLED", dice.pick(DemoText.CANCEL_REASONS),
                    closedDate(proposal, proposal.sessionDate().plusDays(dice.between(7, 30))));
        }
        return roll < 0.95 ? Closure.OPEN : Closure.IN_PROGRESS;
    }

    private Closure done(Proposal proposal, LocalDate closed) {
        return new Closure("DONE", dice.pick(DemoText.DONE_OUTCOMES), closedDate(proposal, closed));
    }

    /** Closed after the session and not in the future. */
    private LocalDate closedDate(Proposal proposal, LocalDate wanted) {
        LocalDate earliest = proposal.sessionDate().plusDays(1);
        LocalDate latest = today.isBefore(earliest) ? earliest : today;
        return wanted.isBefore(earliest) ? earliest : wanted.isAfter(latest) ? latest : wanted;
    }

    /** Reopens the most recently due actions until the team has enough open and overdue ones. */
    private void keepEnoughOverdue(List<Closure> closures) {
        long overdue = 0;
        for (int i = 0; i < proposals.size(); i++) {
            if (isOverdueOpen(proposals.get(i), closures.get(i))) {
                overdue++;
            }
        }
        for (int i = proposals.size() - 1; i >= 0 && overdue < OVERDUE_OPEN_AT_LEAST; i--) {
            if (proposals.get(i).due().isBefore(today) && !Closure.OPEN.equals(closures.get(i))) {
                closures.set(i, Closure.OPEN);
                overdue++;
            }
        }
    }

    private boolean isOverdueOpen(Proposal proposal, Closure closure) {
        return Closure.OPEN.equals(closure) && proposal.due().isBefore(today);
    }
}
