package org.mentorlog.user.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.mentorlog.security.Account;
import org.mentorlog.security.CurrentAccount;
import org.springframework.stereotype.Component;

/**
 * While a user's password is one an administrator set, every page she opens takes her to
 * {@link ChangePasswordView} instead: the administrator knows that password, so nothing else is shown
 * until the user has chosen her own.
 */
@Component
class ForcedPasswordChange implements VaadinServiceInitListener {

    private final CurrentAccount currentAccount;

    ForcedPasswordChange(CurrentAccount currentAccount) {
        this.currentAccount = currentAccount;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::redirect));
    }

    private void redirect(BeforeEnterEvent event) {
        if (event.getNavigationTarget() == ChangePasswordView.class || event.isErrorEvent()) {
            return;
        }
        if (currentAccount.find().map(Account::mustChangePassword).orElse(false)) {
            event.forwardTo(ChangePasswordView.class);
        }
    }
}
