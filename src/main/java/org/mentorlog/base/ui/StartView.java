package org.mentorlog.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.mentorlog.security.CurrentAccount;

/** Sends each role to where its work starts: a mentor to the field app, which works offline too. */
@Route("")
@PermitAll
class StartView extends Div implements BeforeEnterObserver {

    private final CurrentAccount currentAccount;

    StartView(CurrentAccount currentAccount) {
        this.currentAccount = currentAccount;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        switch (currentAccount.require().role()) {
            // The field app runs in the browser, outside Flow's router: the page itself goes there.
            case MENTOR -> event.getUI().getPage().setLocation("field");
            case TEAM_LEADER -> event.forwardTo("trainees");
            case HQ_ANALYST -> event.forwardTo("mission");
            case ADMIN -> event.forwardTo("admin/missions");
        }
    }
}
