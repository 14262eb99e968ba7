package org.mentorlog.base;

import java.util.List;
import java.util.Locale;

/**
 * The languages MentorLog speaks, for the server-side views, the translations and the field app alike:
 * English, French and Norwegian Bokmål (the bundles {@code vaadin-i18n/translations_*.properties}).
 */
public final class Languages {

    public static final Locale NORWEGIAN = Locale.forLanguageTag("nb");
    public static final List<Locale> ALL = List.of(Locale.ENGLISH, Locale.FRENCH, NORWEGIAN);

    private Languages() {
    }

    /** The app's language for the one asked for: the same language, Bokmål for any Norwegian, else English. */
    public static Locale closestTo(Locale requested) {
        String language = requested.getLanguage();
        if ("no".equals(language) || "nn".equals(language)) {
            return NORWEGIAN;
        }
        return ALL.stream().filter(known -> known.getLanguage().equals(language)).findFirst().orElse(Locale.ENGLISH);
    }
}
