package org.mentorlog.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;

/** Installable on a tablet's home screen; Lumo, then the application's own stylesheet. */
@PWA(name = "MentorLog", shortName = "MentorLog", description = "Session logs for police mentors",
        iconPath = "icons/icon.png", themeColor = "#1d4f73", backgroundColor = "#ffffff")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1, viewport-fit=cover")
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/mentorlog.css")
public class AppShell implements AppShellConfigurator {
}
