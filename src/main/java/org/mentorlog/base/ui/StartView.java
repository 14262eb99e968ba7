package org.mentorlog.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.mentorlog.security.CurrentAccount;

/** Sends each role to where its work starts. */
@Route("")
@PermitAll
class StartView extends Div implements BeforeEnterObserver {

    private final CurrentAccount currentAccount;

    StartView(CurrentAccount currentAccount) {
        this.currentAccount = currentAccount;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(switch (currentAccount.require().role()) {
            case MENTOR -> "sessions";
            case TEAM_LEADER -> "trainees";
            case HQ_ANALYST -> "mission";
            case ADMIN -> "admin/missions";
        });
    }
}
