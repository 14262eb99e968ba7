package org.mentorlog.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.mentorlog.audit.AuditEntry;
import org.mentorlog.audit.AuditFilter;
import org.mentorlog.audit.AuditService;
import org.mentorlog.base.PlausibleDates;
import org.mentorlog.base.ui.LocalizedDatePicker;
import org.mentorlog.security.Roles;

/**
 * The audit trail for administrators: newest first, paged from the database, narrowed by who, what
 * kind of record, which action, when and which record. Read only: the trail offers no way to change
 * an event.
 */
@Route("admin/audit")
@Menu(title = "audit.menu", order = 84, icon = "archive")
@RolesAllowed(Roles.ADMIN)
class AuditView extends Main implements HasDynamicTitle {

    private final AuditService audit;
    private final TextField actor = new TextField();
    private final ComboBox<String> entityType = new ComboBox<>();
    private final TextField action = new TextField();
    private final DatePicker from = new LocalizedDatePicker();
    private final DatePicker to = new LocalizedDatePicker();
    private final IntegerField entityId = new IntegerField();
    private final Grid<AuditEntry> grid = new Grid<>();
    private final DateTimeFormatter stamps;

    AuditView(AuditService audit, Clock clock) {
        this.audit = audit;
        this.stamps = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(clock.getZone());
        addClassName("page");
        actor.setLabel(getTranslation("audit.actor"));
        entityType.setLabel(getTranslation("audit.entity-type"));
        entityType.setItems(audit.entityTypes());
        entityType.setClearButtonVisible(true);
        action.setLabel(getTranslation("audit.action"));
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        for (DatePicker picker : new DatePicker[] {from, to}) {
            picker.setMin(PlausibleDates.EARLIEST);
            picker.setMax(PlausibleDates.LATEST);
            picker.setClearButtonVisible(true);
            picker.addValueChangeListener(event -> refresh());
        }
        entityId.setLabel(getTranslation("audit.entity-id"));
        entityId.setMin(1);
        for (TextField text : new TextField[] {actor, action}) {
            text.setValueChangeMode(ValueChangeMode.LAZY);
            text.setClearButtonVisible(true);
            text.addValueChangeListener(event -> refresh());
        }
        entityType.addValueChangeListener(event -> refresh());
        entityId.addValueChangeListener(event -> refresh());
        FlexLayout toolbar = new FlexLayout(actor, entityType, action, from, to, entityId);
        toolbar.addClassName("toolbar");
        add(toolbar, configureGrid());
        refresh();
    }

    private Grid<AuditEntry> configureGrid() {
        grid.addColumn(entry -> stamps.format(entry.occurredAt())).setHeader(getTranslation("audit.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(entry -> entry.entityType() + (entry.entityId() == null ? "" : " #" + entry.entityId()))
                .setHeader(getTranslation("audit.record")).setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        // The summary wraps under the row on a narrow tablet rather than widening the grid.
        grid.addComponentColumn(entry -> {
            Div summary = new Div(entry.summary() == null ? "" : entry.summary());
            summary.addClassName("audit-summary");
            return summary;
        }).setHeader(getTranslation("audit.summary")).setFlexGrow(3);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setSizeFull();
        return grid;
    }

    private void refresh() {
        boolean reversed = from.getValue() != null && to.getValue() != null && from.getValue().isAfter(to.getValue());
        from.setInvalid(reversed);
        from.setErrorMessage(reversed ? getTranslation("audit.bad-period") : null);
        if (reversed) {
            return;
        }
        AuditFilter filter = new AuditFilter(actor.getValue(), entityType.getValue(), action.getValue(),
                from.getValue(), to.getValue(), entityId.getValue() == null ? null : entityId.getValue().longValue());
        grid.setItems(query -> audit.search(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.count(filter)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
