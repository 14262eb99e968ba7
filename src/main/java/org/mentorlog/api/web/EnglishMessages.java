package org.mentorlog.api.web;

import com.ibm.icu.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The application's English texts (the base translation bundle), for API clients: the same sentence
 * a headquarters analyst reads in the UI when the same rule is broken.
 */
final class EnglishMessages {

    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private EnglishMessages() {
    }

    /** The text of a key, formatted as the UI formats it (base.ui.IcuTranslations): ICU MessageFormat, with plurals, only when there are arguments. */
    static String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = ENGLISH.getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
    }

    static boolean has(String key) {
        return ENGLISH.containsKey(key);
    }
}
