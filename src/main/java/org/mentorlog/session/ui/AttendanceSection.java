package org.mentorlog.session.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mentorlog.reference.ReferenceOption;
import org.mentorlog.session.AttendeeLog;
import org.mentorlog.session.SessionLimits;
import org.mentorlog.session.SessionLog;
import org.mentorlog.trainee.TraineeRow;
import org.mentorlog.trainee.TraineeService;
import org.mentorlog.trainee.ui.TraineeDialog;

/** Who was there: registered trainees picked by code or name, plus a head-count of the others. */
class AttendanceSection extends Div {

    final ComboBox<TraineeRow> picker = new ComboBox<>();
    final IntegerField women = headcount("session.unregistered.women");
    final IntegerField men = headcount("session.unregistered.men");
    final IntegerField unknown = headcount("session.unregistered.unknown");
    final Map<Long, AttendeeCard> cards = new LinkedHashMap<>();
    private final Div cardList = new Div();
    private final Span problem = new Span();
    private final SessionChoices choices;
    private final LocalCopy copy;
    private final Runnable onChange;
    private List<ReferenceOption> topics = List.of();

    AttendanceSection(TraineeService trainees, SessionChoices choices, LocalCopy copy, Runnable onChange) {
        this.choices = choices;
        this.copy = copy;
        this.onChange = onChange;
        addClassName("attendance");
        picker.setLabel(getTranslation("session.attendance.add"));
        picker.setPlaceholder(getTranslation("trainee.search.placeholder"));
        picker.setItems(query -> trainees.search(query.getFilter().orElse(""), false,
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        picker.setItemLabelGenerator(TraineeRow::label);
        picker.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                add(event.getValue());
                picker.clear();
            }
        });
        Button newTrainee = new Button(getTranslation("trainee.add"), VaadinIcon.PLUS.create(),
                click -> new TraineeDialog(trainees, null, false, this::add).open());
        Div pickerRow = new Div(picker, newTrainee);
        pickerRow.addClassName("picker-row");
        problem.addClassName("problem");
        problem.setVisible(false);
        cardList.addClassName("card-list");
        Div headcounts = new Div(women, men, unknown);
        headcounts.addClassName("headcounts");
        copy.track("unregistered.women", women, String::valueOf, Integer::valueOf);
        copy.track("unregistered.men", men, String::valueOf, Integer::valueOf);
        copy.track("unregistered.unknown", unknown, String::valueOf, Integer::valueOf);
        add(pickerRow, problem, cardList, new Span(getTranslation("session.unregistered")), headcounts);
    }

    private IntegerField headcount(String key) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setMin(0);
        field.setMax(SessionLimits.HEADCOUNT_MAX);
        String outOfRange = getTranslation("session.error.headcount", SessionLimits.HEADCOUNT_MAX);
        field.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(outOfRange).setMaxErrorMessage(outOfRange));
        field.setStepButtonsVisible(true);
        field.setValue(0);
        return field;
    }

    /** Adds a trainee as present (or just scrolls to her card when she is already there). */
    void add(TraineeRow trainee) {
        if (!cards.containsKey(trainee.id())) {
            addCard(trainee, AttendeeLog.present(trainee.id()));
            onChange.run();
        }
        cards.get(trainee.id()).scrollIntoView();
    }

    private void addCard(TraineeRow trainee, AttendeeLog log) {
        AttendeeCard card = new AttendeeCard(trainee, choices, () -> remove(trainee.id()));
        card.showTopics(topics, onChange);
        card.show(log);
        card.fields().forEach(field -> field.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                onChange.run();
            }
        }));
        copy.track("attendee." + trainee.id() + ".evidence", card.evidence);
        cards.put(trainee.id(), card);
        cardList.add(card);
    }

    private void remove(Long traineeId) {
        AttendeeCard card = cards.remove(traineeId);
        cardList.remove(card);
        copy.untrackPrefix("attendee." + traineeId + ".");
        onChange.run();
    }

    void show(SessionLog log, List<TraineeRow> known, List<ReferenceOption> sessionTopics) {
        this.topics = sessionTopics;
        cards.clear();
        cardList.removeAll();
        copy.untrackPrefix("attendee.");
        Map<Long, TraineeRow> byId = new LinkedHashMap<>();
        known.forEach(row -> byId.put(row.id(), row));
        log.attendees().forEach(attendee -> Optional.ofNullable(byId.get(attendee.traineeId()))
                .ifPresent(row -> addCard(row, attendee)));
        women.setValue(log.unregisteredWomen());
        men.setValue(log.unregisteredMen());
        unknown.setValue(log.unregisteredUnknown());
    }

    void showTopics(List<ReferenceOption> sessionTopics) {
        if (sessionTopics.equals(topics)) {
            return;
        }
        this.topics = sessionTopics;
        cards.values().forEach(card -> card.showTopics(sessionTopics, onChange));
    }

    List<AttendeeLog> attendees() {
        return cards.values().stream().map(AttendeeCard::collect).toList();
    }

    /** Trainees on the attendance list, for observation and follow-up pickers. */
    List<TraineeRow> trainees() {
        return cards.values().stream().map(card -> card.trainee).toList();
    }

    List<HasValue<?, ?>> fields() {
        List<HasValue<?, ?>> fields = new ArrayList<>(List.of(picker, women, men, unknown));
        cards.values().forEach(card -> fields.addAll(card.fields()));
        return fields;
    }

    static int count(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(message != null);
    }
}
