package org.mentorlog.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.mentorlog.base.DomainException;
import org.mentorlog.base.ui.AppIcon;
import org.mentorlog.base.ui.Messages;
import org.mentorlog.mission.MissionService;
import org.mentorlog.reference.ReferenceService;
import org.mentorlog.security.Account;
import org.mentorlog.security.CurrentAccount;
import org.mentorlog.security.Role;
import org.mentorlog.security.Roles;
import org.mentorlog.session.ReviewService;
import org.mentorlog.session.SessionLog;
import org.mentorlog.session.SessionService;
import org.mentorlog.trainee.TraineeService;
import org.mentorlog.user.UserService;

/**
 * One log of the team, to read. Logs are written in the field app, which works offline
 * (docs/decisions/0014-offline-field-app.md): the mentor who may still change this one is sent there.
 */
@Route("session")
@RolesAllowed({Roles.MENTOR, Roles.TEAM_LEADER})
class SessionView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final SessionService sessions;
    private final ReviewService reviews;
    private final TraineeService trainees;
    private final SessionChoices choices;
    private final Account me;
    private final Clock clock;

    SessionView(SessionService sessions, ReviewService reviews, TraineeService trainees, MissionService missions,
                ReferenceService reference, UserService users, CurrentAccount currentAccount, Clock clock) {
        this.sessions = sessions;
        this.reviews = reviews;
        this.trainees = trainees;
        this.me = currentAccount.require();
        this.clock = clock;
        this.choices = SessionChoices.load(missions, reference, users, getLocale());
        addClassName("page");
        addClassName("session-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long sessionId) {
        removeAll();
        SessionLog log;
        try {
            log = sessions.load(sessionId);
        } catch (DomainException problem) {
            Messages.error(this, problem);
            event.forwardTo(MySessionsView.class);
            return;
        }
        // The way back on a tablet whose menu is folded away (and, on a read-only log, the one control for the keyboard).
        RouterLink back = new RouterLink(getTranslation("session.back"), MySessionsView.class);
        back.addClassName("back-link");
        add(back);
        boolean mine = log.editable() && me.role() == Role.MENTOR && me.id().equals(log.leadMentorId());
        if (log.returnComment() != null) {
            add(banner("returned-banner", getTranslation("session.banner.returned"), new Div(log.returnComment())));
        }
        if (mine) {
            Button edit = new Button(getTranslation("session.edit-on-tablet"), AppIcon.TABLET.create(),
                    click -> getUI().ifPresent(ui -> ui.getPage().setLocation("field?session=" + log.id())));
            edit.addThemeVariants(ButtonVariant.PRIMARY);
            add(edit);
        } else {
            add(banner("info-banner", getTranslation("session.banner.read-only." + log.status().name())));
        }
        add(SessionReadout.of(log, choices, trainees, reviews, clock.getZone()));
    }

    private static Span banner(String className, String text, Div... details) {
        Span banner = new Span(text);
        banner.add(details);
        banner.addClassNames("banner", className);
        return banner;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("session.title");
    }
}
