package org.mentorlog.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.mentorlog.base.DomainException;
import org.mentorlog.base.ui.Messages;
import org.mentorlog.followup.FollowUpLimits;
import org.mentorlog.followup.FollowUpService;
import org.mentorlog.followup.MyFollowUp;
import org.mentorlog.security.Roles;

/** The user's follow-up actions still to do, overdue first: mark done with the outcome, or cancel. */
@Route("follow-ups")
@Menu(title = "followup.menu", order = 3, icon = "tasks")
@RolesAllowed({Roles.MENTOR, Roles.TEAM_LEADER})
class MyFollowUpsView extends Main implements HasDynamicTitle {

    private final FollowUpService followUps;
    private final Grid<MyFollowUp> grid = new Grid<>();

    MyFollowUpsView(FollowUpService followUps) {
        this.followUps = followUps;
        addClassName("page");
        grid.addComponentColumn(action -> {
            Span due = new Span(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                    .format(action.dueDate()));
            if (action.overdue()) {
                due.setText(due.getText() + " · " + getTranslation("followup.overdue"));
                due.addClassName("overdue");
            }
            return due;
        }).setHeader(getTranslation("followup.due")).setAutoWidth(true);
        // What is to be done says what a row is: it gets the room, the trainee wraps under her code.
        grid.addColumn(MyFollowUp::traineeLabel).setHeader(getTranslation("followup.trainee"))
                .setWidth("8rem").setFlexGrow(1);
        grid.addColumn(MyFollowUp::description).setHeader(getTranslation("followup.description"))
                .setWidth("12rem").setFlexGrow(3);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("followup.mine.empty"));
        add(grid);
        refresh();
    }

    private FlexLayout actions(MyFollowUp action) {
        Button done = new Button(getTranslation("followup.mark-done"), click -> close(action, true));
        done.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
        Button cancel = new Button(getTranslation("followup.cancel"), click -> close(action, false));
        cancel.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        FlexLayout buttons = new FlexLayout(done, cancel);
        buttons.addClassName("row-actions");
        return buttons;
    }

    /** Asks for the outcome (done) or the reason (cancelled); the dialog keeps the text on refusal. */
    private void close(MyFollowUp action, boolean asDone) {
        Dialog dialog = new Dialog(getTranslation(asDone ? "followup.mark-done" : "followup.cancel"));
        TextArea text = new TextArea(getTranslation(asDone ? "followup.outcome" : "followup.reason"));
        text.setMaxLength(FollowUpLimits.OUTCOME_MAX);
        text.setWidthFull();
        dialog.add(new Span(action.traineeLabel() + " – " + action.description()), text);
        Button confirm = new Button(getTranslation("action.save"), click -> {
            try {
                if (asDone) {
                    followUps.markDone(action.id(), action.version(), text.getValue());
                } else {
                    followUps.cancel(action.id(), action.version(), text.getValue());
                }
                Messages.success(this, asDone ? "followup.done" : "followup.cancelled");
                dialog.close();
                refresh();
            } catch (DomainException problem) {
                text.setInvalid(true);
                text.setErrorMessage(getTranslation(problem.messageKey(), problem.arguments()));
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.setWidth("min(36rem, 100vw)");
        dialog.open();
    }

    private void refresh() {
        grid.setItems(followUps.myOpenActions());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("followup.title");
    }
}
