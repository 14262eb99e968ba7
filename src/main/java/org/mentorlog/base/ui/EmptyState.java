package org.mentorlog.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** What a page shows while it has nothing yet: what is missing, and where to go about it. */
public final class EmptyState extends Div {

    /** A heading and a line of explanation, both translation keys. */
    public EmptyState(String titleKey, String textKey) {
        addClassName("empty-state");
        add(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)));
    }

    /** Adds a link to the page where the missing thing is made. */
    public EmptyState withLink(String labelKey, String path) {
        Anchor link = new Anchor(path, getTranslation(labelKey));
        link.addClassName("empty-state-link");
        add(new Paragraph(link));
        return this;
    }
}
