package org.mentorlog.api.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.mentorlog.api.ApiTokenLimits;
import org.mentorlog.api.ApiTokenService;
import org.mentorlog.api.IssuedApiToken;
import org.mentorlog.base.DomainException;
import org.mentorlog.base.ui.LocalizedDatePicker;
import org.mentorlog.base.ui.Messages;
import org.mentorlog.mission.MissionInfo;

/**
 * Names a new token, picks its mission and its last valid day (90 days ahead unless changed); on success
 * the token is shown once, in its own dialog.
 */
class NewApiTokenDialog extends Dialog {

    private final ApiTokenService tokens;
    private final Runnable onCreated;
    private final TextField name = new TextField();
    private final Select<MissionInfo> mission = new Select<>();
    private final DatePicker expiry = new LocalizedDatePicker();

    NewApiTokenDialog(ApiTokenService tokens, List<MissionInfo> missions, Clock clock, Runnable onCreated) {
        this.tokens = tokens;
        this.onCreated = onCreated;
        setHeaderTitle(getTranslation("api-token.dialog.new"));
        name.setLabel(getTranslation("api-token.name"));
        name.setHelperText(getTranslation("api-token.name.helper"));
        name.setMaxLength(ApiTokenLimits.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        mission.setLabel(getTranslation("api-token.mission"));
        mission.setItems(missions);
        mission.setItemLabelGenerator(value -> value.code() + " – " + value.name());
        if (missions.size() == 1) {
            mission.setValue(missions.getFirst());
        }
        expiry.setLabel(getTranslation("api-token.expires"));
        expiry.setHelperText(getTranslation("api-token.expires.helper", ApiTokenLimits.DEFAULT_VALID_DAYS));
        expiry.setValue(tokens.defaultExpiry());
        expiry.setMin(LocalDate.now(clock));
        expiry.setMax(LocalDate.now(clock).plusDays(ApiTokenLimits.MAX_VALID_DAYS));
        expiry.setRequiredIndicatorVisible(true);
        FormLayout form = new FormLayout(name, mission, expiry);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button create = new Button(getTranslation("api-token.create"), click -> create());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), create);
        setWidth("min(32rem, 100vw)");
    }

    private void create() {
        if (mission.getValue() == null) {
            Messages.error(this, new DomainException("api-token.error.unknown-mission"));
            return;
        }
        try {
            IssuedApiToken issued = tokens.create(mission.getValue().id(), name.getValue(), expiry.getValue());
            close();
            onCreated.run();
            new IssuedApiTokenDialog(issued).open();
        } catch (DomainException problem) {
            Messages.error(this, problem);
        }
    }
}
