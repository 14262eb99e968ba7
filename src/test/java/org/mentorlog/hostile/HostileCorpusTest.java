package org.mentorlog.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mentorlog.base.PlainText;

class HostileCorpusTest {

    @Test
    void the_committed_corpus_is_what_the_generator_makes_and_holds_over_a_thousand_values() {
        assertThat(HostileCorpus.values()).hasSizeGreaterThanOrEqualTo(1000)
                .as("regenerate with HostileCorpus.main").isEqualTo(HostileCorpus.generate());
    }

    @Test
    void plain_text_removes_controls_and_bidi_overrides_and_keeps_everything_else() {
        assertThat(PlainText.clean("Awa \u202Efdp.exe")).isEqualTo("Awa fdp.exe");
        assertThat(PlainText.clean("\u0000Awa\u0007 Diallo\u009F")).isEqualTo("Awa Diallo");
        assertThat(PlainText.clean("line\r\nbreak\ttab")).isEqualTo("line break tab");
        assertThat(PlainText.cleanMultiline("line\r\nbreak\ttab\u2028x")).isEqualTo("line\nbreak\ttab\nx");
        assertThat(PlainText.clean("e\u0301")).isEqualTo("é");
        assertThat(PlainText.clean("x\uD800y")).isEqualTo("xy");
        assertThat(PlainText.clean("👩🏿‍✈️ <b>x</b> ' OR 1=1 =HYPERLINK()")).isEqualTo("👩🏿‍✈️ <b>x</b> ' OR 1=1 =HYPERLINK()");
        assertThat(PlainText.clean(null)).isNull();
    }

    @Test
    void a_spreadsheet_text_cell_that_would_run_as_a_formula_gets_an_apostrophe() {
        for (String formula : new String[] {"=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"}) {
            assertThat(PlainText.forSpreadsheet(formula)).isEqualTo("'" + formula);
        }
        assertThat(PlainText.forSpreadsheet("Gao")).isEqualTo("Gao");
        assertThat(PlainText.forSpreadsheet("")).isEmpty();
    }
}
