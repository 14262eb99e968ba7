package org.mentorlog.session.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.mentorlog.base.DomainException;
import org.mentorlog.base.ui.Messages;
import org.mentorlog.followup.FollowUpInput;
import org.mentorlog.mission.MissionService;
import org.mentorlog.observation.ObservationInput;
import org.mentorlog.reference.ReferenceService;
import org.mentorlog.security.Account;
import org.mentorlog.security.CurrentAccount;
import org.mentorlog.security.Role;
import org.mentorlog.security.Roles;
import org.mentorlog.session.IncompleteSessionException;
import org.mentorlog.session.SessionLog;
import org.mentorlog.session.SessionService;
import org.mentorlog.trainee.TraineeRow;
import org.mentorlog.trainee.TraineeService;
import org.mentorlog.user.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session log, saved as a draft on every change and submitted for review when complete. The
 * device keeps its own copy of what is typed, so a lost connection or a reload loses nothing.
 */
@Route("session")
@RolesAllowed({Roles.MENTOR, Roles.TEAM_LEADER})
class SessionEditorView extends Main implements HasUrlParameter<Long>, HasDynamicTitle, BeforeLeaveObserver {

    private static final Logger LOG = LoggerFactory.getLogger(SessionEditorView.class);

    private final SessionService sessions;
    private final TraineeService trainees;
    private final Account me;
    private final Clock clock;
    private final SaveState saveState = new SaveState(this::changed);
    private DraftSaver saver;
    private CompletenessProblems completeness;
    private LocalCopy copy;
    private SessionBanners banners;
    private Div form;
    private final SessionChoices choices;
    private final List<String> earlierPurposes;
    private SessionLog current;
    private BasicsSection basics;
    private AttendanceSection attendance;
    private CardList<ObservationInput> observations;
    private CardList<FollowUpInput> followUps;
    private boolean editable;
    private boolean showing;

    SessionEditorView(SessionService sessions, TraineeService trainees, MissionService missions,
                      ReferenceService reference, UserService users, CurrentAccount currentAccount, Clock clock) {
        this.sessions = sessions;
        this.trainees = trainees;
        this.me = currentAccount.require();
        this.clock = clock;
        this.choices = SessionChoices.load(missions, reference, users, getLocale());
        this.earlierPurposes = me.role() == Role.MENTOR ? sessions.myRecentPurposes() : List.of();
        addClassName("page");
        addClassName("session-editor");
    }

    @Override
    public void setParameter(BeforeEvent event, Long sessionId) {
        try {
            current = sessions.load(sessionId);
        } catch (DomainException problem) {
            Messages.error(this, problem);
            event.forwardTo("sessions");
            return;
        }
        editable = current.editable() && me.role() == Role.MENTOR && me.id().equals(current.leadMentorId());
        build();
    }

    /** Builds the form afresh: the same view is reused when the user moves from one log to another. */
    private void build() {
        removeAll();
        copy = new LocalCopy();
        banners = new SessionBanners();
        form = new Div();
        form.addClassName("session-form");
        saveState.reset();
        LocalDate today = LocalDate.now(clock);
        basics = new BasicsSection(choices, earlierPurposes, me.id(), today, copy);
        saver = new DraftSaver(sessions, clock, saveState, basics.saveProblems(), banners::showConflict);
        attendance = new AttendanceSection(trainees, choices, copy, this::changed);
        observations = new CardList<>(getTranslation("session.observation.add"), "observation.",
                (number, remove) -> new ObservationCard(number, choices, remove), ObservationInput::blank, copy,
                this::changed);
        followUps = new CardList<>(getTranslation("session.follow-up.add"), "followUp.",
                (number, remove) -> new FollowUpCard(number, choices, today, remove),
                () -> new FollowUpInput(null, null, "", me.id(), today.plusWeeks(2)), copy, this::changed);
        completeness = new CompletenessProblems(basics, attendance, observations, followUps);
        showing = true;
        basics.show(current);
        List<TraineeRow> attendees = trainees.ownTrainees(current.attendees().stream().map(a -> a.traineeId()).toList());
        attendance.show(current, attendees, basics.selectedTopics());
        observations.show(current.observations(), attendance.trainees());
        followUps.show(current.followUps(), attendance.trainees());
        showing = false;
        basics.fields().forEach(this::saveOnChange);
        List.of(attendance.women, attendance.men, attendance.unknown).forEach(this::saveOnChange);

        form.add(section("session.section.basics", basics), section("session.section.attendance", attendance),
                section("session.section.observations", observations),
                section("session.section.follow-ups", followUps));
        form.setEnabled(editable);
        banners.showState(current, editable);
        add(banners, form);
        if (editable) {
            add(actionBar());
            if (isAttached()) {
                offerLocalCopy();
            }
        }
    }

