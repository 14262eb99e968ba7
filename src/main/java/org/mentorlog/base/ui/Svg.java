package org.mentorlog.base.ui;

import com.vaadin.flow.component.Html;

/** Helpers for the charts the server draws as SVG. */
public final class Svg {

    private Svg() {
    }

    /**
     * SVG markup as a component. The markup goes inside a div, so the browser's own parser reads it
     * and restores SVG's case-sensitive attributes (viewBox), which Flow stores in lower case.
     */
    public static Html component(String svg) {
        return new Html("<div class='svg-figure'>" + svg + "</div>");
    }

    /** Text made safe for SVG element content and single-quoted attributes. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
                .replace("\"", "&quot;");
    }
}
