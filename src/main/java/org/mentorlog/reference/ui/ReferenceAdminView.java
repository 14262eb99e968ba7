package org.mentorlog.reference.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.mentorlog.base.DomainException;
import org.mentorlog.base.ui.AppIcon;
import org.mentorlog.base.ui.Messages;
import org.mentorlog.reference.ReferenceAdministration;
import org.mentorlog.reference.ReferenceEntry;
import org.mentorlog.reference.ReferenceKind;
import org.mentorlog.security.Roles;

/**
 * Administrators keep the reference lists the forms offer: topics, MOWIP areas, barriers, enablers
 * and session roles. One list at a time, shown whole: a list has tens of entries and its order is
 * what the administrator edits.
 */
@Route("admin/reference")
@Menu(title = "reference.menu", order = 83, icon = "list")
@RolesAllowed(Roles.ADMIN)
class ReferenceAdminView extends Main implements HasDynamicTitle {

    private final ReferenceAdministration administration;
    private final Select<ReferenceKind> list = new Select<>();
    private final Grid<ReferenceEntry> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private Grid.Column<ReferenceEntry> authorityColumn;
    private Grid.Column<ReferenceEntry> nonTraditionalColumn;
    private List<ReferenceEntry> entries = List.of();

    ReferenceAdminView(ReferenceAdministration administration) {
        this.administration = administration;
        addClassName("page");
        list.setLabel(getTranslation("reference.list"));
        list.setItems(ReferenceKind.values());
        list.setItemLabelGenerator(this::kindLabel);
        list.setValue(ReferenceKind.TOPIC);
        list.addValueChangeListener(event -> refresh());
        Button add = new Button(getTranslation("reference.add"), AppIcon.PLUS.create(), click -> openDialog(null));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        FlexLayout toolbar = new FlexLayout(list, add);
        toolbar.addClassName("toolbar");
        Span explanation = new Span(getTranslation("reference.inactive.explanation"));
        explanation.addClassName("explanation");
        empty.setText(getTranslation("reference.empty"));
        empty.addClassName("empty-state");
        add(toolbar, explanation, empty, configureGrid());
        refresh();
    }

    private Grid<ReferenceEntry> configureGrid() {
        grid.addColumn(ReferenceEntry::code).setHeader(getTranslation("reference.code")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(entry -> entry.label(getLocale())).setHeader(getTranslation("reference.label"));
        grid.addColumn(entry -> getTranslation(entry.active() ? "reference.active" : "reference.inactive"))
                .setHeader(getTranslation("reference.status")).setAutoWidth(true).setFlexGrow(0);
        authorityColumn = grid.addColumn(entry -> yes(entry.positionOfAuthority()))
                .setHeader(getTranslation("reference.position-of-authority")).setAutoWidth(true).setFlexGrow(0);
        nonTraditionalColumn = grid.addColumn(entry -> yes(entry.nonTraditional()))
                .setHeader(getTranslation("reference.non-traditional")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::rowActions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(entry -> entry.active() ? null : "inactive");
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT); // long topic labels stay readable on a tablet
        grid.addClassName("reference-grid");
        grid.setSizeFull();
        return grid;
    }

    private Component rowActions(ReferenceEntry entry) {
        int index = entries.indexOf(entry);
        Button up = moveButton(entry, AppIcon.ARROW_UP, "reference.move-up", -1);
        up.setEnabled(index > 0);
        Button down = moveButton(entry, AppIcon.ARROW_DOWN, "reference.move-down", +1);
        down.setEnabled(index < entries.size() - 1);
        Button edit = new Button(getTranslation("reference.edit"), AppIcon.EDIT.create(), click -> openDialog(entry));
        Div actions = new Div(up, down, edit);
        actions.addClassName("row-actions");
        return actions;
    }

    private Button moveButton(ReferenceEntry entry, AppIcon icon, String key, int step) {
        Button button = new Button(icon.create(), click -> move(entry, step));
        button.setAriaLabel(getTranslation(key, entry.code()));
        button.addThemeVariants(ButtonVariant.TERTIARY);
        return button;
    }

    private void move(ReferenceEntry entry, int step) {
        try {
            administration.move(entry.id(), entry.version(), step);
        } catch (DomainException problem) {
            Messages.error(this, problem);
        }
        refresh();
    }

    private void openDialog(ReferenceEntry existing) {
        ReferenceKind kind = list.getValue();
        new ReferenceEntryDialog(administration, kind, kindLabel(kind), existing, this::refresh).open();
    }

    private void refresh() {
        ReferenceKind kind = list.getValue();
        entries = administration.entries(kind);
        boolean roles = kind == ReferenceKind.SESSION_ROLE;
        authorityColumn.setVisible(roles);
        nonTraditionalColumn.setVisible(roles);
        grid.setItems(entries);
        grid.setVisible(!entries.isEmpty());
        empty.setVisible(entries.isEmpty());
    }

    private String yes(boolean flag) {
        return flag ? getTranslation("reference.flag.yes") : "";
    }

    private String kindLabel(ReferenceKind kind) {
        return Messages.label(this, "reference.kind", kind);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reference.title");
    }
}