    private void saveOnChange(HasValue<?, ?> field) {
        field.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                changed();
            }
        });
    }

    private Div section(String titleKey, com.vaadin.flow.component.Component content) {
        Div section = new Div(new H2(getTranslation(titleKey)), content);
        section.addClassName("form-section");
        return section;
    }

    private Div actionBar() {
        Button delete = new Button(getTranslation("session.delete-draft"), click -> deleteDraft());
        delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        delete.setVisible(current.status() == org.mentorlog.session.SessionStatus.DRAFT);
        Button submit = new Button(getTranslation("session.submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        Div bar = new Div(saveState, delete, submit);
        bar.addClassName("action-bar");
        return bar;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (editable) {
            offerLocalCopy();
        }
    }

    /** Starts the device copy and, if it holds what the server does not, offers to restore it. */
    private void offerLocalCopy() {
        copy.install(form, storageKey());
        copy.findDifferences(form, storageKey(), saved -> banners.offerRestore(saved, clock.getZone(), () -> {
            copy.restore(saved);
            changed();
        }, () -> copy.discard(form, storageKey())));
    }

    /** Saves the whole log after every change the mentor makes (and when she asks to try again). */
    private void changed() {
        if (!editable || saver.conflict() || showing) {
            return;
        }
        attendance.showTopics(basics.selectedTopics());
        observations.offerTrainees(attendance.trainees());
        followUps.offerTrainees(attendance.trainees());
        observations.setAddEnabled(true);
        followUps.setAddEnabled(!attendance.cards.isEmpty());
        saver.save(collect()).ifPresent(saved -> {
            current = saved;
            followUps.saved(saved.followUps());
        });
    }

    /**
     * Before an action that leaves the form: saves what is on screen, so that the action applies to
     * exactly that. When the save fails the mentor stays, with her values and the reason.
     */
    private boolean savedBeforeLeaving(String notSavedKey) {
        changed();
        if (saveState.confirmed()) {
            return true;
        }
        Messages.error(this, new DomainException(notSavedKey));
        return false;
    }

    private SessionLog collect() {
        return new SessionLog(current.id(), current.version(), current.status(), current.leadMentorId(),
                basics.date.getValue(), basics.start.getValue(),
                basics.duration.getValue() == null ? 0 : basics.duration.getValue(),
                basics.site.getValue() == null ? null : basics.site.getValue().id(), basics.format.getValue(),
                basics.purpose.getValue(), basics.topicIds(), basics.language.getValue(), basics.coMentorIds(),
                AttendanceSection.count(attendance.women), AttendanceSection.count(attendance.men),
                AttendanceSection.count(attendance.unknown), basics.genderContent.getValue(),
                basics.genderNote.getValue(), attendance.attendees(), observations.values(), followUps.values(),
                null);
    }

    private void submit() {
        completeness.clear();
        // Named after the save just confirmed, so the server submits exactly what the form shows.
        finish("session.submit.not-saved", () -> current = sessions.submit(current.id(), current.version()),
                "session.submitted");
    }

    private void deleteDraft() {
        finish("session.delete-draft.not-saved", () -> sessions.deleteDraft(current.id(), current.version()),
                "session.deleted");
    }

    /**
     * Ends the editing with an action on the server, once the server holds what the form shows. Only
     * then is the tablet's copy discarded; on any failure the mentor stays on the form.
     */
    private void finish(String notSavedKey, Runnable action, String doneKey) {
        if (!savedBeforeLeaving(notSavedKey)) {
            return;
        }
        try {
            action.run();
        } catch (IncompleteSessionException incomplete) {
            completeness.show(incomplete.problems());
            Messages.error(this, incomplete);
            return;
        } catch (DomainException problem) {
            Messages.error(this, problem);
            return;
        } catch (RuntimeException failure) {
            LOG.warn("Session log {} could not be submitted or deleted", current.id(), failure);
            Messages.error(this, new DomainException("session.action.failed"));
            return;
        }
        copy.discard(form, storageKey());
        Messages.success(this, doneKey);
        getUI().ifPresent(ui -> ui.navigate("sessions"));
    }

    /** Leaving by the menu or the back button saves first too, and asks when that save fails. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (editable && !saveState.confirmed()) {
            changed();
            if (!saveState.confirmed()) {
                saveState.askBeforeLeaving(event);
            }
        }
    }

    private String storageKey() {
        return "mentorlog.session." + current.id() + ".user." + me.id();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("session.title");
    }
}
