package org.mentorlog.base.ui;

/** Helpers for the charts the server draws as SVG. */
public final class Svg {

    private Svg() {
    }

    /** Text made safe for SVG element content and single-quoted attributes. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
                .replace("\"", "&quot;");
    }
}
