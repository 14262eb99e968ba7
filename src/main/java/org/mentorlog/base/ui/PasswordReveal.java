package org.mentorlog.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The eye button of a password field says "Show password" in English whatever the locale, and Flow's
 * {@code PasswordFieldI18n} has no text for it: the web component's {@code i18n.reveal} is set directly.
 * Password fields and login forms on a page are translated after each navigation (so the login view, in
 * security, needs no dependency on base); a field that appears later, in a dialog, calls
 * {@link #translate}.
 */
@Component
public class PasswordReveal implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.addAfterNavigationListener(navigation -> descendants(ui)
                    .filter(c -> c instanceof PasswordField || c instanceof LoginForm)
                    .forEach(PasswordReveal::translate));
        });
    }

    private static Stream<com.vaadin.flow.component.Component> descendants(com.vaadin.flow.component.Component root) {
        return root.getChildren().flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
    }

    /** Translates the reveal button of a password field, or of the password field inside a login form. */
    public static void translate(com.vaadin.flow.component.Component fieldOrForm) {
        fieldOrForm.getElement().executeJs("""
                const host = this;
                const apply = attempt => {
                    const field = host.localName === 'vaadin-password-field'
                        ? host : host.querySelector('vaadin-password-field');
                    if (field) {
                        field.i18n = {...field.i18n, reveal: $0};
                    } else if (attempt < 50) {
                        setTimeout(() => apply(attempt + 1), 100); // a login form renders its fields later
                    }
                };
                customElements.whenDefined(host.localName).then(() => host.updateComplete).then(() => apply(0));
                """, fieldOrForm.getTranslation("password.reveal"));
    }
}
