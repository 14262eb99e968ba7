package org.mentorlog.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentorlog.audit.AuditService;
import org.mentorlog.base.DomainException;
import org.mentorlog.security.Account;
import org.mentorlog.security.CurrentAccount;
import org.mentorlog.security.Role;
import org.mentorlog.security.Roles;
import org.mentorlog.trainee.TraineeChanged;
import org.mentorlog.trainee.TraineeRow;
import org.mentorlog.trainee.TraineeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Follow-up actions per trainee: planned in a session log, then worked through by their owners. */
@Service
@Transactional(readOnly = true)
public class FollowUpService {

    private final FollowUpActionRepository actions;
    private final TraineeService trainees;
    private final CurrentAccount currentAccount;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FollowUpService(FollowUpActionRepository actions, TraineeService trainees, CurrentAccount currentAccount,
                    AuditService audit, ApplicationEventPublisher events, Clock clock) {
        this.actions = actions;
        this.trainees = trainees;
        this.currentAccount = currentAccount;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The actions planned in a session. */
    @PreAuthorize(Roles.HAS_TEAM_MEMBER)
    public List<FollowUpInput> forSession(long sessionId) {
        return actions.findBySessionIdOrderById(sessionId).stream().map(FollowUpAction::toInput).toList();
    }

    /**
     * Brings a session's actions in line with the mentor's list, inside her save: new ones are
     * created, changed ones updated while still open, removed ones deleted unless already closed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize(Roles.HAS_TEAM_MEMBER)
    public void syncForSession(long sessionId, List<FollowUpInput> inputs) {
        Map<Long, FollowUpAction> existing = actions.findBySessionIdOrderById(sessionId).stream()
                .collect(Collectors.toMap(FollowUpAction::getId, Function.identity()));
        Set<Long> kept = inputs.stream().map(FollowUpInput::id).filter(id -> id != null).collect(Collectors.toSet());
        existing.values().stream()
                .filter(action -> !kept.contains(action.getId()) && !action.getStatus().isClosed())
                .forEach(actions::delete);
        for (FollowUpInput input : inputs) {
            FollowUpAction action = input.id() == null ? null : existing.get(input.id());
            if (action == null) {
                actions.save(new FollowUpAction(sessionId, input, clock.instant()));
            } else {
                action.plan(input);
            }
        }
    }

    /** The signed-in user's actions still to do, overdue first. */
    @PreAuthorize(Roles.HAS_TEAM_MEMBER)
    public List<MyFollowUp> myOpenActions() {
        LocalDate today = LocalDate.now(clock);
        List<FollowUpAction> open = actions.findOpenOf(currentAccount.require().id(), today,
                FollowUpStatus.toDoNames());
        Map<Long, String> labels = trainees.ownTrainees(open.stream().map(FollowUpAction::getTraineeId).toList())
                .stream().collect(Collectors.toMap(TraineeRow::id, TraineeRow::label));
        return open.stream()
                .filter(action -> labels.containsKey(action.getTraineeId()))
                .map(action -> new MyFollowUp(action.getId(), action.getVersion(), action.getTraineeId(),
                        labels.get(action.getTraineeId()), action.getDescription(), action.getDueDate(),
                        action.getStatus(), action.isOverdue(today)))
                .toList();
    }

    /** Marks an action done with its outcome. */
    @Transactional
    @PreAuthorize(Roles.HAS_TEAM_MEMBER)
    public void markDone(long actionId, long version, String outcome) {
        close(actionId, version, FollowUpStatus.DONE, outcome);
    }

    /** Cancels an action, with the reason. */
    @Transactional
    @PreAuthorize(Roles.HAS_TEAM_MEMBER)
    public void cancel(long actionId, long version, String reason) {
        close(actionId, version, FollowUpStatus.CANCELLED, reason);
    }

    private void close(long actionId, long version, FollowUpStatus closing, String text) {
        FollowUpAction action = actions.findById(actionId)
                .orElseThrow(() -> new DomainException("followup.error.unknown"));
        Account account = currentAccount.require();
        boolean mayClose = account.id().equals(action.getOwnerId()) || account.role() == Role.TEAM_LEADER;
        if (!mayClose || trainees.ownTrainees(List.of(action.getTraineeId())).isEmpty()) {
            throw new DomainException("followup.error.unknown");
        }
        if (action.getVersion() != version) {
            throw new DomainException("error.concurrent-change");
        }
        action.close(closing, text, LocalDate.now(clock));
        // A cancelled one stops counting for her sessions before it.
        events.publishEvent(new TraineeChanged(action.getTraineeId(), action.getCreatedAt()));
        audit.record("follow_up_action", actionId, closing.name(), "status=" + closing + ", due=" + action.getDueDate());
    }
}
