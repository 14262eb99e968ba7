package org.mentorlog.trainee.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.mentorlog.base.ui.AppIcon;
import org.mentorlog.base.ui.GridRows;
import org.mentorlog.base.ui.Messages;
import org.mentorlog.security.Account;
import org.mentorlog.security.CurrentAccount;
import org.mentorlog.security.Role;
import org.mentorlog.security.Roles;
import org.mentorlog.trainee.TraineeRow;
import org.mentorlog.trainee.TraineeService;

/** The team's trainee register: search, add, correct, deactivate. Names stay inside the team. */
@Route("trainees")
@Menu(title = "trainee.menu", order = 10, icon = "users")
@RolesAllowed({Roles.MENTOR, Roles.TEAM_LEADER})
class TraineeRegisterView extends Main implements HasDynamicTitle {

    private final TraineeService trainees;
    private final boolean leader;
    private final TextField search = new TextField();
    private final Checkbox showInactive = new Checkbox();
    private final Grid<TraineeRow> grid = new Grid<>();

    TraineeRegisterView(TraineeService trainees, CurrentAccount currentAccount) {
        this.trainees = trainees;
        Account account = currentAccount.require();
        this.leader = account.role() == Role.TEAM_LEADER;
        addClassName("page");
        add(toolbar(), configureGrid());
        refresh();
    }

    private FlexLayout toolbar() {
        search.setPlaceholder(getTranslation("trainee.search.placeholder"));
        search.setAriaLabel(getTranslation("trainee.search.placeholder"));
        search.setPrefixComponent(AppIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> refresh());
        showInactive.setLabel(getTranslation("trainee.search.show-inactive"));
        showInactive.addValueChangeListener(event -> refresh());
        Button add = new Button(getTranslation("trainee.add"), AppIcon.PLUS.create(), click -> openDialog(null));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        FlexLayout toolbar = new FlexLayout(search, showInactive, add);
        toolbar.addClassName("toolbar");
        return toolbar;
    }

    private Grid<TraineeRow> configureGrid() {
        grid.addColumn(TraineeRow::code).setHeader(getTranslation("trainee.code")).setSortProperty("code")
                .setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(row -> row.fullName() == null ? "" : row.fullName())
                .setHeader(getTranslation("trainee.name")).setSortProperty("fullName").setFlexGrow(2);
        grid.addColumn(row -> Messages.label(this, "trainee.sex", row.sex())).setHeader(getTranslation("trainee.sex"));
        grid.addColumn(row -> Messages.label(this, "trainee.agency", row.agency()) + " · "
                + Messages.label(this, "trainee.rank", row.rankBand())
                + (row.unitType() == null ? "" : " · " + row.unitType()))
                .setHeader(getTranslation("trainee.unit")).setFlexGrow(2);
        grid.addColumn(row -> getTranslation(row.active() ? "trainee.status.active" : "trainee.status.inactive"))
                .setHeader(getTranslation("trainee.status"));
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setPageSize(50);
        grid.setEmptyStateText(getTranslation("trainee.empty"));
        if (leader) {
            GridRows.openWith(grid, this::openDialog);
        }
        grid.setSizeFull();
        return grid;
    }

    private void openDialog(TraineeRow existing) {
        new TraineeDialog(trainees, existing, leader, saved -> refresh()).open();
    }

    private void refresh() {
        String text = search.getValue();
        boolean inactive = showInactive.getValue();
        grid.setItems(query -> trainees.search(text, inactive, VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) trainees.count(text, inactive));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("trainee.title");
    }
}
