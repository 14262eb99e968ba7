package org.mentorlog.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.icon.SvgIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import org.mentorlog.base.ChosenLanguage;
import org.mentorlog.base.Languages;
import org.mentorlog.security.Account;
import org.mentorlog.security.CurrentAccount;
import org.mentorlog.security.Role;

/**
 * The shell around every signed-in page: navigation built from the views' {@code @Menu} entries (so
 * features never import this layout), the page title, the user, the language and sign-out.
 *
 * <p>The drawer is written as markup (Vaadin's side navigation, buttons and a native select, which the
 * browser renders from tags alone) and heard by one listener: as components its thirty-odd elements kept a
 * state node each in every open UI, the shell's share of each page's heap (issue 10).
 */
@Layout
@PermitAll
@Uses(SideNav.class)
@Uses(SvgIcon.class)
@Uses(Button.class)
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** The languages a user can switch the whole session to. */
    static final List<Locale> LANGUAGES = Languages.ALL.stream().map(MainLayout::asShown).toList();

    /** What the browser reports of a tap on one of the drawer's buttons: the button's action. */
    static final String ACTION = "event.target.closest('[data-action]').dataset.action";
    /** What it reports of a change of the language select: the tag chosen. */
    static final String CHOSEN = "event.target.value";

    private final H1 title = new H1();
    private final com.vaadin.flow.component.html.Section drawer = new com.vaadin.flow.component.html.Section();
    private final Account account;
    private final I18NProvider i18n;
    private final List<MenuBadge> badges;
    private final AuthenticationContext authentication;
    /**
     * The views' menu entries this user may open, looked up at the first navigation: Vaadin checks every
     * route's access to list them, a tenth of a page's opening. A change of rights ends the session
     * (decision 0009), so they hold for the UI's life.
     */
    private List<MenuEntry> menu;

    MainLayout(CurrentAccount currentAccount, AuthenticationContext authentication, I18NProvider i18n,
               List<MenuBadge> badges) {
        this.account = currentAccount.require();
        this.authentication = authentication;
        this.i18n = i18n;
        this.badges = badges;
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

        drawer.addClassName("drawer-content");
        drawer.getElement().setAttribute("aria-label", getTranslation("layout.drawer"));
        drawer.getElement().addEventListener("click", this::act).addEventData(ACTION)
                .setFilter("!!event.target.closest('vaadin-button[data-action]')");
        drawer.getElement().addEventListener("change", this::choose).addEventData(CHOSEN)
                .setFilter("event.target.matches('select[data-action=language]')");
        addToDrawer(drawer);
    }

    private void act(DomEvent event) {
        UI ui = getUI().orElseThrow();
        switch (event.getEventData().path(ACTION).asString("")) {
            // The user feature's ChangePasswordView; named by path, as the layout imports no feature.
            case "password" -> ui.navigate("account/password");
            case "logout" -> FieldAppCopy.signOutDiscarding(ui, authentication::logout);
            default -> { } // nothing else in the drawer is a button
        }
    }

    /** Switches the session to the language chosen, if it is one of the app's, and shows the page in it. */
    private void choose(DomEvent event) {
        String tag = event.getEventData().path(CHOSEN).asString("");
        LANGUAGES.stream().filter(language -> language.toLanguageTag().equals(tag)).findFirst().ifPresent(language -> {
            VaadinSession.getCurrent().setLocale(language);
            VaadinSession.getCurrent().getSession().setAttribute(ChosenLanguage.SESSION_ATTRIBUTE, tag);
            getUI().orElseThrow().getPage().reload();
        });
    }

    /** The drawer, with the badges counted now; rewritten only when something in it changed. */
    private void draw() {
        Markup markup = new Markup().element("div", "brand", getTranslation("app.name"));
        navigation(markup);
        userPanel(markup);
        String html = markup.html();
        if (!html.equals(drawer.getElement().getProperty("innerHTML"))) {
            drawer.getElement().setProperty("innerHTML", html);
        }
    }

    private void navigation(Markup markup) {
        markup.open("vaadin-side-nav", "main-nav");
        if (account.role() == Role.MENTOR) {
            // The field app runs in the browser and works offline (docs/decisions/0014-offline-field-app.md).
            item(markup, "field", getTranslation("field.nav"), AppIcon.TABLET.symbol());
        }
        if (menu == null) {
            menu = MenuConfiguration.getMenuEntries();
        }
        for (MenuEntry entry : menu) {
            String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
            item(markup, path, getTranslation(entry.title()), entry.icon());
        }
        markup.close("vaadin-side-nav");
    }

    private void item(Markup markup, String path, String label, String icon) {
        markup.open("vaadin-side-nav-item", null, "path", path);
        if (icon != null) {
            AppIcon.write(markup, icon, "prefix");
        }
        markup.text(label);
        for (MenuBadge badge : badges) {
            long count = badge.path().equals(path) ? badge.count() : 0;
            if (count > 0) {
                markup.open("span", "nav-badge", "slot", "suffix", "aria-label", getTranslation("layout.badge", count))
                        .text(String.valueOf(count)).close("span");
            }
        }
        markup.close("vaadin-side-nav-item");
    }

    private void userPanel(Markup markup) {
        markup.open("div", "user-panel").element("span", "user-name", account.displayName())
                .element("span", "user-role", getTranslation("role." + account.role().name()));
        Locale current = current();
        markup.open("select", "language-select", "data-action", "language", "aria-label",
                getTranslation("language.select"));
        for (Locale language : LANGUAGES) {
            String tag = language.toLanguageTag();
            String label = i18n.getTranslation("language.name", language);
            if (language.equals(current)) {
                markup.open("option", null, "value", tag, "selected", "").text(label).close("option");
            } else {
                markup.open("option", null, "value", tag).text(label).close("option");
            }
        }
        markup.close("select");
        button(markup, "password", "change-password", AppIcon.KEY, getTranslation("layout.change-password"));
        button(markup, "logout", "logout", AppIcon.SIGN_OUT, getTranslation("layout.logout"));
        markup.close("div");
    }

    private static void button(Markup markup, String action, String className, AppIcon icon, String label) {
        markup.open("vaadin-button", className, "theme", "tertiary", "data-action", action);
        AppIcon.write(markup, icon.symbol(), "prefix").text(label).close("vaadin-button");
    }

    /** The app's language closest to the session's (Norwegian Bokmål for any Norwegian). */
    private Locale current() {
        return asShown(Languages.closestTo(getLocale()));
    }

    /** English as the views show it: dates day first ({@link DayMonthYearEnglish}). */
    private static Locale asShown(Locale language) {
        return language.equals(Locale.ENGLISH) ? DayMonthYearEnglish.ENGLISH : language;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        draw();
        title.setText(getContent() instanceof HasDynamicTitle page ? page.getPageTitle() : getTranslation("app.name"));
    }
}
