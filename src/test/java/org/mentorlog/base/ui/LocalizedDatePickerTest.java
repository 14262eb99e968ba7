package org.mentorlog.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedDatePickerTest {

    @Test
    void weeks_start_on_monday_in_french_norwegian_and_british_english_and_on_sunday_in_american_english() {
        assertThat(LocalizedDatePicker.firstDayOfWeek(Locale.FRENCH)).isEqualTo(1);
        assertThat(LocalizedDatePicker.firstDayOfWeek(Locale.forLanguageTag("nb"))).isEqualTo(1);
        assertThat(LocalizedDatePicker.firstDayOfWeek(Locale.UK)).isEqualTo(1);
        assertThat(LocalizedDatePicker.firstDayOfWeek(Locale.US)).isZero();
    }
}
