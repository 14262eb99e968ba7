package org.mentorlog.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.mentorlog.base.Incident;

/**
 * Replaces Vaadin's {@code InternalServerError}, which shows the exception and, in development mode,
 * its stack trace: a page that failed to open shows an incident id, and the exception goes to the log.
 */
// Open to anyone, like Vaadin's own error views: it must render whoever hit the failure, and it says
// nothing about the failure beyond the incident id.
@AnonymousAllowed
class UnexpectedErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String incident = Incident.report("Opening '" + event.getLocation().getPath() + "' failed",
                parameter.getException());
        show("error.unexpected.title", "error.unexpected.text", incident);
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }
}
