package org.mentorlog.progress.ui;

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
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentorlog.base.ui.GridRows;
import org.mentorlog.base.ui.ItemSelect;
import org.mentorlog.base.ui.Messages;
import org.mentorlog.mission.MissionService;
import org.mentorlog.mission.SiteInfo;
import org.mentorlog.progress.OverviewFilter;
import org.mentorlog.progress.ProgressFlag;
import org.mentorlog.progress.ProgressService;
import org.mentorlog.progress.TraineeProgressRow;
import org.mentorlog.security.Roles;
import org.mentorlog.trainee.Agency;
import org.mentorlog.trainee.Sex;

/** One row per trainee with the figures and flags a team leader acts on; a tap opens the mentee. */
@Route("team")
@Menu(title = "progress.menu", order = 6, icon = "chart-line")
@RolesAllowed(Roles.TEAM_LEADER)
class TeamOverviewView extends Main implements HasDynamicTitle {

    private final ProgressService progress;
    private final ItemSelect<SiteInfo> site;
    private final ItemSelect<Agency> agency;
    private final ItemSelect<Sex> sex;
    private final ItemSelect<ProgressFlag> flag;
    private final Grid<TraineeProgressRow> grid = new Grid<>();

    TeamOverviewView(ProgressService progress, MissionService missions) {
        this.progress = progress;
        addClassName("page");
        site = filter("progress.filter.site", missions.mySites(), SiteInfo::name);
        agency = filter("trainee.agency", List.of(Agency.values()), a -> Messages.label(this, "trainee.agency", a));
        sex = filter("trainee.sex", List.of(Sex.values()), s -> Messages.label(this, "trainee.sex", s));
        flag = filter("progress.filter.flag", List.of(ProgressFlag.values()),
                f -> getTranslation("progress.flag." + f.name(), progress.authorityWindow()));
        FlexLayout filters = new FlexLayout(site, agency, sex, flag);
        filters.addClassName("toolbar");

        // Seven columns that wrap rather than scroll: all of them fit a portrait tablet (issue 12).
        grid.addColumn(TraineeProgressRow::label).setHeader(getTranslation("followup.trainee"))
                .setSortProperty("code").setWidth("7rem").setFlexGrow(2);
        // Lit templates rather than components in the cells: a UI then holds no components per row (issue 10).
        grid.addColumn(LitRenderer.<TraineeProgressRow>of(
                        "<div class='two-lines'><div>${item.sex}</div><div class='secondary'>${item.agency}</div></div>")
                        .withProperty("sex", row -> Messages.label(this, "trainee.sex", row.sex()))
                        .withProperty("agency", row -> Messages.label(this, "trainee.agency", row.agency())))
                .setHeader(getTranslation("trainee.sex") + " · " + getTranslation("trainee.agency"))
                .setWidth("6rem").setFlexGrow(1);
        grid.addColumn(row -> row.sessionsLast90Days() + " / " + row.sessionsTotal())
                .setHeader(getTranslation("progress.sessions")).setSortProperty("sessionsLast90Days")
                .setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(new LocalDateRenderer<>(TraineeProgressRow::lastSeen,
                () -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())))
                .setHeader(getTranslation("progress.last-seen")).setSortProperty("lastSeen")
                .setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(LitRenderer.<TraineeProgressRow>of("<span class='ratings'>${item.ratings}</span>")
                        .withProperty("ratings", TraineeProgressRow::latestRatings))
                .setHeader(getTranslation("progress.latest-ratings")).setWidth("11rem").setFlexGrow(3);
        grid.addColumn(row -> row.openActions() + " / " + row.overdueActions())
                .setHeader(getTranslation("progress.open-overdue")).setSortProperty("overdueActions")
                .setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(LitRenderer.<TraineeProgressRow>of("<span class='warning'>${item.flags}</span>")
                        .withProperty("flags", row -> row.flags().stream()
                                .map(f -> getTranslation("progress.flag." + f.name(), progress.authorityWindow()))
                                .collect(Collectors.joining(" · "))))
                .setHeader(getTranslation("progress.flags")).setWidth("6rem").setFlexGrow(2);
        grid.setMultiSort(true);
        grid.setEmptyStateText(getTranslation("progress.empty"));
        GridRows.openWith(grid, row -> getUI().ifPresent(ui -> ui.navigate(MenteeView.class, row.traineeId())));
        add(filters, grid);
        refresh();
    }

    private <T> ItemSelect<T> filter(String labelKey, List<T> items, Function<T, String> label) {
        ItemSelect<T> select = new ItemSelect<>(getTranslation(labelKey));
        select.setEmptySelectionCaption(getTranslation("progress.filter.any"));
        select.setItems(items, label);
        select.addValueChangeListener(event -> refresh());
        return select;
    }

    private void refresh() {
        OverviewFilter filter = new OverviewFilter(site.getValue() == null ? null : site.getValue().id(),
                agency.getValue(), sex.getValue(), flag.getValue());
        // No count first: counting ran the whole overview a second time, half of each refresh's time (issue 10).
        // A team's trainees fit in one or two pages; the grid learns their number as it fetches them.
        grid.setItems(query -> progress.overview(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("progress.title");
    }
}
