package org.mentorlog.summary.ui;

import java.util.List;
import java.util.Locale;
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
        double plot = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns='http://www.w3.org/2000/svg' class='bar-chart' role='img' viewBox='0 0 %d %d' aria-label='%s'>",
                WIDTH, HEIGHT, Svg.escape(title)));
        svg.append(String.format(Locale.ROOT, "<line class='axis-line' x1='%d' x2='%d' y1='%.1f' y2='%.1f'/>", LEFT,
                WIDTH - RIGHT, TOP + plot, TOP + plot));
        svg.append(String.format(Locale.ROOT, "<text class='axis' x='%d' y='%d' text-anchor='end'>%s</text>", LEFT - 4,
                TOP + 10, Svg.escape(axis(max / 1.1, percent))));
        for (int c = 0; c < categories.size(); c++) {
            double groupStart = LEFT + c * slot + slot * 0.125;
            for (int s = 0; s < series.size(); s++) {
                Double value = series.get(s).values().get(c);
                double x = groupStart + s * barWidth;
                if (value == null) {
                    svg.append(String.format(Locale.ROOT,
                            "<rect class='bar-missing' x='%.1f' y='%.1f' width='%.1f' height='6'/>", x, TOP + plot - 6,
                            barWidth * 0.9));
                } else {
                    double height = plot * Math.max(0, value) / max;
                    svg.append(String.format(Locale.ROOT,
                            "<rect class='bar series-%d' x='%.1f' y='%.1f' width='%.1f' height='%.1f'/>", s, x,
                            TOP + plot - height, barWidth * 0.9, height));
                }
            }
            if (categories.size() <= 16 || c % 2 == 0) {
                svg.append(String.format(Locale.ROOT, "<text class='axis' x='%.1f' y='%d' text-anchor='middle'>%s</text>",
                        LEFT + c * slot + slot / 2, HEIGHT - 18, Svg.escape(shorten(categories.get(c), slot))));
            }
        }
        if (reference != null) {
            double y = TOP + plot - plot * reference.value() / max;
            svg.append(String.format(Locale.ROOT,
                    "<line class='target' x1='%d' x2='%d' y1='%.1f' y2='%.1f'/><text class='axis' x='%d' y='%.1f' text-anchor='end'>%s</text>",
                    LEFT, WIDTH - RIGHT, y, y, WIDTH - RIGHT, y - 4, Svg.escape(reference.label())));
        }
        if (series.size() > 1) {
            legend(svg, series);
        }
        return svg.append("</svg>").toString();
    }

    private static void legend(StringBuilder svg, List<Series> series) {
        double x = LEFT;
        for (int s = 0; s < series.size(); s++) {
            svg.append(String.format(Locale.ROOT,
                    "<rect class='bar series-%d' x='%.1f' y='4' width='12' height='12'/><text class='axis' x='%.1f' y='14'>%s</text>",
                    s, x, x + 16, Svg.escape(series.get(s).name())));
            x += 16 + series.get(s).name().length() * 6.5 + 18;
        }
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
