package org.mentorlog.session.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.util.List;
import org.mentorlog.base.ui.LocalizedDatePicker;
import org.mentorlog.followup.FollowUpInput;
import org.mentorlog.followup.FollowUpLimits;
import org.mentorlog.trainee.TraineeRow;
import org.mentorlog.user.TeamMember;

/** One follow-up action: for which attendee, what, who does it (the mentor by default), by when. */
class FollowUpCard extends Div implements LogCard<FollowUpInput> {

    final Select<TraineeRow> trainee = new Select<>();
    final TextField description = new TextField();
    final Select<TeamMember> owner = new Select<>();
    final DatePicker due = new LocalizedDatePicker();
    Long id;
    private final SessionChoices choices;

    FollowUpCard(int number, SessionChoices choices, LocalDate today, Runnable onRemove) {
        this.choices = choices;
        addClassName("card");
        addClassName("follow-up-card");
        trainee.setLabel(getTranslation("followup.trainee"));
        trainee.setItemLabelGenerator(row -> row == null ? "" : row.label());
        description.setLabel(getTranslation("followup.description"));
        description.setMaxLength(FollowUpLimits.DESCRIPTION_MAX);
        description.setValueChangeMode(ValueChangeMode.LAZY);
        description.setRequiredIndicatorVisible(true);
        owner.setLabel(getTranslation("followup.owner"));
        owner.setItems(choices.colleagues());
        owner.setItemLabelGenerator(member -> member == null ? "" : member.displayName());
        due.setLabel(getTranslation("followup.due"));
        due.setMin(today.minusYears(1));
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> onRemove.run());
        remove.addThemeVariants(ButtonVariant.TERTIARY);
        remove.setAriaLabel(getTranslation("session.follow-up.remove", number));
        FormLayout form = new FormLayout(trainee, description, owner, due);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        form.setColspan(description, 2);
        Div header = new Div(new Div(getTranslation("session.follow-up.title", number)), remove);
        header.addClassName("card-header");
        add(header, form);
    }

    @Override
    public void offerTrainees(List<TraineeRow> attendees) {
        TraineeRow chosen = trainee.getValue();
        trainee.setItems(attendees);
        trainee.setValue(chosen != null && attendees.contains(chosen) ? chosen
                : attendees.isEmpty() ? null : attendees.getFirst());
    }

    @Override
    public void show(FollowUpInput input, List<TraineeRow> attendees) {
        id = input.id();
        trainee.setItems(attendees);
        trainee.setValue(attendees.stream().filter(row -> row.id().equals(input.traineeId())).findFirst()
                .orElse(attendees.isEmpty() ? null : attendees.getFirst()));
        description.setValue(input.description() == null ? "" : input.description());
        owner.setValue(choices.byId(choices.colleagues(), TeamMember::id, input.ownerId()));
        due.setValue(input.dueDate());
    }

    @Override
    public void saved(FollowUpInput value) {
        id = value.id();
    }

    @Override
    public FollowUpInput collect() {
        return new FollowUpInput(id, trainee.getValue() == null ? null : trainee.getValue().id(),
                description.getValue(), owner.getValue() == null ? null : owner.getValue().id(), due.getValue());
    }

    @Override
    public HasValue<?, String> text() {
        return description;
    }

    @Override
    public List<HasValue<?, ?>> fields() {
        return List.of(trainee, description, owner, due);
    }

    @Override
    public void showProblem(String message) {
        description.setInvalid(message != null);
        description.setErrorMessage(message);
    }
}
