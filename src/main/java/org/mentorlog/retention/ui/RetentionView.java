package org.mentorlog.retention.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.mentorlog.base.DomainException;
import org.mentorlog.base.ui.AppIcon;
import org.mentorlog.base.ui.Messages;
import org.mentorlog.retention.NamedData;
import org.mentorlog.retention.RetentionService;
import org.mentorlog.security.Roles;

/**
 * At the end of a mission an administrator erases its trainees' names and the leaders' notes, after
 * typing the mission's code; the statistics stay.
 */
@Route("admin/retention")
@Menu(title = "retention.menu", order = 86, icon = "eraser")
@RolesAllowed(Roles.ADMIN)
class RetentionView extends Main implements HasDynamicTitle {

    private final RetentionService retention;
    private final Grid<NamedData> grid = new Grid<>();

    RetentionView(RetentionService retention) {
        this.retention = retention;
        addClassName("page");
        grid.addColumn(NamedData::code).setHeader(getTranslation("mission.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(NamedData::name).setHeader(getTranslation("mission.name")).setFlexGrow(2);
        grid.addColumn(NamedData::namedTrainees).setHeader(getTranslation("retention.named")).setAutoWidth(true);
        grid.addColumn(NamedData::notes).setHeader(getTranslation("retention.notes")).setAutoWidth(true);
        grid.addComponentColumn(mission -> {
            Button erase = new Button(getTranslation("retention.erase"), AppIcon.ERASER.create(),
                    click -> confirm(mission));
            erase.addThemeVariants(ButtonVariant.ERROR);
            erase.setEnabled(mission.namedTrainees() + mission.notes() > 0);
            return erase;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("retention.explain")), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(retention.missions());
    }

    /** The confirmation: the button stays disabled until the mission's code is typed. */
    private void confirm(NamedData mission) {
        Dialog dialog = new Dialog(getTranslation("retention.dialog.title", mission.code()));
        TextField code = new TextField(getTranslation("retention.dialog.code"));
        code.setValueChangeMode(ValueChangeMode.EAGER);
        code.setWidthFull();
        dialog.add(new Paragraph(getTranslation("retention.dialog.text", mission.code(), mission.namedTrainees(),
                mission.notes())), code);
        Button erase = new Button(getTranslation("retention.dialog.confirm"), click -> {
            try {
                NamedData erased = retention.eraseNames(mission.missionId(), code.getValue());
                Messages.success(this, "retention.done", erased.namedTrainees(), erased.notes());
                dialog.close();
                refresh();
            } catch (DomainException problem) {
                Messages.error(this, problem);
            }
        });
        erase.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        erase.setEnabled(false);
        code.addValueChangeListener(typed -> erase.setEnabled(typed.getValue().strip().equalsIgnoreCase(mission.code())));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), erase);
        dialog.setWidth("min(36rem, 100vw)");
        dialog.open();
        code.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("retention.title");
    }
}
