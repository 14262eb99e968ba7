package org.mentorlog.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void a_browsers_language_finds_the_apps_own_and_any_norwegian_finds_bokmal() {
        assertThat(Languages.closestTo(Locale.CANADA_FRENCH)).isEqualTo(Locale.FRENCH);
        assertThat(Languages.closestTo(Locale.forLanguageTag("en-US"))).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.closestTo(Locale.forLanguageTag("nb-NO"))).isEqualTo(Languages.NORWEGIAN);
        assertThat(Languages.closestTo(Locale.forLanguageTag("no"))).isEqualTo(Languages.NORWEGIAN);
        assertThat(Languages.closestTo(Locale.forLanguageTag("nn"))).isEqualTo(Languages.NORWEGIAN);
        assertThat(Languages.closestTo(Locale.GERMAN)).isEqualTo(Locale.ENGLISH);
    }
}
