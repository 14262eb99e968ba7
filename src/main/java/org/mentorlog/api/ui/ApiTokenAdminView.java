package org.mentorlog.api.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mentorlog.api.ApiTokenRow;
import org.mentorlog.api.ApiTokenService;
import org.mentorlog.base.DomainException;
import org.mentorlog.base.ui.AppIcon;
import org.mentorlog.base.ui.Messages;
import org.mentorlog.mission.MissionInfo;
import org.mentorlog.mission.MissionService;
import org.mentorlog.security.Roles;

/** Administrators issue API tokens for headquarters tools, see when they were used, and revoke them. */
@Route("admin/api-tokens")
@Menu(title = "api-token.menu", order = 82, icon = "key")
@RolesAllowed(Roles.ADMIN)
class ApiTokenAdminView extends Main implements HasDynamicTitle {

    private final ApiTokenService tokens;
    private final List<MissionInfo> missions;
    private final Map<Long, String> missionCodes;
    private final DateTimeFormatter stamps;
    private final Clock clock;
    private final Grid<ApiTokenRow> grid = new Grid<>();

    ApiTokenAdminView(ApiTokenService tokens, MissionService missionService, Clock clock) {
        this.tokens = tokens;
        this.missions = missionService.missions();
        this.missionCodes = missions.stream().collect(Collectors.toMap(MissionInfo::id, MissionInfo::code));
        this.clock = clock;
        this.stamps = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(clock.getZone());
        addClassName("page");
        Button add = new Button(getTranslation("api-token.add"), AppIcon.PLUS.create(),
                click -> new NewApiTokenDialog(tokens, missions, clock, this::refresh).open());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        FlexLayout toolbar = new FlexLayout(add);
        toolbar.addClassName("toolbar");
        add(toolbar, configureGrid());
        refresh();
    }

    private Grid<ApiTokenRow> configureGrid() {
        grid.addColumn(ApiTokenRow::name).setHeader(getTranslation("api-token.name"));
        grid.addColumn(row -> missionCodes.getOrDefault(row.missionId(), "")).setHeader(
                getTranslation("api-token.mission")).setAutoWidth(true);
        grid.addColumn(row -> format(row.createdAt()) + " · " + row.createdBy())
                .setHeader(getTranslation("api-token.created"));
        grid.addColumn(row -> row.lastUsedAt() == null ? getTranslation("api-token.never-used")
                : format(row.lastUsedAt())).setHeader(getTranslation("api-token.last-used"));
        grid.addColumn(row -> row.revoked() ? format(row.revokedAt()) : getTranslation("api-token.active"))
                .setHeader(getTranslation("api-token.revoked"));
        grid.addColumn(this::expiry).setHeader(getTranslation("api-token.expires"));
        grid.addComponentColumn(this::revokeButton).setAutoWidth(true).setFlexGrow(0);
        grid.setSizeFull();
        return grid;
    }

    private Button revokeButton(ApiTokenRow row) {
        Button revoke = new Button(getTranslation("api-token.revoke"), click -> confirmRevoke(row));
        revoke.addThemeVariants(ButtonVariant.ERROR);
        revoke.setVisible(!row.revoked());
        return revoke;
    }

    private void confirmRevoke(ApiTokenRow row) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("api-token.revoke.title", row.name()),
                getTranslation("api-token.revoke.text"), getTranslation("api-token.revoke"), event -> revoke(row));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void revoke(ApiTokenRow row) {
        try {
            tokens.revoke(row.id());
            Messages.success(this, "api-token.revoked-done", row.name());
        } catch (DomainException problem) {
            Messages.error(this, problem);
        }
        refresh();
    }

    /** When it expires (the last instant it is accepted is just before), or that it has, or never for old tokens. */
    private String expiry(ApiTokenRow row) {
        if (row.expiresAt() == null) {
            return getTranslation("api-token.never-expires");
        }
        return row.expired(clock.instant()) ? getTranslation("api-token.expired", format(row.expiresAt()))
                : format(row.expiresAt());
    }

    private String format(Instant instant) {
        return stamps.format(instant);
    }

    private void refresh() {
        grid.setItems(query -> tokens.list(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("api-token.title");
    }
}
