package org.mentorlog.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;

/**
 * A page shown instead of the one the user asked for: a heading, a sentence in her language and a way
 * back to the start. It stands outside the main layout, because the layout itself may be what failed.
 */
abstract class ErrorPage extends Main implements HasDynamicTitle {

    private String title = "";

    ErrorPage() {
        addClassName("error-page");
    }

    /** Fills the page; {@code incident} is the id to quote, or null when there is nothing to report. */
    void show(String titleKey, String textKey, String incident) {
        removeAll();
        title = getTranslation(titleKey);
        add(new H1(title), new Paragraph(getTranslation(textKey)));
        if (incident != null) {
            Paragraph id = new Paragraph(getTranslation("error.incident", incident));
            id.addClassName("incident");
            add(id);
        }
        add(new RouterLink(getTranslation("error.back-to-start"), StartView.class));
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
