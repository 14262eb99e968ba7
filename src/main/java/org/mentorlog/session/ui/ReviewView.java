package org.mentorlog.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.mentorlog.base.DomainException;
import org.mentorlog.base.ui.Messages;
import org.mentorlog.mission.MissionService;
import org.mentorlog.reference.ReferenceService;
import org.mentorlog.security.Roles;
import org.mentorlog.session.ReviewService;
import org.mentorlog.session.SessionLimits;
import org.mentorlog.session.SessionLog;
import org.mentorlog.session.SessionService;
import org.mentorlog.session.SessionStatus;
import org.mentorlog.trainee.TraineeService;
import org.mentorlog.user.UserService;

/** One submitted log for the leader to read, then approve or return with a comment. */
@Route("review")
@RolesAllowed(Roles.TEAM_LEADER)
class ReviewView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final SessionService sessions;
    private final ReviewService reviews;
    private final TraineeService trainees;
    private final SessionChoices choices;
    private final Clock clock;

    ReviewView(SessionService sessions, ReviewService reviews, TraineeService trainees, MissionService missions,
               ReferenceService reference, UserService users, Clock clock) {
        this.sessions = sessions;
        this.reviews = reviews;
        this.trainees = trainees;
        this.clock = clock;
        this.choices = SessionChoices.load(missions, reference, users, getLocale());
        addClassName("page");
        addClassName("review-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long sessionId) {
        removeAll();
        SessionLog log;
        try {
            log = sessions.load(sessionId);
        } catch (DomainException problem) {
            Messages.error(this, problem);
            event.forwardTo(ReviewQueueView.class);
            return;
        }
        add(SessionReadout.of(log, choices, trainees, reviews, clock.getZone()));
        if (log.status() == SessionStatus.SUBMITTED) {
            add(decision(log));
        }
    }

    private Div decision(SessionLog log) {
        TextArea comment = new TextArea(getTranslation("review.comment"));
        comment.setHelperText(getTranslation("review.comment.helper"));
        comment.setMaxLength(SessionLimits.REVIEW_COMMENT_MAX);
        comment.setWidthFull();
        Button approve = new Button(getTranslation("review.approve"), click -> decide(() -> {
            reviews.approve(log.id(), log.version());
            Messages.success(this, "review.approved");
        }, comment));
        approve.addThemeVariants(ButtonVariant.PRIMARY);
        Button giveBack = new Button(getTranslation("review.return"), click -> decide(() -> {
            reviews.returnToMentor(log.id(), log.version(), comment.getValue());
            Messages.success(this, "review.returned");
        }, comment));
        Div buttons = new Div(giveBack, approve);
        buttons.addClassName("row-actions");
        Div decision = new Div(comment, buttons);
        decision.addClassName("decision");
        return decision;
    }

    private void decide(Runnable action, TextArea comment) {
        try {
            action.run();
            getUI().ifPresent(ui -> ui.navigate(ReviewQueueView.class));
        } catch (DomainException problem) {
            comment.setErrorMessage(getTranslation(problem.messageKey(), problem.arguments()));
            comment.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title");
    }
}
