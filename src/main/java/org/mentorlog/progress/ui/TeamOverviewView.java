package org.mentorlog.progress.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentorlog.base.ui.ItemSelect;
import org.mentorlog.base.ui.Markup;
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
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * One row per trainee with the figures and flags a team leader acts on; a tap on a row opens the mentee.
 *
 * <p>The table is written as markup (issue 10): a grid keeps a component per column, about 6 KB each for as
 * long as the page is open, and seven of them were half the page's heap. A row is a link, so a tap anywhere on
 * it, or Enter on it, opens the mentee; a column head that sorts is a button, heard by one listener.
 */
@Route("team")
@Menu(title = "progress.menu", order = 6, icon = "chart-line")
@RolesAllowed(Roles.TEAM_LEADER)
class TeamOverviewView extends Main implements HasDynamicTitle {

    /** Trainees shown at a time; "Show more" adds as many again. A team's trainees fit in one such page. */
    static final int PAGE = 100;
    /** The column a tapped head sorts by, as the browser reports it. */
    static final String SORT_KEY = "event.target.closest('button[data-sort]').dataset.sort";
    private static final List<String> SORTABLE = List.of("code", "sessionsLast90Days", "lastSeen", "overdueActions");

    private final ProgressService progress;
    private final ItemSelect<SiteInfo> site;
    private final ItemSelect<Agency> agency;
    private final ItemSelect<Sex> sex;
    private final ItemSelect<ProgressFlag> flag;
    private final Div table = new Div();
    private Sort.Order order = Sort.Order.asc("code");
    private int shown = PAGE;
    private Button more;

    TeamOverviewView(ProgressService progress, MissionService missions) {
        this.progress = progress;
        addClassName("page");
        site = filter("progress.filter.site", missions.mySites(), SiteInfo::name);
        agency = filter("trainee.agency", List.of(Agency.values()), a -> Messages.label(this, "trainee.agency", a));
        sex = filter("trainee.sex", List.of(Sex.values()), s -> Messages.label(this, "trainee.sex", s));
        flag = filter("progress.filter.flag", List.of(ProgressFlag.values()), this::flagLabel);
        FlexLayout filters = new FlexLayout(site, agency, sex, flag);
        filters.addClassName("toolbar");
        table.addClassName("overview-table");
        table.getElement().addEventListener("click", this::sortBy).addEventData(SORT_KEY)
                .setFilter("!!event.target.closest('button[data-sort]')");
        add(filters, table);
        refresh();
    }

    private <T> ItemSelect<T> filter(String labelKey, List<T> items, Function<T, String> label) {
        ItemSelect<T> select = new ItemSelect<>(getTranslation(labelKey));
        select.setEmptySelectionCaption(getTranslation("progress.filter.any"));
        select.setItems(items, label);
        select.addValueChangeListener(event -> {
            shown = PAGE;
            refresh();
        });
        return select;
    }

    /** A tapped column head sorts by its column, or the other way round when it already does. */
    private void sortBy(DomEvent event) {
        String column = event.getEventData().path(SORT_KEY).asString("");
        if (!SORTABLE.contains(column)) {
            return; // not a head the page wrote
        }
        order = column.equals(order.getProperty()) ? order.reverse() : Sort.Order.asc(column);
        refresh();
        // The heads are written anew: a keyboard stays on the one it pressed.
        table.getElement().executeJs("this.querySelector(`button[data-sort='${$0}']`)?.focus()", column);
    }

    private void refresh() {
        OverviewFilter filter = new OverviewFilter(site.getValue() == null ? null : site.getValue().id(),
                agency.getValue(), sex.getValue(), flag.getValue());
        List<TraineeProgressRow> rows = progress.overview(filter, PageRequest.of(0, shown + 1, Sort.by(order)));
        boolean cut = rows.size() > shown;
        Markup markup = new Markup();
        if (rows.isEmpty()) {
            markup.element("p", "empty", getTranslation("progress.empty"));
        } else {
            write(markup, cut ? rows.subList(0, shown) : rows);
        }
        markup.fill(table);
        if (cut && more == null) {
            more = new Button(getTranslation("progress.more", PAGE), event -> {
                shown += PAGE;
                refresh();
            });
            add(more);
        }
        if (more != null) {
            more.setVisible(cut);
        }
    }

    private void write(Markup markup, List<TraineeProgressRow> rows) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        markup.open("table", null).open("thead", null).open("tr", null);
        head(markup, getTranslation("followup.trainee"), "code");
        head(markup, getTranslation("trainee.sex") + " · " + getTranslation("trainee.agency"), null);
        head(markup, getTranslation("progress.sessions"), "sessionsLast90Days");
        head(markup, getTranslation("progress.last-seen"), "lastSeen");
        head(markup, getTranslation("progress.latest-ratings"), null);
        head(markup, getTranslation("progress.open-overdue"), "overdueActions");
        head(markup, getTranslation("progress.flags"), null);
        markup.close("tr").close("thead").open("tbody", null);
        for (TraineeProgressRow row : rows) {
            markup.open("tr", null).open("th", null, "scope", "row")
                    .open("a", null, "href", "mentee/" + row.traineeId()).text(row.label()).close("a").close("th");
            markup.open("td", null).open("div", "two-lines")
                    .element("div", null, Messages.label(this, "trainee.sex", row.sex()))
                    .element("div", "secondary", Messages.label(this, "trainee.agency", row.agency())).close("div")
                    .cell(row.sessionsLast90Days() + " / " + row.sessionsTotal())
                    .cell(row.lastSeen() == null ? "" : dates.format(row.lastSeen()))
                    .open("td", "ratings").text(row.latestRatings())
                    .cell(row.openActions() + " / " + row.overdueActions())
                    .open("td", "warning").text(row.flags().stream().map(this::flagLabel)
                            .collect(Collectors.joining(" · ")));
            markup.close("tr");
        }
        markup.close("tbody").close("table");
    }

    /** A column head; one that sorts is a button and says which way the rows are sorted by it. */
    private void head(Markup markup, String label, String column) {
        if (column == null) {
            markup.open("th", null, "scope", "col").text(label).close("th");
            return;
        }
        if (column.equals(order.getProperty())) {
            markup.open("th", "sorted", "scope", "col", "aria-sort", order.isAscending() ? "ascending" : "descending");
        } else {
            markup.open("th", null, "scope", "col");
        }
        markup.open("button", null, "type", "button", "data-sort", column).text(label).close("button").close("th");
    }

    private String flagLabel(ProgressFlag flag) {
        return getTranslation("progress.flag." + flag.name(), progress.authorityWindow());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("progress.title");
    }
}
