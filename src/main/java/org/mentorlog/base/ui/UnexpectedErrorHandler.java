package org.mentorlog.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ErrorHandlerUtil;
import java.io.Serial;
import org.mentorlog.base.DomainException;
import org.mentorlog.base.Incident;

/**
 * What the user sees when a click or another event handler throws: a broken domain rule in her
 * language, as {@link Messages#error} says it; anything else as an incident id, with the exception
 * only in the log. Replaces Vaadin's default handler, which shows the exception's text.
 */
class UnexpectedErrorHandler implements ErrorHandler {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final int INCIDENT_MS = 15_000; // long enough to write the id down

    @Override
    public void error(ErrorEvent event) {
        Throwable thrown = event.getThrowable();
        // A browser that went away mid-request is no incident; Vaadin's own handler ignores these too.
        if (DefaultErrorHandler.SOCKET_EXCEPTIONS.contains(thrown.getClass().getName())) {
            return;
        }
        // Keeps Vaadin's behaviour of showing an error view made for exactly this exception type.
        if (ErrorHandlerUtil.handleErrorByRedirectingToErrorView(thrown)) {
            return;
        }
        UI ui = event.getComponent().flatMap(Component::getUI).orElseGet(UI::getCurrent);
        DomainException broken = domainCause(thrown);
        if (broken != null) {
            show(ui, () -> Messages.error(ui, broken));
            return;
        }
        String incident = Incident.report("An event handler failed", thrown);
        show(ui, () -> {
            Notification notification = Notification.show(ui.getTranslation("error.action-failed", incident),
                    INCIDENT_MS, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.ERROR);
        });
    }

    /** Vaadin and Spring wrap what a listener threw (reflection, proxies); the domain's rule may be inside. */
    private static DomainException domainCause(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DomainException domain) {
                return domain;
            }
        }
        return null;
    }

    /**
     * Through {@code access}, because the handler may also run outside a request of this UI (a task from a
     * background thread); inside a request the notification still goes out with the same response.
     */
    private static void show(UI ui, Runnable notification) {
        if (ui == null) {
            return; // no page to tell: the log has it
        }
        try {
            ui.access(notification::run);
        } catch (UIDetachedException closed) {
            // the tab was closed meanwhile; nobody left to tell
        }
    }
}
