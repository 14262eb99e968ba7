package org.mentorlog.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A crude scan of the main sources for words written straight into a component instead of coming from
 * the translations: a letter string given to a text component's constructor, to a label, title, helper,
 * placeholder or aria setter, or to a notification. Markup (a literal starting with {@code <}) is allowed.
 * The JSON API (api/web) answers developers in English by design and is not scanned. The field app's
 * components are scanned the same way: words after a tag (up to the next tag or expression) or in a literal
 * label-like attribute.
 */
class HardCodedTextTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern USER_FACING = Pattern.compile(
            "new (Span|Paragraph|H[1-6]|Button|Anchor|Div|Text|NativeLabel|ListItem|Emphasis|Strong)\\(\"([^\"]*)\""
                    + "|\\.(setText|setLabel|setPlaceholder|setHelperText|setTitle|setAriaLabel|setErrorMessage"
                    + "|setHeaderTitle|setHeader|setTooltipText|show)\\(\"([^\"]*)\""
                    + "|setAttribute\\(\"(aria-label|title|placeholder|alt)\", *\"([^\"]*)\"");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Path FIELD_APP = Path.of("src/main/frontend/field");
    private static final Pattern FIELD_APP_TEXT = Pattern.compile("(?<![=-])>([^<>{}]*\\p{L}{2,}[^<>{}]*)[<{]"
            + "|\\b(?:label|header|headerTitle|helperText|placeholder|aria-label|title|confirmText|cancelText"
            + "|rejectText|errorMessage|alt)=\"([^\"]*\\p{L}{2,}[^\"]*)\"");
    /** The product's name, the same in every language. */
    private static final String PRODUCT = "MentorLog";

    @Test
    void no_user_facing_text_is_written_into_the_java_sources() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.toString().replace('\\', '/').contains("/api/web/"))
                    .forEach(file -> scan(file, found));
        }
        assertThat(found).as("literal user-facing strings; put them in vaadin-i18n/translations*.properties").isEmpty();
    }

    @Test
    void no_user_facing_text_is_written_into_the_field_app() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(FIELD_APP)) {
            for (Path file : files.filter(file -> file.toString().endsWith(".tsx")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher matcher = FIELD_APP_TEXT.matcher(lines.get(i));
                    while (matcher.find()) {
                        String literal = (matcher.group(1) != null ? matcher.group(1) : matcher.group(2)).strip();
                        if (!literal.equals(PRODUCT)) {
                            found.add(file.getFileName() + ":" + (i + 1) + " \"" + literal + "\"");
                        }
                    }
                }
            }
        }
        assertThat(found).as("literal user-facing strings in the field app; use t('key') with a key in the bundles")
                .isEmpty();
    }

    private static void scan(Path file, List<String> found) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher matcher = USER_FACING.matcher(lines.get(i));
                while (matcher.find()) {
                    String literal = matcher.group(2) != null ? matcher.group(2)
                            : matcher.group(4) != null ? matcher.group(4) : matcher.group(6);
                    if (!literal.startsWith("<") && WORD.matcher(literal).find()) {
                        found.add(SOURCES.relativize(file) + ":" + (i + 1) + " \"" + literal + "\"");
                    }
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
