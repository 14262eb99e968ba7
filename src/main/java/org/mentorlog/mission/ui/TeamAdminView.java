package org.mentorlog.mission.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mentorlog.base.DomainException;
import org.mentorlog.base.ui.Messages;
import org.mentorlog.mission.MissionInfo;
import org.mentorlog.mission.MissionService;
import org.mentorlog.mission.MissionSettings;
import org.mentorlog.mission.NewTeam;
import org.mentorlog.mission.SiteInfo;
import org.mentorlog.mission.TeamInfo;
import org.mentorlog.mission.TeamLimits;
import org.mentorlog.security.Roles;

/**
 * Administrators create teams and the sites where they train, and set the mission's disclosure
 * threshold and gender parity targets.
 */
@Route("admin/teams")
@Menu(title = "team.menu", order = 81, icon = "vaadin:group")
@RolesAllowed(Roles.ADMIN)
class TeamAdminView extends Main implements HasDynamicTitle {

    private final MissionService missions;
    private final Grid<TeamInfo> grid = new Grid<>();
    private final Span missionLine = new Span();
    private final Button missionSettings = new Button(getTranslation("mission.settings"), VaadinIcon.COG.create(),
            click -> openMissionSettings());
    private Map<Long, List<String>> siteNames = Map.of();
    private MissionInfo mission;

    TeamAdminView(MissionService missions) {
        this.missions = missions;
        addClassName("page");
        Button add = new Button(getTranslation("team.add"), VaadinIcon.PLUS.create(), click -> openNewTeam());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        missionLine.addClassName("mission-line");
        FlexLayout toolbar = new FlexLayout(add, missionSettings, missionLine);
        toolbar.addClassName("toolbar");
        grid.addColumn(TeamInfo::code).setHeader(getTranslation("team.code")).setAutoWidth(true);
        grid.addColumn(TeamInfo::name).setHeader(getTranslation("team.name"));
        grid.addColumn(TeamInfo::traineeCodePrefix).setHeader(getTranslation("team.prefix")).setAutoWidth(true);
        grid.addColumn(team -> String.join(", ", siteNames.getOrDefault(team.id(), List.of())))
                .setHeader(getTranslation("team.sites"));
        grid.addComponentColumn(team -> new Button(getTranslation("site.add"), VaadinIcon.PLUS.create(),
                click -> openNewSite(team))).setAutoWidth(true);
        grid.setSizeFull();
        add(toolbar, grid);
        refresh();
    }

    private void refresh() {
        mission = missions.mission().orElse(null);
        missionSettings.setVisible(mission != null);
        if (mission != null) {
            missionLine.setText(getTranslation("mission.settings.line", mission.code(), mission.disclosureThreshold(),
                    target(mission.targetIpoWomenPct()), target(mission.targetFpuWomenPct())));
        }
        siteNames = missions.sites().stream().collect(
                Collectors.groupingBy(SiteInfo::teamId, Collectors.mapping(SiteInfo::name, Collectors.toList())));
        grid.setItems(missions.teams());
    }

    private void openNewTeam() {
        TextField code = new TextField(getTranslation("team.code"));
        code.setMaxLength(TeamLimits.CODE_MAX);
        TextField name = new TextField(getTranslation("team.name"));
        name.setMaxLength(TeamLimits.NAME_MAX);
        TextField prefix = new TextField(getTranslation("team.prefix"));
        prefix.setMaxLength(5);
        prefix.setHelperText(getTranslation("team.prefix.helper"));
        openForm(getTranslation("team.dialog.new"), new FormLayout(code, name, prefix),
                () -> missions.createTeam(new NewTeam(code.getValue(), name.getValue(), prefix.getValue())));
    }

    private void openNewSite(TeamInfo team) {
        TextField name = new TextField(getTranslation("site.name"));
        name.setMaxLength(TeamLimits.SITE_NAME_MAX);
        openForm(getTranslation("site.dialog.new", team.label()), new FormLayout(name),
                () -> missions.addSite(team.id(), name.getValue()));
    }

    private void openMissionSettings() {
        IntegerField threshold = new IntegerField(getTranslation("mission.threshold"));
        threshold.setMin(MissionSettings.MIN_THRESHOLD);
        threshold.setMax(MissionSettings.MAX_THRESHOLD);
        threshold.setStepButtonsVisible(true);
        threshold.setHelperText(getTranslation("mission.threshold.helper"));
        threshold.setValue(mission.disclosureThreshold());
        BigDecimalField ipo = percentField("mission.target-ipo", mission.targetIpoWomenPct());
        BigDecimalField fpu = percentField("mission.target-fpu", mission.targetFpuWomenPct());
        openForm(getTranslation("mission.settings.dialog", mission.code()), new FormLayout(threshold, ipo, fpu),
                () -> missions.configure(mission.id(), mission.version(),
                        new MissionSettings(threshold.getValue(), ipo.getValue(), fpu.getValue())));
    }

    private BigDecimalField percentField(String labelKey, java.math.BigDecimal value) {
        BigDecimalField field = new BigDecimalField(getTranslation(labelKey));
        field.setSuffixComponent(new Span("%"));
        field.setHelperText(getTranslation("mission.target.helper"));
        field.setValue(value);
        return field;
    }

    private String target(java.math.BigDecimal percent) {
        return percent == null ? getTranslation("mission.target.none") : percent.stripTrailingZeros().toPlainString() + " %";
    }

    /** A small dialog that stays open, with its values, until the save is accepted. */
    private void openForm(String title, FormLayout form, Runnable saveAction) {
        Dialog dialog = new Dialog(title);
        dialog.add(form);
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                saveAction.run();
                Messages.success(this, "action.saved");
                refresh();
                dialog.close();
            } catch (DomainException problem) {
                Messages.error(this, problem);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.setWidth("min(32rem, 100vw)");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.title");
    }
}
