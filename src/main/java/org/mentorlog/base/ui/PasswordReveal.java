package org.mentorlog.base.ui;

import com.vaadin.flow.component.Component;

/**
 * The eye button of a password field says "Show password" in English whatever the locale, and Flow's
 * {@code PasswordFieldI18n} has no text for it: the web component's {@code i18n.reveal} is set directly.
 */
public final class PasswordReveal {

    private PasswordReveal() {
    }

    /** Translates the reveal button of a password field, or of the password field inside a login form. */
    public static void translate(Component fieldOrForm) {
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
