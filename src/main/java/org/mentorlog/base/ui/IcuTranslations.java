package org.mentorlog.base.ui;

import com.ibm.icu.text.MessageFormat;
import com.vaadin.flow.i18n.DefaultI18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Vaadin's translation bundles ({@code vaadin-i18n/translations*.properties}), formatted with ICU's
 * MessageFormat instead of {@code java.text.MessageFormat}, which has no plural rules: a message such as
 * {@code {0, plural, one {# thing} other {# things}}} then reads right in each language, with each
 * language's own rules from ICU (docs/decisions/0011-icu-messages.md). Every screen, export and e-mail
 * goes through this one bean. A text without arguments is returned as written, as Vaadin's default does.
 */
@Component
class IcuTranslations extends DefaultI18NProvider {

    /** A message's pattern in one language. */
    private record Message(String pattern, Locale locale) {
    }

    /**
     * One format per message and language, made when first used: making one, and the number formats it
     * makes when it first formats, was up to a third of the server's time when a page opens (issue 10).
     * As many as the bundles hold; an ICU format is not thread-safe, so each is used by one thread at a time.
     */
    private final Map<Message, MessageFormat> formats = new ConcurrentHashMap<>();

    IcuTranslations() {
        super(List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("nb")));
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String pattern = super.getTranslation(key, locale);
        if (params == null || params.length == 0 || pattern == null) {
            return pattern;
        }
        MessageFormat format = formats.computeIfAbsent(new Message(pattern, locale),
                message -> new MessageFormat(message.pattern(), message.locale()));
        synchronized (format) {
            return format.format(params);
        }
    }
}
