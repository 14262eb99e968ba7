package org.mentorlog.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rule left open (a merge can do that) silently swallows every rule after it in the browser. */
class StylesheetTest {

    private static final Path STYLESHEET = Path.of("src/main/resources/META-INF/resources/styles/mentorlog.css");

    @Test
    void every_rule_is_closed_before_the_next_one_opens() throws IOException {
        List<String> lines = Files.readAllLines(STYLESHEET);
        Deque<Boolean> open = new ArrayDeque<>(); // per open block: is it an at-rule (@media), which may hold rules
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1).replaceAll("/\\*.*?\\*/", "");
            for (char c : line.toCharArray()) {
                if (c == '{') {
                    assertThat(open.isEmpty() || open.peek()).as("line %d opens a rule inside a rule: %s", number, line)
                            .isTrue();
                    open.push(line.strip().startsWith("@"));
                } else if (c == '}') {
                    assertThat(open).as("line %d closes nothing", number).isNotEmpty();
                    open.pop();
                }
            }
        }
        assertThat(open).as("rules left open at the end").isEmpty();
    }
}
