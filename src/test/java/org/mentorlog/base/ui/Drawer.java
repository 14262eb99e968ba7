package org.mentorlog.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * For browserless tests: the drawer of the signed-in shell (written as markup), as a user reads and uses it:
 * its menu entries, their badges, its buttons and its language select.
 */
public final class Drawer {

    private Drawer() {
    }

    /** The menu entries' labels, in their order. */
    public static List<String> menu() {
        return markup().select("vaadin-side-nav-item").stream().map(item -> item.ownText().trim()).toList();
    }

    /** The path an entry links to. */
    public static String path(String label) {
        return markup().select("vaadin-side-nav-item").stream().filter(item -> item.ownText().trim().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no menu entry " + label)).attr("path");
    }

    /** The number shown next to an entry, if any. */
    public static Optional<String> badge(String label) {
        return markup().select("vaadin-side-nav-item").stream().filter(item -> item.ownText().trim().equals(label))
                .findFirst().map(item -> item.select(".nav-badge").text()).filter(text -> !text.isEmpty());
    }

    /** The languages offered, and the one selected, as {@code "label"} and {@code "label (selected)"}. */
    public static List<String> languages() {
        return markup().select("select.language-select option").stream()
                .map(option -> option.text() + (option.hasAttr("selected") ? " (selected)" : "")).toList();
    }

    /** Taps the drawer's button with that text, as the browser reports it: the click and the button's action. */
    public static void tap(String text) {
        String action = markup().select("vaadin-button").stream().filter(button -> button.text().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no button " + text)).attr("data-action");
        fire("click", MainLayout.ACTION, action);
    }

    /** Picks a language by its tag ({@code "fr"}), as the browser reports a change of the select. */
    public static void choose(String tag) {
        fire("change", MainLayout.CHOSEN, tag);
    }

    private static void fire(String type, String expression, String value) {
        DomEvents.fire(element(), type, expression, value);
    }

    private static Document markup() {
        return Jsoup.parseBodyFragment(element().getProperty("innerHTML", ""));
    }

    private static Element element() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
                .filter(MainLayout.class::isInstance).findFirst()
                .flatMap(layout -> layout.getElement().getChildren()
                        .filter(e -> e.getClassList().contains("drawer-content")).findFirst())
                .orElseThrow(() -> new AssertionError("no drawer: not signed in?"));
    }
}
