package org.mentorlog.field;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * The texts the field app shows, in one language, as written in the translation bundles (ICU patterns:
 * the app formats plurals itself). They travel with the snapshot, so the app speaks the mentor's language
 * offline too.
 */
final class FieldMessages {

    private static final List<String> PREFIXES = List.of("field.", "session.", "observation.", "trainee.",
            "followup.");

    private FieldMessages() {
    }

    static Map<String, String> of(Locale language) {
        ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n.translations", language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> texts = new TreeMap<>();
        for (String key : bundle.keySet()) {
            if (PREFIXES.stream().anyMatch(key::startsWith)) {
                texts.put(key, bundle.getString(key));
            }
        }
        return texts;
    }
}
