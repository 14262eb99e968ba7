package org.mentorlog.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeLeaveEvent;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * What the bar says about the last save. "Draft saved at …" only ever follows a save the server
 * confirmed; after a failed one it says what failed and offers to try again.
 */
class SaveState extends Div {

    private final Span text = new Span();
    private final Button retry;
    private boolean confirmed = true;

    SaveState(Runnable tryAgain) {
        addClassName("save-status");
        text.addClassName("save-state");
        text.getElement().setAttribute("aria-live", "polite");
        retry = new Button(getTranslation("session.save.retry"), click -> tryAgain.run());
        retry.addThemeVariants(ButtonVariant.TERTIARY);
        retry.setVisible(false);
        add(text, retry);
    }

    /** A fresh form: nothing typed, nothing to say. */
    void reset() {
        show("", false, true);
    }

    void saved(LocalTime at) {
        show(getTranslation("session.saved-at",
                at.format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale()))), false, true);
    }

    /** The server refused what is on screen; the message says what to change. */
    void refused(String message) {
        show(getTranslation("session.not-saved", message), true, false);
    }

    /** The save did not happen for a reason the mentor cannot fix (database, server): she may try again. */
    void failed() {
        show(getTranslation("session.not-saved", getTranslation("session.save.failed")), true, false);
        retry.setVisible(true);
    }

    /** Whether the server holds what the form shows, as far as the last save attempt tells. */
    boolean confirmed() {
        return confirmed;
    }

    /**
     * Holds a navigation away from a form whose last changes the server does not have, and lets the
     * mentor choose: stay and fix it, or leave (the tablet keeps the changes and offers them back).
     */
    void askBeforeLeaving(BeforeLeaveEvent event) {
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("session.leave.title"));
        dialog.setText(getTranslation("session.leave.text", text.getText()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("session.leave.stay"));
        dialog.setConfirmText(getTranslation("session.leave.go"));
        dialog.addConfirmListener(confirm -> leave.proceed());
        dialog.open();
    }

    private void show(String message, boolean error, boolean saved) {
        text.setText(message);
        text.setClassName("error", error);
        retry.setVisible(false);
        confirmed = saved;
    }
}
