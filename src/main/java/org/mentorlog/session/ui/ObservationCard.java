package org.mentorlog.session.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.stream.Collectors;
import org.mentorlog.observation.Approach;
import org.mentorlog.observation.NormSource;
import org.mentorlog.observation.ObservationInput;
import org.mentorlog.observation.ObservationLimits;
import org.mentorlog.observation.Polarity;
import org.mentorlog.reference.ReferenceKind;
import org.mentorlog.reference.ReferenceOption;
import org.mentorlog.trainee.TraineeRow;

/** One observation on women's participation, optionally about one attendee. */
class ObservationCard extends Div implements LogCard<ObservationInput> {

    final RadioButtonGroup<Approach> approach = new RadioButtonGroup<>();
    final Select<ReferenceOption> area = new Select<>();
    final RadioButtonGroup<Polarity> polarity = new RadioButtonGroup<>();
    final Select<NormSource> source = new Select<>();
    final MultiSelectComboBox<ReferenceOption> tags = new MultiSelectComboBox<>();
    final Select<TraineeRow> trainee = new Select<>();
    final TextArea note = new TextArea();
    private final Span harassmentWarning = new Span();
    private final Span problem = new Span();
    private final SessionChoices choices;

    ObservationCard(int number, SessionChoices choices, Runnable onRemove) {
        this.choices = choices;
        addClassName("card");
        addClassName("observation-card");
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> onRemove.run());
        remove.addThemeVariants(ButtonVariant.TERTIARY);
        remove.setAriaLabel(getTranslation("session.observation.remove", number));
        Div header = new Div(new H4(getTranslation("session.observation.title", number)), remove);
        header.addClassName("card-header");

        approach.setLabel(getTranslation("observation.approach"));
        approach.setItems(Approach.values());
        approach.setItemLabelGenerator(value -> getTranslation("observation.approach." + value.name()));
        approach.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(value -> new Div(
                new Span(getTranslation("observation.approach." + value.name())),
                explanation("observation.approach." + value.name() + ".explained"))));
        area.setLabel(getTranslation("observation.area"));
        area.setItems(SessionChoices.offered(choices.areas(), List.of()));
        area.setItemLabelGenerator(value -> value == null ? "" : value.label());
        polarity.setLabel(getTranslation("observation.polarity"));
        polarity.setItems(Polarity.values());
        polarity.setItemLabelGenerator(value -> getTranslation("observation.polarity." + value.name()));
        source.setLabel(getTranslation("observation.source"));
        source.setItems(NormSource.values());
        source.setItemLabelGenerator(value -> value == null ? "" : getTranslation("observation.source." + value.name()));
        source.setEmptySelectionAllowed(true);
        tags.setLabel(getTranslation("observation.tags"));
        tags.setItems(SessionChoices.offered(choices.tags(), List.of()));
        tags.setItemLabelGenerator(tag -> getTranslation("observation.tag-kind." + tag.kind().name()) + ": " + tag.label());
        tags.addValueChangeListener(event -> harassmentWarning.setVisible(flagsHarassment()));
        harassmentWarning.setText(getTranslation("observation.harassment-warning"));
        harassmentWarning.addClassName("warning");
        harassmentWarning.setVisible(false);
        trainee.setLabel(getTranslation("observation.trainee"));
        trainee.setEmptySelectionAllowed(true);
        trainee.setEmptySelectionCaption(getTranslation("observation.trainee.none"));
        trainee.setItemLabelGenerator(row -> row == null ? getTranslation("observation.trainee.none") : row.label());
        note.setLabel(getTranslation("observation.note"));
        note.setMaxLength(ObservationLimits.NOTE_MAX);
        note.setValueChangeMode(ValueChangeMode.LAZY);
        problem.addClassName("problem");
        problem.setVisible(false);

        FormLayout form = new FormLayout(approach, area, polarity, source, tags, harassmentWarning, trainee, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        form.setColspan(approach, 2);
        form.setColspan(tags, 2);
        form.setColspan(harassmentWarning, 2);
        form.setColspan(note, 2);
        add(header, problem, form);
    }

    private Span explanation(String key) {
        Span line = new Span(getTranslation(key));
        line.addClassName("explanation");
        return line;
    }

    private boolean flagsHarassment() {
        return tags.getValue().stream().anyMatch(tag -> tag.kind() == ReferenceKind.BARRIER
                && SessionChoices.HARASSMENT.equals(tag.code()));
    }

    @Override
    public void offerTrainees(List<TraineeRow> attendees) {
        TraineeRow chosen = trainee.getValue();
        trainee.setItems(attendees);
        trainee.setValue(chosen != null && attendees.contains(chosen) ? chosen : null);
    }

    @Override
    public void show(ObservationInput input, List<TraineeRow> attendees) {
        approach.setValue(input.approach());
        if (input.mowipAreaId() != null) {
            area.setItems(SessionChoices.offered(choices.areas(), List.of(input.mowipAreaId())));
        }
        area.setValue(choices.byId(choices.areas(), ReferenceOption::id, input.mowipAreaId()));
        polarity.setValue(input.polarity());
        source.setValue(input.normSource());
        tags.setItems(SessionChoices.offered(choices.tags(), input.tagIds()));
        tags.setValue(choices.tags().stream().filter(t -> input.tagIds().contains(t.id())).collect(Collectors.toSet()));
        trainee.setItems(attendees);
        trainee.setValue(attendees.stream().filter(row -> row.id().equals(input.traineeId())).findFirst().orElse(null));
        note.setValue(input.note() == null ? "" : input.note());
    }

    @Override
    public ObservationInput collect() {
        return new ObservationInput(approach.getValue(), area.getValue() == null ? null : area.getValue().id(),
                polarity.getValue(), source.getValue(),
                tags.getValue().stream().map(ReferenceOption::id).collect(Collectors.toSet()), note.getValue(),
                trainee.getValue() == null ? null : trainee.getValue().id());
    }

    @Override
    public HasValue<?, String> text() {
        return note;
    }

    @Override
    public List<HasValue<?, ?>> fields() {
        return List.of(approach, area, polarity, source, tags, trainee, note);
    }

    @Override
    public void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(message != null);
    }
}
