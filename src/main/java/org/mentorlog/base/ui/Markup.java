package org.mentorlog.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;

/**
 * Read-only content written once as markup and sent as one element. A component per line keeps a state
 * node and its features for as long as the page is open; a history of forty lines as markup keeps one
 * string (issue 10: heap per open UI). Texts are escaped here; tags and classes come from code. Not for
 * anything a user edits; what a user clicks in it (a link, a button) is heard by one listener on the element
 * that holds it.
 */
public final class Markup {

    private final StringBuilder html = new StringBuilder();

    /**
     * Opens {@code tag}, with a class unless {@code className} is null and the {@code attributes} given as
     * name and value pairs (their values escaped).
     */
    public Markup open(String tag, String className, String... attributes) {
        html.append('<').append(tag);
        if (className != null) {
            html.append(" class=\"").append(className).append('"');
        }
        for (int i = 0; i < attributes.length; i += 2) {
            html.append(' ').append(attributes[i]).append("=\"").append(Svg.escape(attributes[i + 1])).append('"');
        }
        html.append('>');
        return this;
    }

    public Markup close(String tag) {
        html.append("</").append(tag).append('>');
        return this;
    }

    /** {@code <tag class="className">text</tag>}, the text escaped. */
    public Markup element(String tag, String className, String text) {
        return open(tag, className).text(text).close(tag);
    }

    /**
     * A table cell, {@code <td>text}, its text escaped and its end tag left out: HTML ends a cell where the
     * next one or its row's end tag begins. A summary's table is mostly short cells, a fifth of it their end
     * tags (issue 10: heap per open UI).
     */
    public Markup cell(String text) {
        html.append("<td>");
        return text(text);
    }

    public Markup text(String text) {
        html.append(Svg.escape(text));
        return this;
    }

    /** Markup made elsewhere and already safe, such as a chart's SVG. */
    public Markup raw(String safe) {
        html.append(safe);
        return this;
    }

    public boolean isEmpty() {
        return html.isEmpty();
    }

    /** A div with the class, holding the markup written so far. */
    public Div component(String className) {
        Div div = fill(new Div());
        div.addClassName(className);
        return div;
    }

    /**
     * Makes the markup written so far the target's inner HTML (replacing its children): the browser parses
     * it (and restores SVG's case-sensitive attributes, which Flow's own elements store in lower case); the
     * server keeps one string and parses nothing.
     */
    public <T extends HasElement> T fill(T target) {
        target.getElement().setProperty("innerHTML", html());
        return target;
    }

    /** The markup written so far, as {@link #fill} sends it. */
    public String html() {
        return narrow(html);
    }

    /**
     * The markup with its few characters beyond Latin-1 (a dash, a narrow no-break space in a French
     * number) written as character references. Java keeps a string holding even one of them at two bytes
     * per character: the summary's charts and table took twice their length in the heap of every open UI
     * (issue 10). Text with more than one such character in eight (Arabic, say) stays as it is: a reference
     * takes about seven bytes, so there the references would outweigh the byte they save per character.
     */
    static String narrow(CharSequence markup) {
        long wide = markup.chars().filter(c -> c > 0xFF).count();
        if (wide == 0 || wide * 8 > markup.length()) {
            return markup.toString();
        }
        StringBuilder narrow = new StringBuilder(markup.length() + (int) wide * 7);
        markup.codePoints().forEach(c -> {
            if (c > 0xFF) {
                narrow.append("&#").append(c).append(';');
            } else {
                narrow.append((char) c);
            }
        });
        return narrow.toString();
    }
}
