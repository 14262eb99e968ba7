package org.mentorlog.base.ui;

import com.ibm.icu.text.MessageFormat;
import com.vaadin.flow.i18n.DefaultI18NProvider;
import java.util.List;
import java.util.Locale;
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

    IcuTranslations() {
        super(List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("nb")));
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String pattern = super.getTranslation(key, locale);
        if (params == null || params.length == 0 || pattern == null) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(params);
    }
}
