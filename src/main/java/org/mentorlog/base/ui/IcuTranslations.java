package org.mentorlog.base.ui;

import com.ibm.icu.text.MessageFormat;
import com.vaadin.flow.i18n.DefaultI18NProvider;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mentorlog.base.Languages;
import org.springframework.stereotype.Component;

/**
 * Vaadin's translation bundles ({@code vaadin-i18n/translations*.properties}), formatted with ICU's
 * MessageFormat instead of {@code java.text.MessageFormat}, which has no plural rules: a message such as
 * {@code {0, plural, one {# thing} other {# things}}} then reads right in each language, with each
 * language's own rules from ICU (docs/decisions/0011-icu-messages.md). Every screen, export and e-mail
 * goes through this one bean. A text without arguments is returned as written, as Vaadin's default does.
 *
 * <p>A message's format is made once per language and kept: making one (its pattern parsed, a number format
 * for the locale looked up) took several times longer than formatting with it, on every page that shows a count.
 */
@Component
class IcuTranslations extends DefaultI18NProvider {

    /** More would mean locales no user has: such messages are formatted without keeping their format. */
    private static final int KEPT = 5_000;

    /** The formats made so far, by locale and key; ICU's are not thread-safe, so each is used by one thread at a time. */
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    IcuTranslations() {
        super(Languages.ALL);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String pattern = super.getTranslation(key, locale);
        if (params == null || params.length == 0 || pattern == null) {
            return pattern;
        }
        String name = locale.toLanguageTag() + ' ' + key;
        MessageFormat format = formats.get(name);
        if (format == null) {
            format = new MessageFormat(pattern, locale);
            if (formats.size() < KEPT) {
                formats.putIfAbsent(name, format);
            }
        }
        synchronized (format) {
            return format.format(params);
        }
    }
}
