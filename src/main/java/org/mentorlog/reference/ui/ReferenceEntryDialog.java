package org.mentorlog.reference.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.mentorlog.base.DomainException;
import org.mentorlog.base.ui.Messages;
import org.mentorlog.reference.NewReferenceEntry;
import org.mentorlog.reference.ReferenceAdministration;
import org.mentorlog.reference.ReferenceEntry;
import org.mentorlog.reference.ReferenceEntryChanges;
import org.mentorlog.reference.ReferenceKind;
import org.mentorlog.reference.ReferenceLimits;

/**
 * Adds an entry to a list or edits one, and retires or restores it. The service checks every rule;
 * a refused save keeps the dialog open with what was typed and says what to change.
 */
class ReferenceEntryDialog extends Dialog {

    private final ReferenceAdministration administration;
    private final ReferenceKind kind;
    private final ReferenceEntry existing;
    private final Runnable onSaved;
    private final TextField code = new TextField();
    private final TextField labelEn = labelField("reference.label-en");
    private final TextField labelFr = labelField("reference.label-fr");
    private final TextField labelNb = labelField("reference.label-nb");
    private final Checkbox authority = new Checkbox();
    private final Checkbox nonTraditional = new Checkbox();

    ReferenceEntryDialog(ReferenceAdministration administration, ReferenceKind kind, String kindLabel,
                         ReferenceEntry existing, Runnable onSaved) {
        this.administration = administration;
        this.kind = kind;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(existing == null ? getTranslation("reference.dialog.new", kindLabel)
                : getTranslation("reference.dialog.edit", existing.code()));
        configureFields();
        FormLayout form = new FormLayout(code, labelEn, labelFr, labelNb, authority, nonTraditional);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(code, 2);
        form.setColspan(labelEn, 2);
        form.setColspan(labelFr, 2);
        form.setColspan(labelNb, 2);
        add(form);
        addButtons();
        setWidth("min(40rem, 100vw)");
    }

    private void configureFields() {
        code.setLabel(getTranslation("reference.code"));
        code.setMaxLength(ReferenceLimits.CODE_MAX);
        code.setRequiredIndicatorVisible(true);
        boolean roles = kind == ReferenceKind.SESSION_ROLE;
        authority.setLabel(getTranslation("reference.position-of-authority"));
        authority.setHelperText(getTranslation("reference.flags.helper"));
        authority.setVisible(roles);
        nonTraditional.setLabel(getTranslation("reference.non-traditional"));
        nonTraditional.setVisible(roles);
        if (existing == null) {
            code.setHelperText(getTranslation("reference.code.helper"));
        } else {
            code.setValue(existing.code());
            code.setReadOnly(true);
            code.setHelperText(getTranslation("reference.code.fixed"));
            labelEn.setValue(existing.labelEn());
            labelFr.setValue(existing.labelFr());
            labelNb.setValue(existing.labelNb());
            authority.setValue(existing.positionOfAuthority());
            nonTraditional.setValue(existing.nonTraditional());
        }
    }

    private TextField labelField(String key) {
        TextField field = new TextField(getTranslation(key));
        field.setMaxLength(ReferenceLimits.LABEL_MAX);
        field.setRequiredIndicatorVisible(true);
        return field;
    }

    private void addButtons() {
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        if (existing != null) {
            boolean active = existing.active();
            Button toggle = new Button(getTranslation(active ? "reference.deactivate" : "reference.reactivate"),
                    click -> setActive(!active));
            if (active) {
                toggle.addThemeVariants(ButtonVariant.ERROR);
            }
            getFooter().add(toggle);
        }
        getFooter().add(cancel, save);
    }

    private void save() {
        try {
            ReferenceEntry saved = existing == null
                    ? administration.add(new NewReferenceEntry(kind, code.getValue(), labelEn.getValue(),
                    labelFr.getValue(), labelNb.getValue(), authority.getValue(), nonTraditional.getValue()))
                    : administration.update(existing.id(), new ReferenceEntryChanges(existing.version(),
                    labelEn.getValue(), labelFr.getValue(), labelNb.getValue(), authority.getValue(),
                    nonTraditional.getValue()));
            Messages.success(this, "reference.saved", saved.code());
            onSaved.run();
            close();
        } catch (DomainException problem) {
            Messages.error(this, problem);
        }
    }

    private void setActive(boolean active) {
        try {
            administration.setActive(existing.id(), existing.version(), active);
            Messages.success(this, active ? "reference.reactivated" : "reference.deactivated", existing.code());
            onSaved.run();
            close();
        } catch (DomainException problem) {
            Messages.error(this, problem);
        }
    }
}
