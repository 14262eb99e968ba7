package org.mentorlog.session.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentorlog.reference.ReferenceOption;
import org.mentorlog.session.AttendanceStatus;
import org.mentorlog.session.AttendeeLog;
import org.mentorlog.session.SessionLimits;
import org.mentorlog.trainee.TraineeRow;

/**
 * One attendee: present, absent or late; the role held with its two flags (defaults from the role,
 * editable); quick quality toggles; a rating 1–4 per session topic with the rubric words; a note.
 */
class AttendeeCard extends Div {

    enum Quality { SPOKE, LED, HANDS_ON, ADMIN_ONLY, INTERRUPTED }

    final TraineeRow trainee;
    final RadioButtonGroup<AttendanceStatus> status = new RadioButtonGroup<>();
    final Select<ReferenceOption> role = new Select<>();
    final Checkbox authority = new Checkbox();
    final Checkbox nonTraditional = new Checkbox();
    final CheckboxGroup<Quality> quality = new CheckboxGroup<>();
    final TextField evidence = new TextField();
    final Map<Long, RadioButtonGroup<Integer>> ratings = new LinkedHashMap<>();
    private final Div participation = new Div();
    private final Div ratingRows = new Div();
    private final SessionChoices choices;

    AttendeeCard(TraineeRow trainee, SessionChoices choices, Runnable onRemove) {
        this.trainee = trainee;
        this.choices = choices;
        addClassName("card");
        addClassName("attendee-card");
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> onRemove.run());
        remove.addThemeVariants(ButtonVariant.TERTIARY);
        remove.setAriaLabel(getTranslation("session.attendee.remove", trainee.code()));
        Div header = new Div(new H4(trainee.label()), remove);
        header.addClassName("card-header");

        status.setItems(AttendanceStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("session.attendance." + value.name()));
        status.setAriaLabel(getTranslation("session.attendance.status", trainee.code()));
        status.addValueChangeListener(event -> participation.setVisible(event.getValue() != AttendanceStatus.ABSENT));
        role.setLabel(getTranslation("session.role"));
        role.setItems(SessionChoices.offered(choices.roles(), List.of()));
        role.setItemLabelGenerator(value -> value == null ? getTranslation("session.role.none") : value.label());
        role.setEmptySelectionCaption(getTranslation("session.role.none"));
        role.setEmptySelectionAllowed(true);
        role.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                authority.setValue(event.getValue() != null && event.getValue().positionOfAuthority());
                nonTraditional.setValue(event.getValue() != null && event.getValue().nonTraditional());
            }
        });
        authority.setLabel(getTranslation("session.role.authority"));
        nonTraditional.setLabel(getTranslation("session.role.non-traditional"));
        quality.setLabel(getTranslation("session.quality"));
        quality.setItems(Quality.values());
        quality.setItemLabelGenerator(value -> getTranslation("session.quality." + value.name()));
        quality.addClassName("toggles");
        evidence.setLabel(getTranslation("session.evidence"));
        evidence.setMaxLength(SessionLimits.EVIDENCE_NOTE_MAX);
        evidence.setValueChangeMode(ValueChangeMode.LAZY);
        evidence.setWidthFull();
        ratingRows.addClassName("ratings");
        Div roleRow = new Div(role, authority, nonTraditional);
        roleRow.addClassName("role-row");
        participation.add(roleRow, quality, ratingRows, evidence);
        add(header, status, participation);
    }

    /** Rating rows for exactly these topics, keeping levels already chosen. */
    void showTopics(List<ReferenceOption> topics, Runnable onChange) {
        Map<Long, Integer> kept = levels();
        ratings.clear();
        ratingRows.removeAll();
        for (ReferenceOption topic : topics) {
            RadioButtonGroup<Integer> levels = new RadioButtonGroup<>(topic.code() + " " + topic.label());
            levels.setItems(1, 2, 3, 4);
            levels.setItemLabelGenerator(level -> level + " " + getTranslation("session.rating." + level));
            levels.setValue(kept.get(topic.id()));
            levels.addValueChangeListener(event -> onChange.run());
            ratings.put(topic.id(), levels);
            ratingRows.add(levels);
        }
    }

    void show(AttendeeLog log) {
        status.setValue(log.status());
        participation.setVisible(log.attended());
        if (log.roleId() != null) {
            role.setItems(SessionChoices.offered(choices.roles(), List.of(log.roleId())));
        }
        role.setValue(choices.byId(choices.roles(), ReferenceOption::id, log.roleId()));
        authority.setValue(log.positionOfAuthority());
        nonTraditional.setValue(log.nonTraditionalRole());
        Set<Quality> flags = EnumSet.noneOf(Quality.class);
        if (log.spokeOrAsked()) {
            flags.add(Quality.SPOKE);
        }
        if (log.ledTask()) {
            flags.add(Quality.LED);
        }
        if (log.handsOn()) {
            flags.add(Quality.HANDS_ON);
        }
        if (log.adminOnly()) {
            flags.add(Quality.ADMIN_ONLY);
        }
        if (log.interrupted()) {
            flags.add(Quality.INTERRUPTED);
        }
        quality.setValue(flags);
        evidence.setValue(log.evidenceNote() == null ? "" : log.evidenceNote());
        ratings.forEach((topicId, levels) -> levels.setValue(log.ratings().get(topicId)));
    }

    AttendeeLog collect() {
        Set<Quality> flags = quality.getValue();
        return new AttendeeLog(trainee.id(), status.getValue(), role.getValue() == null ? null : role.getValue().id(),
                authority.getValue(), nonTraditional.getValue(), flags.contains(Quality.SPOKE),
                flags.contains(Quality.LED), flags.contains(Quality.HANDS_ON), flags.contains(Quality.ADMIN_ONLY),
                flags.contains(Quality.INTERRUPTED), evidence.getValue(), levels());
    }

    List<HasValue<?, ?>> fields() {
        List<HasValue<?, ?>> fields = new ArrayList<>(List.of(status, role, authority, nonTraditional, quality, evidence));
        fields.addAll(ratings.values());
        return fields;
    }

    private Map<Long, Integer> levels() {
        Map<Long, Integer> levels = new LinkedHashMap<>();
        ratings.forEach((topicId, group) -> {
            if (group.getValue() != null) {
                levels.put(topicId, group.getValue());
            }
        });
        return levels;
    }
}
