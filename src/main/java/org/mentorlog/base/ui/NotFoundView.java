package org.mentorlog.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Replaces Vaadin's {@code RouteNotFoundError}, which in development mode lists every route of the
 * application. Vaadin also sends a signed-in user here when a view's access annotation refuses her, so
 * the page never tells whether the address exists.
 */
@AnonymousAllowed
class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("error.not-found.title", "error.not-found.text", null);
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
