package org.mentorlog.summary.ui;

import java.util.List;
import java.util.Objects;
import org.mentorlog.base.ui.Svg;

/**
 * A bar chart rendered on the server as SVG: a few kilobytes over a slow link, readable on a tablet.
 * One group of bars per category (a month, a team, a MOWIP area), one bar per series (women, men, …),
 * and an optional reference line such as the mission's parity target. A value that is suppressed or
 * undefined is drawn as a hatched stub so the gap is visible, never as a number.
 */
final class BarChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 240;
    private static final int LEFT = 44;
    private static final int RIGHT = 10;
    private static final int BOTTOM = 36;
    private static final int TOP = 24;

    /** One series: its name (for the legend) and one value per category, null where there is none to show. */
    record Series(String name, List<Double> values) {
    }

    /** A horizontal line across the chart at {@code value}, such as a target. */
    record Reference(double value, String label) {
    }

    private BarChart() {
    }

    /**
     * The chart as inline SVG, written small (issue 10: every open dashboard keeps its charts' markup, and a
     * slow link carries it): each series' bars are one path, the hatched stubs another, the
     * category labels one group, and numbers carry at most one decimal.
     */
    static String svg(String title, List<String> categories, List<Series> series, Reference reference,
                      boolean percent) {
        double max = series.stream().flatMap(s -> s.values().stream()).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).max().orElse(0);
        if (reference != null) {
            max = Math.max(max, reference.value());
        }
        max = max <= 0 ? 1 : max * 1.1;
        double slot = (WIDTH - LEFT - RIGHT) / (double) Math.max(1, categories.size());
        double barWidth = slot * 0.75 / Math.max(1, series.size());
        double base = HEIGHT - BOTTOM;
        double plot = base - TOP;
        StringBuilder svg = new StringBuilder("<svg class='bar-chart' role='img' viewBox='0 0 ").append(WIDTH)
                .append(' ').append(HEIGHT).append("' aria-label='").append(Svg.escape(title)).append("'>")
                .append(line("axis-line", base))
                .append("<text class='axis' x='").append(LEFT - 4).append("' y='").append(TOP + 10)
                .append("' text-anchor='end'>").append(Svg.escape(axis(max / 1.1, percent))).append("</text>");
        StringBuilder missing = new StringBuilder();
        for (int s = 0; s < series.size(); s++) {
            StringBuilder bars = new StringBuilder();
            for (int c = 0; c < categories.size(); c++) {
                Double value = series.get(s).values().get(c);
                double x = LEFT + c * slot + slot * 0.125 + s * barWidth;
                if (value == null) {
                    missing.append('M').append(n(x)).append(' ').append(n(base - 6)).append('h').append(n(barWidth * 0.9))
                            .append("v6h").append(n(-barWidth * 0.9)).append('z');
                } else if (value > 0) {
                    double height = plot * value / max;
                    bars.append('M').append(n(x)).append(' ').append(n(base)).append('v').append(n(-height))
                            .append('h').append(n(barWidth * 0.9)).append('V').append(n(base)).append('z');
                }
            }
            if (!bars.isEmpty()) {
                svg.append("<path class='bar series-").append(s).append("' d='").append(bars).append("'/>");
            }
        }
        if (!missing.isEmpty()) {
            svg.append("<path class='bar-missing' d='").append(missing).append("'/>");
        }
        svg.append("<g class='axis' text-anchor='middle'>");
        for (int c = 0; c < categories.size(); c++) {
            if (categories.size() <= 16 || c % 2 == 0) {
                svg.append("<text x='").append(n(LEFT + c * slot + slot / 2)).append("' y='").append(HEIGHT - 18)
                        .append("'>").append(Svg.escape(shorten(categories.get(c), slot))).append("</text>");
            }
        }
        svg.append("</g>");
        if (reference != null) {
            double y = base - plot * reference.value() / max;
            svg.append(line("target", y)).append("<text class='axis' x='").append(WIDTH - RIGHT).append("' y='")
                    .append(n(y - 4)).append("' text-anchor='end'>").append(Svg.escape(reference.label()))
                    .append("</text>");
        }
        if (series.size() > 1) {
            legend(svg, series);
        }
        return svg.append("</svg>").toString();
    }

    private static void legend(StringBuilder svg, List<Series> series) {
        double x = LEFT;
        for (int s = 0; s < series.size(); s++) {
            svg.append("<path class='bar series-").append(s).append("' d='M").append(n(x)).append(" 4h12v12h-12z'/>")
                    .append("<text class='axis' x='").append(n(x + 16)).append("' y='14'>")
                    .append(Svg.escape(series.get(s).name())).append("</text>");
            x += 16 + series.get(s).name().length() * 6.5 + 18;
        }
    }

    private static String line(String className, double y) {
        return "<line class='" + className + "' x1='" + LEFT + "' x2='" + (WIDTH - RIGHT) + "' y1='" + n(y) + "' y2='" + n(y)
                + "'/>";
    }

    /** A coordinate with at most one decimal and none when it is whole: "33", "50.1", "-109.1". */
    static String n(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10)
                : (tenths < 0 && tenths > -10 ? "-" : "") + tenths / 10 + "." + Math.abs(tenths % 10);
    }

    /** Category labels must not run into each other: long ones (team or area names) are cut. */
    private static String shorten(String label, double slot) {
        int fits = Math.max(3, (int) (slot / 6.5));
        return label.length() <= fits ? label : label.substring(0, fits - 1) + "…";
    }

    private static String axis(double max, boolean percent) {
        return percent ? Math.round(max * 100) + " %" : String.valueOf(Math.round(max));
    }
}
