package org.mentorlog.session.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.mentorlog.base.DomainException;
import org.mentorlog.base.ui.Messages;
import org.mentorlog.security.Roles;
import org.mentorlog.session.SessionService;

/** "Log a session": starts a draft at once, so that everything typed from the first tap is saved. */
@Route("session/new")
@Menu(title = "session.menu.new", order = 1, icon = "vaadin:plus-circle")
@RolesAllowed(Roles.MENTOR)
class NewSessionView extends Div implements BeforeEnterObserver {

    private final SessionService sessions;

    NewSessionView(SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            event.forwardTo(SessionEditorView.class, sessions.startDraft().id());
        } catch (DomainException problem) {
            // A team without sites cannot hold a session yet: say so where her sessions are listed.
            Messages.error(this, problem);
            event.forwardTo(MySessionsView.class);
        }
    }
}
