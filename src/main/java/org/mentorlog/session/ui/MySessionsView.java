package org.mentorlog.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.renderer.LocalDateRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mentorlog.base.ui.AppIcon;
import org.mentorlog.base.ui.GridRows;
import org.mentorlog.base.ui.ItemSelect;
import org.mentorlog.base.ui.LocalizedDatePicker;
import org.mentorlog.mission.MissionService;
import org.mentorlog.mission.SiteInfo;
import org.mentorlog.security.CurrentAccount;
import org.mentorlog.security.Role;
import org.mentorlog.security.Roles;
import org.mentorlog.session.MySessionRow;
import org.mentorlog.session.SessionFilter;
import org.mentorlog.session.SessionService;
import org.mentorlog.session.SessionStatus;

/**
 * The sessions the mentor led or co-mentored, by period and status; a tap opens the log. Logging one is
 * done in the field app, which works offline.
 */
@Route("sessions")
@Menu(title = "session.menu.mine", order = 2, icon = "list")
@RolesAllowed({Roles.MENTOR, Roles.TEAM_LEADER})
class MySessionsView extends Main implements HasDynamicTitle {

    private final SessionService sessions;
    private final DatePicker from = new LocalizedDatePicker();
    private final DatePicker to = new LocalizedDatePicker();
    private final ItemSelect<SessionStatus> status;
    private final Grid<MySessionRow> grid = new Grid<>();

    MySessionsView(SessionService sessions, MissionService missions, CurrentAccount currentAccount, Clock clock) {
        this.sessions = sessions;
        addClassName("page");
        LocalDate today = LocalDate.now(clock);
        from.setLabel(getTranslation("session.filter.from"));
        from.setValue(today.minusMonths(3));
        to.setLabel(getTranslation("session.filter.to"));
        to.setValue(today);
        status = new ItemSelect<>(getTranslation("session.filter.status"));
        status.setEmptySelectionCaption(getTranslation("session.filter.any-status"));
        status.setItems(List.of(SessionStatus.values()), value -> getTranslation("session.status." + value.name()));
        from.addValueChangeListener(event -> refresh());
        to.addValueChangeListener(event -> refresh());
        status.addValueChangeListener(event -> refresh());
        Button log = new Button(getTranslation("session.menu.new"), AppIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.getPage().setLocation("field?new")));
        log.addThemeVariants(ButtonVariant.PRIMARY);
        log.setVisible(currentAccount.require().role() == Role.MENTOR);
        FlexLayout toolbar = new FlexLayout(from, to, status, log);
        toolbar.addClassName("toolbar");

        Map<Long, String> sites = missions.mySites().stream().collect(Collectors.toMap(SiteInfo::id, SiteInfo::name));
        grid.addColumn(new LocalDateRenderer<>(MySessionRow::date,
                () -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())))
                .setHeader(getTranslation("session.date")).setSortProperty("sessionDate").setAutoWidth(true);
        // Format and site under the purpose: one readable column on a portrait tablet. A Lit template, not
        // components: a UI then holds no components per row (issue 10).
        grid.addColumn(LitRenderer.<MySessionRow>of("<div class='two-lines'><div>${item.purpose}</div>"
                        + "<div class='secondary'>${item.details}</div></div>")
                .withProperty("purpose", row -> row.purpose() == null ? getTranslation("session.purpose.missing")
                        : row.purpose())
                .withProperty("details", row -> getTranslation("session.format." + row.format().name()) + " · "
                        + sites.getOrDefault(row.siteId(), "")))
                .setHeader(getTranslation("session.purpose")).setFlexGrow(3);
        grid.addColumn(MySessionRow::attendees).setHeader(getTranslation("session.attendees")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation("session.status." + row.status().name()))
                .setHeader(getTranslation("session.filter.status")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("session.mine.empty"));
        GridRows.openWith(grid, row -> getUI().ifPresent(ui -> ui.navigate(SessionView.class, row.id())));
        add(toolbar, grid);
        refresh();
    }

    private void refresh() {
        if (from.getValue() == null || to.getValue() == null || from.getValue().isAfter(to.getValue())) {
            from.setInvalid(from.getValue() != null && to.getValue() != null);
            from.setErrorMessage(getTranslation("session.filter.bad-period"));
            return;
        }
        from.setInvalid(false);
        SessionFilter filter = new SessionFilter(from.getValue(), to.getValue(), status.getValue());
        grid.setItems(query -> sessions.mySessions(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) sessions.countMySessions(filter));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("session.mine.title");
    }
}
