package org.mentorlog.trainee.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.function.Consumer;
import org.mentorlog.base.DomainException;
import org.mentorlog.base.ui.Messages;
import org.mentorlog.trainee.Agency;
import org.mentorlog.trainee.RankBand;
import org.mentorlog.trainee.Sex;
import org.mentorlog.trainee.TraineeDetails;
import org.mentorlog.trainee.TraineeLimits;
import org.mentorlog.trainee.TraineeRow;
import org.mentorlog.trainee.TraineeService;

/**
 * Adds a trainee (the system makes the code) or lets a team leader correct or deactivate one. On a
 * refused save the dialog stays open with everything typed.
 */
public class TraineeDialog extends Dialog {

    private final TraineeService trainees;
    private final TraineeRow existing;
    private final Consumer<TraineeRow> onSaved;
    private final Binder<TraineeForm> binder = new Binder<>();
    private final TraineeForm form;

    /**
     * @param existing the trainee to edit, or null to register a new one
     * @param onSaved  told about the saved trainee
     */
    public TraineeDialog(TraineeService trainees, TraineeRow existing, boolean mayEdit, Consumer<TraineeRow> onSaved) {
        this.trainees = trainees;
        this.existing = existing;
        this.onSaved = onSaved;
        this.form = existing == null ? new TraineeForm() : TraineeForm.of(existing.details());
        setHeaderTitle(existing == null ? getTranslation("trainee.dialog.new")
                : getTranslation("trainee.dialog.edit", existing.code()));
        add(fields());
        binder.readBean(form);
        binder.setReadOnly(existing != null && !mayEdit);
        addButtons(mayEdit);
        setWidth("min(40rem, 100vw)");
    }

    private FormLayout fields() {
        TextField name = new TextField(getTranslation("trainee.name"));
        name.setMaxLength(TraineeLimits.NAME_MAX);
        name.setHelperText(getTranslation("trainee.name.helper"));
        binder.forField(name)
                .withValidator(new StringLengthValidator(
                        getTranslation("validation.too-long", TraineeLimits.NAME_MAX), 0, TraineeLimits.NAME_MAX))
                .bind(TraineeForm::getFullName, TraineeForm::setFullName);

        RadioButtonGroup<Sex> sex = new RadioButtonGroup<>(getTranslation("trainee.sex"));
        sex.setItems(Sex.values());
        sex.setItemLabelGenerator(value -> Messages.label(this, "trainee.sex", value));
        binder.forField(sex).asRequired(getTranslation("validation.required"))
                .bind(TraineeForm::getSex, TraineeForm::setSex);

        Select<Agency> agency = new Select<>();
        agency.setLabel(getTranslation("trainee.agency"));
        agency.setItems(Agency.values());
        agency.setItemLabelGenerator(value -> Messages.label(this, "trainee.agency", value));
        binder.forField(agency).asRequired(getTranslation("validation.required"))
                .bind(TraineeForm::getAgency, TraineeForm::setAgency);

        Select<RankBand> rank = new Select<>();
        rank.setLabel(getTranslation("trainee.rank"));
        rank.setItems(RankBand.values());
        rank.setItemLabelGenerator(value -> Messages.label(this, "trainee.rank", value));
        binder.forField(rank).asRequired(getTranslation("validation.required"))
                .bind(TraineeForm::getRankBand, TraineeForm::setRankBand);

        TextField unit = new TextField(getTranslation("trainee.unit-type"));
        unit.setMaxLength(TraineeLimits.UNIT_TYPE_MAX);
        binder.forField(unit)
                .withValidator(new StringLengthValidator(
                        getTranslation("validation.too-long", TraineeLimits.UNIT_TYPE_MAX), 0,
                        TraineeLimits.UNIT_TYPE_MAX))
                .bind(TraineeForm::getUnitType, TraineeForm::setUnitType);

        FormLayout layout = new FormLayout(name, sex, agency, rank, unit);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        layout.setColspan(name, 2);
        layout.setColspan(sex, 2);
        return layout;
    }

    private void addButtons(boolean mayEdit) {
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        if (existing != null && !mayEdit) {
            getFooter().add(cancel);
            return;
        }
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        if (existing != null) {
            Button toggle = new Button(getTranslation(existing.active() ? "trainee.deactivate" : "trainee.reactivate"),
                    click -> toggleActive());
            toggle.addThemeVariants(existing.active() ? ButtonVariant.ERROR : ButtonVariant.TERTIARY);
            getFooter().add(toggle);
        }
        getFooter().add(cancel, save);
    }

    private void save() {
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        TraineeDetails details = form.toDetails();
        try {
            TraineeRow saved = existing == null ? trainees.register(details)
                    : trainees.update(existing.id(), existing.version(), details);
            Messages.success(this, existing == null ? "trainee.saved.new" : "trainee.saved", saved.code());
            onSaved.accept(saved);
            close();
        } catch (DomainException problem) {
            Messages.error(this, problem);
        }
    }

    private void toggleActive() {
        try {
            TraineeRow saved = trainees.setActive(existing.id(), existing.version(), !existing.active());
            Messages.success(this, saved.active() ? "trainee.reactivated" : "trainee.deactivated", saved.code());
            onSaved.accept(saved);
            close();
        } catch (DomainException problem) {
            Messages.error(this, problem);
        }
    }
}
