package org.mentorlog.summary.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The dashboard's bar charts as drawn: what a user reads off them, from the SVG the server writes. */
class BarChartTest {

    private static final Pattern BAR = Pattern.compile("M([\\d.]+) 204v-([\\d.]+)h([\\d.]+)V204z");

    @Test
    void each_value_is_a_bar_as_tall_as_its_share_and_a_hidden_one_is_a_stub() {
        Document chart = Jsoup.parse(BarChart.svg("Sessions", List.of("January", "February", "March"),
                List.of(new BarChart.Series("Sessions", Arrays.asList(2.0, null, 4.0))), null, false));

        List<double[]> bars = bars(chart.selectFirst("path.series-0").attr("d"));
        assertThat(bars).hasSize(2);
        assertThat(bars.get(1)[1]).isCloseTo(2 * bars.get(0)[1], within(0.2));
        assertThat(bars.get(1)[0]).isGreaterThan(bars.get(0)[0]);
        assertThat(chart.select("path.bar-missing").attr("d")).containsOnlyOnce("M");
        assertThat(chart.select("g.axis text").eachText()).containsExactly("January", "February", "March");
        assertThat(chart.select("line.target")).isEmpty();
        assertThat(chart.select("svg").attr("aria-label")).isEqualTo("Sessions");
    }

    @Test
    void two_series_get_a_legend_and_a_reference_gets_its_line_and_label() {
        Document chart = Jsoup.parse(BarChart.svg("Share", List.of("Team <A>"),
                List.of(new BarChart.Series("Women", List.of(0.25)), new BarChart.Series("Men", List.of(0.5))),
                new BarChart.Reference(0.3, "Target 30 %"), true));

        assertThat(chart.select("path.series-0")).hasSize(2); // the bars and the legend's swatch
        assertThat(chart.select("text").eachText()).contains("Women", "Men", "Target 30 %", "Team <A>", "50 %");
        assertThat(chart.select("line.target")).hasSize(1);
    }

    @Test
    void coordinates_carry_at_most_one_decimal() {
        assertThat(List.of(BarChart.n(33), BarChart.n(50.14), BarChart.n(-109.06), BarChart.n(-0.46), BarChart.n(0.04)))
                .containsExactly("33", "50.1", "-109.1", "-0.5", "0");
    }

    private static List<double[]> bars(String path) {
        Matcher bar = BAR.matcher(path);
        List<double[]> bars = new ArrayList<>();
        while (bar.find()) {
            bars.add(new double[] {Double.parseDouble(bar.group(1)), Double.parseDouble(bar.group(2))});
        }
        assertThat(String.join("", bar.reset().results().map(m -> m.group()).toList())).isEqualTo(path);
        return bars;
    }
}
