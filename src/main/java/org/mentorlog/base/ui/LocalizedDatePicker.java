package org.mentorlog.base.ui;

import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A date picker in the user's language: month and weekday names from {@code java.time}, "Today" and
 * "Cancel" from the translations, and the week starting on the locale's first day (Monday in France,
 * Norway and Britain). Vaadin's own picker shows English names and starts weeks on Sunday whatever the
 * locale. Texts set by the form (error messages) are kept.
 */
public class LocalizedDatePicker extends DatePicker {

    public LocalizedDatePicker() {
    }

    public LocalizedDatePicker(String label) {
        super(label);
    }

    public LocalizedDatePicker(String label, LocalDate initialDate) {
        super(label, initialDate);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        Locale locale = getLocale();
        DatePickerI18n i18n = getI18n() == null ? new DatePickerI18n() : getI18n();
        setI18n(i18n.setMonthNames(Arrays.stream(Month.values())
                        .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdays(weekdays(TextStyle.FULL_STANDALONE, locale))
                .setWeekdaysShort(weekdays(TextStyle.SHORT_STANDALONE, locale))
                .setFirstDayOfWeek(firstDayOfWeek(locale))
                .setToday(getTranslation("date-picker.today"))
                .setCancel(getTranslation("date-picker.cancel")));
    }

    /** Sunday first, as the web component expects. */
    private static List<String> weekdays(TextStyle style, Locale locale) {
        return Stream.concat(Stream.of(DayOfWeek.SUNDAY), Stream.of(DayOfWeek.values()).limit(6))
                .map(day -> day.getDisplayName(style, locale)).toList();
    }

    /**
     * 0 for Sunday, 1 for Monday. A locale without a country ("fr", "nb") would get the world default
     * Sunday from {@code WeekFields}: its likely country (France, Norway) decides instead.
     */
    static int firstDayOfWeek(Locale locale) {
        Locale withCountry = locale.getCountry().isEmpty()
                ? ULocale.addLikelySubtags(ULocale.forLocale(locale)).toLocale() : locale;
        return WeekFields.of(withCountry).getFirstDayOfWeek().getValue() % 7;
    }
}
