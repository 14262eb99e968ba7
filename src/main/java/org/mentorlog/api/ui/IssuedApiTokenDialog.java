package org.mentorlog.api.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.mentorlog.api.IssuedApiToken;
import org.mentorlog.base.ui.AppIcon;
import org.mentorlog.base.ui.Messages;

/**
 * Shows a new token, the only time anyone sees it: read-only and selected on focus so it copies
 * easily, with a warning that it cannot be shown again. Closing needs the Done button, so a stray
 * tap beside the dialog cannot lose the token.
 */
class IssuedApiTokenDialog extends Dialog {

    IssuedApiTokenDialog(IssuedApiToken issued) {
        setHeaderTitle(getTranslation("api-token.issued.title", issued.row().name()));
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        Paragraph warning = new Paragraph(getTranslation("api-token.issued.warning"));
        warning.addClassName("warning");
        TextField token = new TextField(getTranslation("api-token.issued.token"));
        token.setValue(issued.token());
        token.setReadOnly(true);
        token.setAutoselect(true);
        token.setWidthFull();
        Button copy = new Button(getTranslation("api-token.copy"), AppIcon.COPY.create(), click ->
                token.getElement().executeJs("return navigator.clipboard.writeText($0)", issued.token())
                        .then(done -> Messages.success(this, "api-token.copied")));
        add(warning, token, copy, new Paragraph(getTranslation("api-token.issued.usage")));
        Button done = new Button(getTranslation("api-token.done"), click -> close());
        done.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(done);
        setWidth("min(40rem, 100vw)");
    }
}
