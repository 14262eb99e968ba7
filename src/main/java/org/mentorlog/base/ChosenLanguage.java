package org.mentorlog.base;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;

/**
 * The language a user picked in the menu, kept in her browser session so that what is not a server-side
 * view (the field app and its snapshot) speaks it too. Without a choice, the browser's preference holds.
 */
public final class ChosenLanguage {

    /** The attribute of the HTTP session that holds the chosen language's tag. */
    public static final String SESSION_ATTRIBUTE = "mentorlog.language";

    private ChosenLanguage() {
    }

    /** The language picked in this browser session, or else the one the browser asks for. */
    public static Locale of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object chosen = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        return chosen instanceof String tag ? Locale.forLanguageTag(tag) : request.getLocale();
    }
}
