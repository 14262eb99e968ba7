package org.mentorlog.security.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import org.mentorlog.security.SessionEnded;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    LoginView() {
        addClassName("login-view");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(translatedTexts());
        add(login);
    }

    private LoginI18n translatedTexts() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("app.name"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username-required"));
        error.setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean failed = parameters.containsKey("error");
        boolean expired = !failed && parameters.containsKey("expired");
        SessionEnded.Reason ended = failed || expired ? null : takeEndedNotice();
        if (ended != null) {
            // Her session was ended by an administrator's change: say so, or she would think it a glitch.
            showNotice("login.ended.title", ended.messageKey());
        } else if (expired) {
            showNotice("login.expired.title", "login.expired.message");
        }
        login.setError(failed || expired || ended != null);
    }

    private void showNotice(String titleKey, String messageKey) {
        LoginI18n i18n = translatedTexts();
        i18n.getErrorMessage().setTitle(getTranslation(titleKey));
        i18n.getErrorMessage().setMessage(getTranslation(messageKey));
        login.setI18n(i18n);
    }

    /**
     * Why the previous session was ended, told once. The page she had open is forgotten: after signing
     * in again she starts where her role now starts, not on a page her account may no longer open.
     */
    private static SessionEnded.Reason takeEndedNotice() {
        VaadinSession vaadinSession = VaadinSession.getCurrent();
        WrappedSession session = vaadinSession == null ? null : vaadinSession.getSession();
        if (session != null && session.getAttribute(SessionEnded.NOTICE) instanceof SessionEnded.Reason reason) {
            session.removeAttribute(SessionEnded.NOTICE);
            session.removeAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
            session.removeAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE);
            if (VaadinServletRequest.getCurrent() != null) {
                new HttpSessionRequestCache().removeRequest(VaadinServletRequest.getCurrent(),
                        VaadinServletResponse.getCurrent());
            }
            return reason;
        }
        return null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
