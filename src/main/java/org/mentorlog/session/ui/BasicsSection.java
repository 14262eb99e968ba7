package org.mentorlog.session.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorlog.base.ui.LocalizedDatePicker;
import org.mentorlog.mission.SiteInfo;
import org.mentorlog.reference.ReferenceOption;
import org.mentorlog.session.SessionFormat;
import org.mentorlog.session.SessionLimits;
import org.mentorlog.session.SessionLog;
import org.mentorlog.user.TeamMember;

/** When, where, what for: the first part of the log. */
class BasicsSection extends FormLayout {

    static final List<String> LANGUAGES = List.of("fr", "en", "bm", "other");

    final DatePicker date = new LocalizedDatePicker();
    final TimePicker start = new TimePicker();
    final IntegerField duration = new IntegerField();
    final Select<SiteInfo> site = new Select<>();
    final RadioButtonGroup<SessionFormat> format = new RadioButtonGroup<>();
    final TextArea purpose = new TextArea();
    final MultiSelectComboBox<ReferenceOption> topics = new MultiSelectComboBox<>();
    final Select<String> language = new Select<>();
    final MultiSelectComboBox<TeamMember> coMentors = new MultiSelectComboBox<>();
    final Checkbox genderContent = new Checkbox();
    final TextField genderNote = new TextField();
    private final Div purposeSuggestions = new Div();
    private final SessionChoices choices;

    BasicsSection(SessionChoices choices, List<String> earlierPurposes, Long me, LocalDate today, LocalCopy copy) {
        this.choices = choices;
        date.setLabel(getTranslation("session.date"));
        date.setMax(today);
        date.setMin(today.minusYears(SessionLimits.OLDEST_YEARS));
        date.setRequired(true);
        // The picker checks these bounds itself; its red frame must say why, in the domain's words.
        date.setI18n(new DatePicker.DatePickerI18n()
                .setMaxErrorMessage(getTranslation("session.error.date-future"))
                .setMinErrorMessage(getTranslation("session.error.date-too-old", SessionLimits.OLDEST_YEARS))
                .setRequiredErrorMessage(getTranslation("session.error.date-required")));
        start.setLabel(getTranslation("session.start"));
        start.setStep(Duration.ofMinutes(15));
        duration.setLabel(getTranslation("session.duration"));
        duration.setSuffixComponent(new Div(getTranslation("session.duration.unit")));
        duration.setMin(15);
        duration.setMax(SessionLimits.DURATION_MAX_MINUTES);
        duration.setStep(15);
        duration.setStepButtonsVisible(true);
        site.setLabel(getTranslation("session.site"));
        site.setItems(choices.sites());
        site.setItemLabelGenerator(value -> value == null ? "" : value.name());
        format.setLabel(getTranslation("session.format"));
        format.setItems(SessionFormat.values());
        format.setItemLabelGenerator(value -> getTranslation("session.format." + value.name()));
        purpose.setLabel(getTranslation("session.purpose"));
        purpose.setHelperText(getTranslation("session.purpose.helper"));
        purpose.setMaxLength(SessionLimits.PURPOSE_MAX);
        purpose.setValueChangeMode(ValueChangeMode.LAZY);
        purpose.setRequiredIndicatorVisible(true);
        topics.setLabel(getTranslation("session.topics"));
        topics.setItems(SessionChoices.offered(choices.topics(), List.of()));
        topics.setItemLabelGenerator(topic -> topic.code() + " " + topic.label());
        topics.setRequiredIndicatorVisible(true);
        language.setLabel(getTranslation("session.language"));
        language.setItems(LANGUAGES);
        language.setItemLabelGenerator(code -> getTranslation("session.language." + code));
        coMentors.setLabel(getTranslation("session.co-mentors"));
        coMentors.setItems(choices.colleagues().stream().filter(member -> !member.id().equals(me)).toList());
        coMentors.setItemLabelGenerator(TeamMember::displayName);
        genderContent.setLabel(getTranslation("session.gender-content"));
        genderNote.setLabel(getTranslation("session.gender-content.note"));
        genderNote.setMaxLength(SessionLimits.GENDER_NOTE_MAX);
        genderNote.setValueChangeMode(ValueChangeMode.LAZY);
        genderContent.addValueChangeListener(event -> genderNote.setVisible(event.getValue()));
        showSuggestions(earlierPurposes);

        copy.track("purpose", purpose);
        copy.track("genderNote", genderNote);
        copy.track("date", date, LocalDate::toString, LocalDate::parse);
        copy.track("start", start, LocalTime::toString, LocalTime::parse);
        copy.track("duration", duration, String::valueOf, Integer::valueOf);

        add(date, start, duration, site, format, purpose, purposeSuggestions, topics, language, coMentors,
                genderContent, genderNote);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40rem", 3));
        setColspan(format, 3);
        setColspan(purpose, 3);
        setColspan(purposeSuggestions, 3);
        setColspan(topics, 3);
        setColspan(coMentors, 2);
        setColspan(genderNote, 2);
    }

    private void showSuggestions(List<String> earlierPurposes) {
        purposeSuggestions.addClassName("suggestions");
        purposeSuggestions.setVisible(!earlierPurposes.isEmpty());
        for (String earlier : earlierPurposes) {
            Button suggestion = new Button(earlier, click -> purpose.setValue(earlier));
            suggestion.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            suggestion.addClassName("suggestion");
            suggestion.getElement().setAttribute("title", getTranslation("session.purpose.use-earlier"));
            purposeSuggestions.add(suggestion);
        }
    }

    void show(SessionLog log) {
        date.setValue(log.date());
        start.setValue(log.startTime());
        duration.setValue(log.durationMinutes());
        site.setValue(choices.byId(choices.sites(), SiteInfo::id, log.siteId()));
        format.setValue(log.format());
        purpose.setValue(log.purpose() == null ? "" : log.purpose());
        topics.setItems(SessionChoices.offered(choices.topics(), log.topicIds()));
        topics.setValue(choices.topics().stream().filter(t -> log.topicIds().contains(t.id())).collect(Collectors.toSet()));
        language.setValue(LANGUAGES.contains(log.language()) ? log.language() : "other");
        coMentors.setValue(choices.colleagues().stream().filter(m -> log.coMentorIds().contains(m.id()))
                .collect(Collectors.toSet()));
        genderContent.setValue(log.genderContent());
        genderNote.setValue(log.genderContentNote() == null ? "" : log.genderContentNote());
        genderNote.setVisible(log.genderContent());
    }

    /** Which field each refusal of a save is about, to show the message next to it. */
    SaveProblems saveProblems() {
        return new SaveProblems()
                .on(date, "session.error.date-future", "session.error.date-too-old", "session.error.date-required")
                .on(duration, "session.error.duration")
                .on(site, "session.error.unknown-site")
                .on(format, "session.error.format-required")
                .on(purpose, "session.error.purpose-too-long")
                .on(genderNote, "session.error.gender-note-too-long");
    }

    List<HasValue<?, ?>> fields() {
        return List.of(date, start, duration, site, format, purpose, topics, language, coMentors, genderContent,
                genderNote);
    }

    Set<Long> topicIds() {
        return topics.getValue().stream().map(ReferenceOption::id).collect(Collectors.toSet());
    }

    Set<Long> coMentorIds() {
        return coMentors.getValue().stream().map(TeamMember::id).collect(Collectors.toSet());
    }

    /** The topics in curriculum order, for the rating rows. */
    List<ReferenceOption> selectedTopics() {
        return choices.topics().stream().filter(topics.getValue()::contains).toList();
    }
}
