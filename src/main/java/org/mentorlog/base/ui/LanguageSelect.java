package org.mentorlog.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import org.mentorlog.base.ChosenLanguage;

/** Switches the whole session to English, French or Norwegian Bokmål. */
class LanguageSelect extends Select<Locale> {

    static final List<Locale> LANGUAGES = List.of(DayMonthYearEnglish.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("nb"));

    LanguageSelect(I18NProvider i18n) {
        setItems(LANGUAGES);
        setItemLabelGenerator(locale -> i18n.getTranslation("language.name", locale));
        setAriaLabel(getTranslation("language.select"));
        addClassName("language-select");
        setValue(current());
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                VaadinSession.getCurrent().setLocale(event.getValue());
                VaadinSession.getCurrent().getSession()
                        .setAttribute(ChosenLanguage.SESSION_ATTRIBUTE, event.getValue().toLanguageTag());
                UI.getCurrent().getPage().reload();
            }
        });
    }

    private Locale current() {
        String language = getLocale().getLanguage();
        return LANGUAGES.stream()
                .filter(locale -> locale.getLanguage().equals(language)
                        || ("nb".equals(locale.getLanguage()) && ("no".equals(language) || "nn".equals(language))))
                .findFirst()
                .orElse(DayMonthYearEnglish.ENGLISH);
    }
}
