package org.mentorlog.mission.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import org.mentorlog.base.DomainException;
import org.mentorlog.base.ui.Messages;

/** A small form in a dialog that stays open, with its values, until the service accepts the save. */
final class FormDialog {

    private FormDialog() {
    }

    static void open(Component owner, String title, FormLayout form, Runnable saveAction, Runnable afterSave) {
        Dialog dialog = new Dialog(title);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        dialog.add(form);
        Button save = new Button(owner.getTranslation("action.save"), click -> {
            try {
                saveAction.run();
                Messages.success(owner, "action.saved");
                afterSave.run();
                dialog.close();
            } catch (DomainException problem) {
                Messages.error(owner, problem);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(owner.getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.setWidth("min(36rem, 100vw)");
        dialog.open();
    }
}
