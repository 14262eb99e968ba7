package org.mentorlog.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * The connection indicator that Vaadin shows when the server cannot be reached speaks the user's
 * language: Flow passes the reconnect dialog's texts to the indicator as its "reconnecting" and
 * "offline" texts; the short "online" notice is set on the indicator itself.
 */
@Component
class ConnectionTexts implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> translate(init.getUI()));
    }

    private static void translate(UI ui) {
        ui.getReconnectDialogConfiguration().setDialogText(ui.getTranslation("connection.reconnecting"));
        ui.getReconnectDialogConfiguration().setDialogTextGaveUp(ui.getTranslation("connection.offline"));
        ui.getPage().executeJs("const indicator = window.Vaadin && window.Vaadin.connectionIndicator;"
                // A status message: screen readers announce it, and it needs no landmark around it.
                + " if (indicator) { indicator.onlineText = $0; indicator.setAttribute('role', 'status'); }",
                ui.getTranslation("connection.online"));
    }
}
