package org.mentorlog.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Checks the Vaadin translation bundles against the English master file: same keys, valid ICU MessageFormat patterns
 * (as {@link IcuTranslations} formats them), the same placeholders, and plurals where a count meets a noun.
 */
class TranslationsTest {

    private static final String BASE = "/vaadin-i18n/translations";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");

    private static Properties load(String suffix) throws IOException {
        String path = BASE + suffix + ".properties";
        try (InputStream in = TranslationsTest.class.getResourceAsStream(path)) {
            assertThat(in).as("resource %s on the classpath", path).isNotNull();
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        }
    }

    private static Map<String, Properties> allBundles() throws IOException {
        Map<String, Properties> bundles = new LinkedHashMap<>();
        bundles.put("English", load(""));
        bundles.put("French", load("_fr"));
        bundles.put("Norwegian", load("_nb"));
        return bundles;
    }

    private static Set<Integer> placeholders(String value) {
        Set<Integer> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(value);
        while (matcher.find()) {
            found.add(Integer.parseInt(matcher.group(1)));
        }
        return found;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    @Test
    void every_english_key_is_translated_to_french_and_norwegian() throws IOException {
        Set<String> english = load("").stringPropertyNames();
        for (String suffix : List.of("_fr", "_nb")) {
            Set<String> translated = load(suffix).stringPropertyNames();
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(translated);
            Set<String> extra = new TreeSet<>(translated);
            extra.removeAll(english);
            assertThat(missing).as("keys missing from translations%s.properties", suffix).isEmpty();
            assertThat(extra).as("keys in translations%s.properties that English does not have", suffix).isEmpty();
        }
    }

    @Test
    void every_value_with_placeholders_is_a_valid_message_format_that_keeps_its_apostrophes() throws IOException {
        List<Executable> checks = new ArrayList<>();
        allBundles().forEach((language, bundle) -> bundle.stringPropertyNames().forEach(key -> {
            String value = bundle.getProperty(key);
            Set<Integer> used = placeholders(value);
            if (used.isEmpty()) {
                // Returned raw by DefaultI18NProvider: a doubled apostrophe would show up doubled.
                checks.add(() -> assertThat(value)
                        .as("%s %s has no placeholder, so its apostrophes must not be doubled", language, key)
                        .doesNotContain("''"));
                return;
            }
            checks.add(() -> {
                Set<Integer> counts = new TreeSet<>();
                assertThatCode(() -> counts.addAll(pluralArguments(value)))
                        .as("%s %s is an ICU MessageFormat pattern", language, key)
                        .doesNotThrowAnyException();
                Object[] args = new Object[used.stream().mapToInt(Integer::intValue).max().orElse(0) + 1];
                for (int i = 0; i < args.length; i++) {
                    args[i] = counts.contains(i) ? (Object) 7 : "ARG" + i;
                }
                String[] formatted = new String[1];
                assertThatCode(() -> formatted[0] = new MessageFormat(value, Locale.ROOT).format(args))
                        .as("%s %s formats with ICU MessageFormat", language, key)
                        .doesNotThrowAnyException();
                assertThat(value.replace("''", ""))
                        .as("%s %s has a placeholder, so every apostrophe must be doubled", language, key)
                        .doesNotContain("'");
                assertThat(count(formatted[0], "'"))
                        .as("%s %s keeps each doubled apostrophe as one apostrophe: %s", language, key, formatted[0])
                        .isEqualTo(count(value, "''"));
                for (Integer index : used) {
                    assertThat(formatted[0])
                            .as("%s %s fills in placeholder {%s}", language, key, index)
                            .contains(counts.contains(index) ? "7" : "ARG" + index);
                }
            });
        }));
        org.junit.jupiter.api.Assertions.assertAll(checks);
    }

    /** The arguments of a pattern that choose a plural form. */
    private static Set<Integer> pluralArguments(String pattern) {
        Set<Integer> plural = new TreeSet<>();
        MessagePattern parsed = new MessagePattern(pattern);
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START && part.getArgType().hasPluralStyle()) {
                plural.add(parsed.getPart(i + 1).getValue()); // the argument's number follows its start
            }
        }
        return plural;
    }

    @Test
    void a_count_next_to_a_noun_chooses_its_plural_form_in_every_language() throws IOException {
        Pattern countedNoun = Pattern.compile("\\{\\d+} (things|years|exercises|éléments|ans|exercices|ting|år|øvelsene)\\b");
        allBundles().forEach((language, bundle) -> {
            Set<String> bare = new TreeSet<>();
            bundle.stringPropertyNames().stream()
                    .filter(key -> countedNoun.matcher(bundle.getProperty(key)).find())
                    .forEach(bare::add);
            assertThat(bare).as("%s keys that put a bare {n} before a plural noun", language).isEmpty();
        });
    }

    @Test
    void a_plural_message_says_one_thing_and_several_things() {
        IcuTranslations translations = new IcuTranslations();
        assertThat(translations.getTranslation("session.error.incomplete", Locale.ENGLISH, 1)).startsWith("1 thing to");
        assertThat(translations.getTranslation("session.error.incomplete", Locale.ENGLISH, 3)).startsWith("3 things to");
        assertThat(translations.getTranslation("session.error.incomplete", Locale.FRENCH, 1)).startsWith("1 élément à");
        assertThat(translations.getTranslation("session.error.incomplete", Locale.FRENCH, 2)).startsWith("2 éléments à");
        assertThat(translations.getTranslation("progress.flag.NO_AUTHORITY", Locale.ENGLISH, 1))
                .isEqualTo("No authority role in the last exercise");
        assertThat(translations.getTranslation("progress.flag.NO_AUTHORITY", Locale.FRENCH, 5))
                .isEqualTo("Aucune position d'autorité lors des 5 derniers exercices");
    }

    @Test
    void no_value_is_blank() throws IOException {
        allBundles().forEach((language, bundle) -> {
            Set<String> blank = new TreeSet<>();
            bundle.stringPropertyNames().stream()
                    .filter(key -> bundle.getProperty(key).isBlank())
                    .forEach(blank::add);
            assertThat(blank).as("%s keys with a blank value", language).isEmpty();
        });
    }

    @Test
    void each_translation_uses_the_same_placeholders_as_the_english_value() throws IOException {
        Properties english = load("");
        for (String suffix : List.of("_fr", "_nb")) {
            Properties translated = load(suffix);
            Map<String, String> mismatches = new LinkedHashMap<>();
            for (String key : new TreeSet<>(english.stringPropertyNames())) {
                String value = translated.getProperty(key);
                if (value == null) {
                    continue; // reported by every_english_key_is_translated_to_french_and_norwegian
                }
                Set<Integer> expected = placeholders(english.getProperty(key));
                Set<Integer> actual = placeholders(value);
                if (!expected.equals(actual)) {
                    mismatches.put(key, "English " + expected + " but " + actual);
                }
            }
            assertThat(mismatches).as("placeholder mismatches in translations%s.properties", suffix).isEmpty();
        }
    }
}
