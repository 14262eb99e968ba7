package org.mentorlog.base.ui;

import com.vaadin.flow.component.html.Div;

/** Helpers for the charts the server draws as SVG. */
public final class Svg {

    private Svg() {
    }

    /**
     * SVG markup as a component: the inner HTML of a div, so the browser's own parser reads it and
     * restores SVG's case-sensitive attributes (viewBox), which Flow stores in lower case.
     */
    public static Div component(String svg) {
        return Markup.component("svg-figure", svg);
    }

    /** Text made safe for SVG element content and single-quoted attributes. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
                .replace("\"", "&quot;");
    }
}
