package org.mentorlog.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Menu;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** Every icon the app names is drawn: a symbol missing from the sprite would show an empty square. */
class AppIconTest {

    @Test
    void every_menu_entry_and_button_icon_is_in_the_sprite() throws Exception {
        List<String> symbols = symbols();

        List<String> named = new ArrayList<>(Stream.of(AppIcon.values()).map(icon -> icon.create().getSymbol()).toList());
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Menu.class));
        for (BeanDefinition view : scanner.findCandidateComponents("org.mentorlog")) {
            named.add(Class.forName(view.getBeanClassName()).getAnnotation(Menu.class).icon());
        }

        assertThat(named).hasSizeGreaterThan(AppIcon.values().length + 10);
        assertThat(symbols).containsAll(named);
    }

    private static List<String> symbols() throws IOException {
        try (InputStream sprite = AppIconTest.class.getResourceAsStream("/META-INF/resources/icons/app-icons.svg")) {
            assertThat(sprite).isNotNull();
            Matcher ids = Pattern.compile("<symbol id=\"([a-z-]+)\"").matcher(new String(sprite.readAllBytes(), StandardCharsets.UTF_8));
            List<String> found = new ArrayList<>();
            while (ids.find()) {
                found.add(ids.group(1));
            }
            return found;
        }
    }
}
