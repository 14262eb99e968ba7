package org.mentorlog.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.access.AccessDeniedException;

/**
 * A service refused the user while her page was opening (its {@code @PreAuthorize}, or an account
 * disabled meanwhile). That is no incident: she is answered as Vaadin answers a view whose annotation
 * refuses her, with the not-found page, rather than with an error page and an incident id.
 */
@AnonymousAllowed
class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        event.rerouteToError(NotFoundException.class);
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
