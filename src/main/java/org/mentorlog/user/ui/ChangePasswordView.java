package org.mentorlog.user.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.mentorlog.base.DomainException;
import org.mentorlog.base.ui.Messages;
import org.mentorlog.base.ui.PasswordReveal;
import org.mentorlog.security.CurrentAccount;
import org.mentorlog.user.UserLimits;
import org.mentorlog.user.UserService;

/**
 * Every signed-in user changes her own password here (from the user panel of the menu). After an
 * administrator set her password, every page sends her here until she has chosen her own.
 */
@Route(ChangePasswordView.ROUTE)
@PermitAll
public class ChangePasswordView extends Main implements HasDynamicTitle {

    /** The path, for the menu's user panel, which does not import features. */
    public static final String ROUTE = "account/password";

    private final UserService users;
    private final PasswordField current = new PasswordField();
    private final PasswordField replacement = new PasswordField();
    private final PasswordField repeated = new PasswordField();

    ChangePasswordView(UserService users, CurrentAccount currentAccount) {
        this.users = users;
        addClassName("page");
        if (currentAccount.require().mustChangePassword()) {
            Paragraph notice = new Paragraph(getTranslation("account.password.must-change"));
            notice.addClassName("warning");
            add(notice);
        }
        current.setLabel(getTranslation("account.password.current"));
        replacement.setLabel(getTranslation("account.password.new"));
        replacement.setHelperText(getTranslation("account.password.helper", users.passwordMinLength()));
        repeated.setLabel(getTranslation("account.password.repeat"));
        for (PasswordField field : new PasswordField[] {current, replacement, repeated}) {
            field.setMaxLength(UserLimits.PASSWORD_MAX);
            field.setRequiredIndicatorVisible(true);
            PasswordReveal.translate(field);
        }
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        replacement.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeated.setAutocomplete(Autocomplete.NEW_PASSWORD);
        FormLayout form = new FormLayout(current, replacement, repeated);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("30rem");
        Button change = new Button(getTranslation("account.password.change"), click -> change());
        change.addThemeVariants(ButtonVariant.PRIMARY);
        add(form, change);
    }

    private void change() {
        try {
            if (!replacement.getValue().equals(repeated.getValue())) {
                throw new DomainException("account.password.mismatch");
            }
            users.changeOwnPassword(current.getValue(), replacement.getValue());
            Messages.success(this, "account.password.changed");
            UI.getCurrent().navigate("");
        } catch (DomainException problem) {
            Messages.error(this, problem);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.password.title");
    }
}
