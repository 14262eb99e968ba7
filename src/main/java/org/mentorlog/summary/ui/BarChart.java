package org.mentorlog.summary.ui;

import java.util.List;
import java.util.Locale;

/**
 * A bar chart rendered on the server as SVG: a few hundred bytes over a slow link, readable on a
 * tablet, with an optional target line (such as the UN parity target). Bars whose value is
 * suppressed are drawn as a hatched stub so the gap is visible, never as a number.
 */
final class BarChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 220;
    private static final int LEFT = 44;
    private static final int BOTTOM = 36;
    private static final int TOP = 14;

    /** One bar: its label and value (null when suppressed or undefined). */
    record Bar(String label, Double value) {
    }

    private BarChart() {
    }

    static String svg(String title, List<Bar> bars, Double target, String targetLabel, boolean percent) {
        double max = bars.stream().map(Bar::value).filter(v -> v != null).mapToDouble(Double::doubleValue).max()
                .orElse(1);
        if (target != null) {
            max = Math.max(max, target);
        }
        max = max <= 0 ? 1 : max * 1.1;
        double slot = (WIDTH - LEFT - 10) / (double) Math.max(1, bars.size());
        double plot = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns='http://www.w3.org/2000/svg' class='bar-chart' role='img' viewBox='0 0 %d %d' aria-label='%s'>",
                WIDTH, HEIGHT, escape(title)));
        svg.append(String.format(Locale.ROOT, "<line class='axis-line' x1='%d' x2='%d' y1='%.1f' y2='%.1f'/>", LEFT,
                WIDTH - 10, TOP + plot, TOP + plot));
        svg.append(String.format(Locale.ROOT, "<text class='axis' x='%d' y='%d' text-anchor='end'>%s</text>", LEFT - 4,
                TOP + 10, escape(axis(max / 1.1, percent))));
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double x = LEFT + i * slot + slot * 0.15;
            double width = slot * 0.7;
            if (bar.value() == null) {
                svg.append(String.format(Locale.ROOT,
                        "<rect class='bar-missing' x='%.1f' y='%.1f' width='%.1f' height='6'/>", x, TOP + plot - 6, width));
            } else {
                double height = plot * bar.value() / max;
                svg.append(String.format(Locale.ROOT, "<rect class='bar' x='%.1f' y='%.1f' width='%.1f' height='%.1f'/>",
                        x, TOP + plot - height, width, height));
            }
            if (bars.size() <= 16 || i % 2 == 0) {
                svg.append(String.format(Locale.ROOT, "<text class='axis' x='%.1f' y='%d' text-anchor='middle'>%s</text>",
                        x + width / 2, HEIGHT - 18, escape(bar.label())));
            }
        }
        if (target != null) {
            double y = TOP + plot - plot * target / max;
            svg.append(String.format(Locale.ROOT,
                    "<line class='target' x1='%d' x2='%d' y1='%.1f' y2='%.1f'/><text class='axis' x='%d' y='%.1f' text-anchor='end'>%s</text>",
                    LEFT, WIDTH - 10, y, y, WIDTH - 10, y - 4, escape(targetLabel)));
        }
        return svg.append("</svg>").toString();
    }

    private static String axis(double max, boolean percent) {
        return percent ? Math.round(max * 100) + " %" : String.valueOf(Math.round(max));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
    }
}
