package org.mentorlog.session.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.mentorlog.session.SessionLog;

/** The messages above the form: returned with a comment, read only, offline, restore, conflict. */
class SessionBanners extends Div {

    SessionBanners() {
        addClassName("banners");
        Span offline = banner("session.banner.offline", "offline-banner");
        offline.getElement().setAttribute("hidden", true);
        offline.getElement().setAttribute("role", "status");
        add(offline);
    }

    void showState(SessionLog log, boolean mayEdit) {
        if (log.returnComment() != null) {
            Span returned = banner("session.banner.returned", "returned-banner");
            returned.add(new Div(log.returnComment()));
            add(returned);
        }
        if (!mayEdit) {
            add(banner("session.banner.read-only." + log.status().name(), "info-banner"));
        }
    }

    void offerRestore(LocalCopy.Saved saved, ZoneId zone, Runnable restore, Runnable discard) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .format(Instant.ofEpochMilli(saved.savedAt()).atZone(zone));
        Span banner = new Span(getTranslation("session.banner.restore", when));
        banner.addClassName("restore-banner");
        Button restoreButton = new Button(getTranslation("session.banner.restore.yes"), click -> {
            restore.run();
            remove(banner);
        });
        restoreButton.addThemeVariants(ButtonVariant.PRIMARY);
        Button discardButton = new Button(getTranslation("session.banner.restore.no"), click -> {
            discard.run();
            remove(banner);
        });
        banner.add(new Div(restoreButton, discardButton));
        add(banner);
    }

    void showConflict() {
        Span banner = banner("session.banner.conflict", "conflict-banner");
        Button reload = new Button(getTranslation("session.banner.conflict.reload"),
                click -> UI.getCurrent().getPage().reload());
        reload.addThemeVariants(ButtonVariant.PRIMARY);
        banner.add(new Div(reload));
        add(banner);
    }

    private Span banner(String key, String className) {
        Span banner = new Span(getTranslation(key));
        banner.addClassName("banner");
        banner.addClassName(className);
        return banner;
    }
}
