package org.mentorlog.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentorlog.security.Account;
import org.mentorlog.security.CurrentAccount;
import org.mentorlog.security.Role;

/**
 * The shell around every signed-in page: navigation built from the views' {@code @Menu} entries (so
 * features never import this layout), the page title, the user, the language and sign-out.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 title = new H1();

    private final List<MenuBadge> badges;
    private final Map<String, SideNavItem> items = new HashMap<>();

    MainLayout(CurrentAccount currentAccount, AuthenticationContext authentication, I18NProvider i18n,
               List<MenuBadge> badges) {
        this.badges = badges;
        Account account = currentAccount.require();
        setPrimarySection(Section.DRAWER);
        setI18n(new AppLayoutI18n().setDrawer(getTranslation("layout.drawer")));
        addClassName("main-layout");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        title.addClassName("page-title");
        // Landmarks, so that a screen reader can jump between the bar, the menu and the page's main.
        Header bar = new Header(toggle, title);
        bar.addClassName("navbar");
        addToNavbar(bar);

        Div brand = new Div(new Span(getTranslation("app.name")));
        brand.addClassName("brand");
        var drawer = new com.vaadin.flow.component.html.Section( // not AppLayout.Section
                brand, navigation(account), userPanel(account, authentication, i18n));
        drawer.addClassName("drawer-content");
        drawer.getElement().setAttribute("aria-label", getTranslation("layout.drawer"));
        addToDrawer(drawer);
    }

    private SideNav navigation(Account account) {
        SideNav nav = new SideNav();
        nav.addClassName("main-nav");
        if (account.role() == Role.MENTOR) {
            // The field app runs in the browser and works offline (docs/decisions/0014-offline-field-app.md).
            nav.addItem(new SideNavItem(getTranslation("field.nav"), "field", AppIcon.TABLET.create()));
        }
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(AppIcon.of(entry.icon()));
            }
            items.put(entry.path().startsWith("/") ? entry.path().substring(1) : entry.path(), item);
            nav.addItem(item);
        }
        return nav;
    }

    /** Recounts the badges of the entries this user sees; called on every navigation. */
    private void refreshBadges() {
        for (MenuBadge badge : badges) {
            SideNavItem item = items.get(badge.path());
            if (item != null) {
                long count = badge.count();
                Span label = new Span(String.valueOf(count));
                label.addClassName("nav-badge");
                label.getElement().setAttribute("aria-label", getTranslation("layout.badge", count));
                item.setSuffixComponent(count > 0 ? label : null);
            }
        }
    }

    private Div userPanel(Account account, AuthenticationContext authentication, I18NProvider i18n) {
        Span name = new Span(account.displayName());
        name.addClassName("user-name");
        Span role = new Span(getTranslation("role." + account.role().name()));
        role.addClassName("user-role");
        // The user feature's ChangePasswordView; named by path, as the layout imports no feature.
        Button password = new Button(getTranslation("layout.change-password"), AppIcon.KEY.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("account/password")));
        password.addThemeVariants(ButtonVariant.TERTIARY);
        password.addClassName("change-password");
        Button logout = new Button(getTranslation("layout.logout"), AppIcon.SIGN_OUT.create(),
                click -> FieldAppCopy.signOutDiscarding(click.getSource().getUI().orElseThrow(),
                        authentication::logout));
        logout.addThemeVariants(ButtonVariant.TERTIARY);
        logout.addClassName("logout");
        Div panel = new Div(name, role, new LanguageSelect(i18n), password, logout);
        panel.addClassName("user-panel");
        return panel;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refreshBadges();
        title.setText(getContent() instanceof HasDynamicTitle page ? page.getPageTitle() : getTranslation("app.name"));
    }
}
