package org.mentorlog.progress.ui;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.mentorlog.base.ui.Svg;
import org.mentorlog.progress.MenteeProgress.Rating;

/**
 * A competency's ratings over time as a small server-rendered SVG: no chart library to download on
 * a slow link, crisp on any screen. Levels run 1 (not yet) to 4 (can instruct others).
 */
final class RatingChart {

    private static final int WIDTH = 600;
    private static final int HEIGHT = 160;
    private static final int LEFT = 36;
    private static final int RIGHT = 16;
    private static final int TOP = 12;
    private static final int BOTTOM = 28;

    private RatingChart() {
    }

    /** The SVG markup; {@code title} is already-translated text and is escaped here. */
    static String svg(List<Rating> ratings, String title, String firstLabel, String lastLabel) {
        LocalDate first = ratings.getFirst().date();
        LocalDate last = ratings.getLast().date();
        long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
        String points = ratings.stream()
                .map(rating -> x(ChronoUnit.DAYS.between(first, rating.date()), span) + "," + y(rating.level()))
                .collect(Collectors.joining(" "));
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns='http://www.w3.org/2000/svg' class='rating-chart' role='img' viewBox='0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("' aria-label='").append(Svg.escape(title)).append("'>");
        for (int level = 1; level <= 4; level++) {
            svg.append(String.format(Locale.ROOT,
                    "<line x1='%d' x2='%d' y1='%.1f' y2='%.1f' class='grid'/><text x='%d' y='%.1f' class='axis'>%d</text>",
                    LEFT, WIDTH - RIGHT, y(level), y(level), LEFT - 20, y(level) + 4, level));
        }
        svg.append("<polyline class='line' fill='none' points='").append(points).append("'/>");
        ratings.forEach(rating -> svg.append(String.format(Locale.ROOT, "<circle class='dot' r='5' cx='%.1f' cy='%.1f'/>",
                x(ChronoUnit.DAYS.between(first, rating.date()), span), y(rating.level()))));
        svg.append(String.format(Locale.ROOT, "<text x='%d' y='%d' class='axis'>%s</text>", LEFT, HEIGHT - 6,
                Svg.escape(firstLabel)));
        svg.append(String.format(Locale.ROOT, "<text x='%d' y='%d' class='axis' text-anchor='end'>%s</text>",
                WIDTH - RIGHT, HEIGHT - 6, Svg.escape(lastLabel)));
        return svg.append("</svg>").toString();
    }

    private static double x(long day, long span) {
        return LEFT + 10 + (WIDTH - LEFT - RIGHT - 20) * (double) day / span;
    }

    private static double y(int level) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (4 - level) / 3.0;
    }
}
