package org.mentorlog.mission.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.mentorlog.base.ui.AppIcon;
import org.mentorlog.base.ui.LocalizedDatePicker;
import org.mentorlog.mission.MissionInfo;
import org.mentorlog.mission.MissionLimits;
import org.mentorlog.mission.MissionService;
import org.mentorlog.mission.MissionSettings;
import org.mentorlog.mission.NewMission;
import org.mentorlog.security.Roles;

/**
 * Administrators create the missions this installation follows and set each one's disclosure
 * threshold and gender parity targets. On a new installation the setup guide above the list says
 * what to do next.
 */
@Route("admin/missions")
@Menu(title = "mission.admin.menu", order = 79, icon = "globe-wire")
@RolesAllowed(Roles.ADMIN)
class MissionAdminView extends Main implements HasDynamicTitle {

    private final MissionService missions;
    private final Clock clock;
    private final Grid<MissionInfo> grid = new Grid<>();
    private final SetupGuide guide = new SetupGuide();

    MissionAdminView(MissionService missions, Clock clock) {
        this.missions = missions;
        this.clock = clock;
        addClassName("page");
        Button add = new Button(getTranslation("mission.add"), AppIcon.PLUS.create(), click -> openNewMission());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        FlexLayout toolbar = new FlexLayout(add);
        toolbar.addClassName("toolbar");
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.addColumn(MissionInfo::code).setHeader(getTranslation("mission.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MissionInfo::name).setHeader(getTranslation("mission.name")).setFlexGrow(2);
        grid.addColumn(MissionInfo::country).setHeader(getTranslation("mission.country"));
        grid.addColumn(mission -> dates.format(mission.startDate()) + " – "
                + (mission.endDate() == null ? getTranslation("mission.ongoing") : dates.format(mission.endDate())))
                .setHeader(getTranslation("mission.dates"));
        grid.addColumn(MissionInfo::disclosureThreshold).setHeader(getTranslation("mission.threshold"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(mission -> new Button(getTranslation("mission.settings"), AppIcon.COG.create(),
                click -> openSettings(mission))).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        add(guide, toolbar, grid);
        refresh();
    }

    private void refresh() {
        List<MissionInfo> all = missions.missions();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        guide.show(!all.isEmpty(), missions.teams(), missions.sites());
    }

    private void openNewMission() {
        TextField code = new TextField(getTranslation("mission.code"));
        code.setMaxLength(MissionLimits.CODE_MAX);
        code.setHelperText(getTranslation("mission.code.helper"));
        TextField name = new TextField(getTranslation("mission.name"));
        name.setMaxLength(MissionLimits.NAME_MAX);
        TextField country = new TextField(getTranslation("mission.country"));
        country.setMaxLength(MissionLimits.COUNTRY_MAX);
        DatePicker start = new LocalizedDatePicker(getTranslation("mission.start"), LocalDate.now(clock));
        DatePicker end = new LocalizedDatePicker(getTranslation("mission.end"));
        end.setHelperText(getTranslation("mission.end.helper"));
        IntegerField threshold = thresholdField(MissionSettings.DEFAULT_THRESHOLD);
        BigDecimalField ipo = percentField("mission.target-ipo", null);
        BigDecimalField fpu = percentField("mission.target-fpu", null);
        FormDialog.open(this, getTranslation("mission.dialog.new"),
                new FormLayout(code, name, country, start, end, threshold, ipo, fpu),
                () -> missions.createMission(new NewMission(code.getValue(), name.getValue(), country.getValue(),
                        start.getValue(), end.getValue(),
                        new MissionSettings(threshold.getValue(), ipo.getValue(), fpu.getValue()))),
                this::refresh);
    }

    private void openSettings(MissionInfo mission) {
        IntegerField threshold = thresholdField(mission.disclosureThreshold());
        BigDecimalField ipo = percentField("mission.target-ipo", mission.targetIpoWomenPct());
        BigDecimalField fpu = percentField("mission.target-fpu", mission.targetFpuWomenPct());
        FormDialog.open(this, getTranslation("mission.settings.dialog", mission.code()),
                new FormLayout(threshold, ipo, fpu),
                () -> missions.configure(mission.id(), mission.version(),
                        new MissionSettings(threshold.getValue(), ipo.getValue(), fpu.getValue())),
                this::refresh);
    }

    private IntegerField thresholdField(int value) {
        IntegerField threshold = new IntegerField(getTranslation("mission.threshold"));
        threshold.setMin(MissionSettings.MIN_THRESHOLD);
        threshold.setMax(MissionSettings.MAX_THRESHOLD);
        threshold.setStepButtonsVisible(true);
        threshold.setHelperText(getTranslation("mission.threshold.helper"));
        threshold.setValue(value);
        return threshold;
    }

    private BigDecimalField percentField(String labelKey, BigDecimal value) {
        BigDecimalField field = new BigDecimalField(getTranslation(labelKey));
        field.setSuffixComponent(new Span("%"));
        field.setHelperText(getTranslation("mission.target.helper"));
        field.setValue(value);
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mission.admin.title");
    }
}
