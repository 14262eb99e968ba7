package org.mentorlog.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** For browserless tests: the text a user reads in a component, including what is written as markup. */
public final class PageText {

    private PageText() {
    }

    public static String of(Component component) {
        StringBuilder text = new StringBuilder();
        collect(component.getElement(), text);
        return text.toString().replaceAll("\\s+", " ").trim();
    }

    /** The markup a component holds as its inner HTML, parsed. */
    public static Document markup(Component component) {
        return Jsoup.parseBodyFragment(component.getElement().getProperty("innerHTML"));
    }

    private static void collect(Element element, StringBuilder text) {
        if (element.isTextNode()) {
            text.append(element.getText()).append(' ');
            return;
        }
        if (element.hasProperty("innerHTML")) {
            text.append(Jsoup.parseBodyFragment(element.getProperty("innerHTML")).text()).append(' ');
        }
        element.getChildren().forEach(child -> collect(child, text));
    }
}
