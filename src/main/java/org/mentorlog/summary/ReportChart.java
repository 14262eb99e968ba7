package org.mentorlog.summary;

import java.awt.Color;
import java.util.List;
import java.util.Objects;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;

/**
 * A bar chart drawn with PDF primitives, one group of bars per breakdown cell and one bar per series.
 * A suppressed value is drawn as a grey stub so the gap shows, never as a bar of any height.
 */
final class ReportChart {

    static final float WIDTH = 760;
    static final float HEIGHT = 190;
    private static final float LEFT = 40;
    private static final float BOTTOM = 28;
    private static final float TOP = 22;
    private static final Color AXIS = new Color(0x55, 0x55, 0x55);
    private static final Color STUB = new Color(0xbb, 0xbb, 0xbb);

    /** One series: its name in the legend, its colour, and its value per cell. */
    record Series(String name, Color color, List<IndicatorValue> values) {
    }

    private ReportChart() {
    }

    static Image draw(PdfContentByte canvas, BaseFont font, List<String> labels, List<Series> series,
                      String suppressed) {
        PdfTemplate chart = canvas.createTemplate(WIDTH, HEIGHT);
        double max = series.stream().flatMap(s -> s.values().stream()).filter(Objects::nonNull)
                .map(IndicatorValue::value).filter(Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(0);
        double top = max <= 0 ? 1 : max * 1.1;
        float plot = HEIGHT - TOP - BOTTOM;
        float slot = (WIDTH - LEFT - 10) / Math.max(1, labels.size());
        float bar = slot * 0.8f / series.size();
        // Label every cell that has room for it: with five years by month, every fourth month or so.
        float widest = (float) labels.stream().mapToDouble(label -> font.getWidthPoint(label, 8)).max().orElse(0);
        int step = Math.max(1, (int) Math.ceil((widest + 6) / slot));
        chart.setColorStroke(AXIS);
        chart.moveTo(LEFT, BOTTOM);
        chart.lineTo(WIDTH - 10, BOTTOM);
        chart.stroke();
        text(chart, font, String.valueOf(Math.round(max)), Element.ALIGN_RIGHT, LEFT - 4, BOTTOM + (float) (plot * max / top) - 3);
        text(chart, font, "0", Element.ALIGN_RIGHT, LEFT - 4, BOTTOM - 3);
        for (int i = 0; i < labels.size(); i++) {
            float x = LEFT + i * slot + slot * 0.1f;
            for (int s = 0; s < series.size(); s++) {
                IndicatorValue value = series.get(s).values().get(i);
                if (value != null && value.suppressed()) {
                    box(chart, STUB, x + s * bar, BOTTOM, bar * 0.9f, 3);
                } else if (value != null && value.value() != null) {
                    box(chart, series.get(s).color(), x + s * bar, BOTTOM, bar * 0.9f, (float) (plot * value.value() / top));
                }
            }
            if (i % step == 0) {
                text(chart, font, labels.get(i), Element.ALIGN_CENTER, x + slot * 0.4f, BOTTOM - 12);
            }
        }
        legend(chart, font, series, suppressed);
        return Image.getInstance(chart);
    }

    private static void legend(PdfTemplate chart, BaseFont font, List<Series> series, String suppressed) {
        float x = LEFT;
        float y = HEIGHT - 12;
        for (Series s : series) {
            x = key(chart, font, s.color(), s.name(), x, y);
        }
        key(chart, font, STUB, suppressed, x, y);
    }

    private static float key(PdfTemplate chart, BaseFont font, Color color, String name, float x, float y) {
        box(chart, color, x, y, 8, 8);
        text(chart, font, name, Element.ALIGN_LEFT, x + 11, y + 1);
        return x + 11 + font.getWidthPoint(name, 8) + 14;
    }

    private static void box(PdfTemplate chart, Color color, float x, float y, float width, float height) {
        chart.setColorFill(color);
        chart.rectangle(x, y, width, height);
        chart.fill();
    }

    private static void text(PdfTemplate chart, BaseFont font, String text, int alignment, float x, float y) {
        chart.beginText();
        chart.setColorFill(AXIS);
        chart.setFontAndSize(font, 8);
        chart.showTextAligned(alignment, text, x, y, 0);
        chart.endText();
    }
}
