package org.mentorlog.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mentorlog.base.Languages;

/**
 * Every text the field app asks for travels with the snapshot in each of its languages: a key missing there
 * would show as the key itself on a tablet, offline, where nobody can fix it.
 */
class FieldTextsTest {

    private static final Path FIELD_APP = Path.of("src/main/frontend/field");
    /** {@code t('key'} and {@code m['key']}: a key written out. */
    private static final Pattern KEY = Pattern.compile("\\bt\\('([^']+)'|\\['([a-z-]+\\.[a-z0-9.-]+)']");
    /** {@code t(`prefix.${...}`)}: a family of keys, one per enum constant or code. */
    private static final Pattern FAMILY = Pattern.compile("\\bt\\(`([^`$]+)\\$\\{");

    @Test
    void every_key_the_field_app_uses_is_in_the_snapshot_texts_of_every_language() throws IOException {
        Set<String> keys = new TreeSet<>();
        Set<String> families = new TreeSet<>();
        for (String source : sources()) {
            matches(KEY, source).forEach(keys::add);
            matches(FAMILY, source).forEach(families::add);
        }
        assertThat(keys).as("keys the field app uses").hasSizeGreaterThan(50).contains("field.sync-now");
        assertThat(families).contains("session.status.");
        for (Locale language : Languages.ALL) {
            Set<String> sent = FieldMessages.of(language).keySet();
            assertThat(sent).as("texts sent to a tablet in %s", language).containsAll(keys);
            assertThat(families).as("key families in %s", language)
                    .allSatisfy(family -> assertThat(sent).anyMatch(key -> key.startsWith(family)));
        }
    }

    private static List<String> sources() throws IOException {
        try (Stream<Path> files = Files.list(FIELD_APP)) {
            List<String> sources = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().matches(".*\\.tsx?")).toList()) {
                sources.add(Files.readString(file));
            }
            return sources;
        }
    }

    private static List<String> matches(Pattern pattern, String source) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(source);
        while (matcher.find()) {
            found.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        }
        return found;
    }
}
