package org.mentorlog.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void text_is_escaped_and_reads_the_same_after_the_browser_parses_it() {
        String written = "Tom & <Jerry> \"quoted\" 1\u202f234 – 😀";

        Div div = new Markup().element("p", "line", written).component("block");

        String html = div.getElement().getProperty("innerHTML");
        assertThat(Jsoup.parseBodyFragment(html).selectFirst("p.line").text()).isEqualTo(written);
        assertThat(html).doesNotContain("<Jerry>");
    }

    @Test
    void a_few_characters_beyond_latin_1_become_references_so_the_string_stays_one_byte_per_character() {
        String narrow = Markup.narrow("<td>1\u202f234</td><td>–</td><td>Égalité</td>");

        assertThat(narrow).isEqualTo("<td>1&#8239;234</td><td>&#8211;</td><td>Égalité</td>");
        assertThat(narrow.chars()).allMatch(c -> c <= 0xFF);
    }

    @Test
    void text_mostly_beyond_latin_1_is_kept_as_it_is() {
        String arabic = "<p>مرحبا بالعالم</p>";

        assertThat(Markup.narrow(arabic)).isEqualTo(arabic);
    }

    @Test
    void cells_without_end_tags_read_as_the_cells_written() {
        Markup table = new Markup().open("table", null).open("tbody", null);
        for (String[] row : new String[][] {{"Sessions", "6", "<9>"}, {"Hours", "", "–"}}) {
            table.open("tr", null).element("th", null, row[0]).cell(row[1]).cell(row[2]).close("tr");
        }

        var rows = Jsoup.parseBodyFragment(table.close("tbody").close("table").html()).select("tbody tr");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).select("td").eachText()).containsExactly("6", "<9>");
        assertThat(rows.get(1).select("th, td")).extracting(e -> e.text()).containsExactly("Hours", "", "–");
    }
}
