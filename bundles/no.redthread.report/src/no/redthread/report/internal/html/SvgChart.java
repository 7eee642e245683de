package no.redthread.report.internal.html;

import java.util.Locale;

import no.redthread.report.Block;
import no.redthread.report.internal.ChartGeometry;

/**
 * A chart as inline SVG in a {@code <figure>}: the same bars, axis and legend as the PDF, laid out by the same
 * geometry, with the description as the image's accessible name. Styles are attributes, as everywhere in the HTML.
 */
final class SvgChart {

    private static final int WIDTH = 640;
    private static final int SIZE = 11;
    /** An estimate of a character's width at {@value #SIZE} px in a sans-serif font; SVG text is not measured here. */
    private static final double CHARACTER = 6.2;
    private static final int AXIS_ROOM = 40;
    private static final int LEGEND_ROW = 18;

    private SvgChart() {
    }

    static void append(StringBuilder html, Block.Chart chart) {
        int longest = chart.categories().stream().mapToInt(String::length).max().orElse(0);
        float labels = (float) Math.min(longest * CHARACTER + 10, WIDTH * 0.3);
        ChartGeometry geometry = new ChartGeometry(chart, WIDTH - labels - 16);
        StringBuilder legend = new StringBuilder();
        int rows = legend(legend, chart, geometry.plotHeight() + AXIS_ROOM + 4);
        float height = geometry.plotHeight() + AXIS_ROOM + rows * LEGEND_ROW + 8;
        html.append("<figure style=\"margin:4pt 0 10pt 0;\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"")
                .append(" width=\"").append(WIDTH).append("\" height=\"").append(number(height))
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(number(height))
                .append("\" aria-label=\"").append(Escape.text(chart.description()))
                .append("\" font-family=\"Calibri,Arial,Helvetica,sans-serif\" font-size=\"").append(SIZE)
                .append("\">\n<title>").append(Escape.text(chart.description())).append("</title>\n");
        float top = 6;
        float bottom = top + geometry.plotHeight() + 2;
        for (int value : geometry.ticks()) {
            float x = labels + geometry.x(value);
            html.append("<line x1=\"").append(number(x)).append("\" y1=\"").append(number(top - 2))
                    .append("\" x2=\"").append(number(x)).append("\" y2=\"").append(number(bottom + 3))
                    .append("\" stroke=\"").append(value == 0 ? "#4d4d4d" : "#d9d9d9").append("\"/>\n");
            text(html, x, bottom + 3 + SIZE, "middle", "#404040", Integer.toString(value));
        }
        float end = labels + geometry.x(geometry.ticks().get(geometry.ticks().size() - 1));
        html.append("<line x1=\"").append(number(labels)).append("\" y1=\"").append(number(bottom)).append("\" x2=\"")
                .append(number(end)).append("\" y2=\"").append(number(bottom)).append("\" stroke=\"#4d4d4d\"/>\n");
        text(html, labels + (end - labels) / 2, bottom + 5 + 2 * SIZE, "middle", "#404040", chart.axisLabel());
        for (int i = 0; i < chart.categories().size(); i++) {
            float barTop = top + geometry.barTop(i);
            float middle = barTop + ChartGeometry.BAR / 2 + SIZE / 3f;
            text(html, 0, middle, "start", "#000000", chart.categories().get(i));
            for (ChartGeometry.Segment segment : geometry.segments(i)) {
                int rgb = chart.series().get(segment.series()).rgb();
                html.append("<rect x=\"").append(number(labels + segment.x())).append("\" y=\"").append(number(barTop))
                        .append("\" width=\"").append(number(segment.width())).append("\" height=\"")
                        .append(number(ChartGeometry.BAR)).append("\" fill=\"").append(colour(rgb)).append("\"/>\n");
                String count = Integer.toString(segment.value());
                if (count.length() * CHARACTER + 4 <= segment.width()) {
                    text(html, labels + segment.x() + segment.width() / 2, middle, "middle",
                            ChartGeometry.darkColour(rgb) ? "#ffffff" : "#000000", count);
                }
            }
        }
        html.append(legend).append("</svg>\n</figure>\n");
    }

    /** Writes the legend at the given top; returns its number of rows. */
    private static int legend(StringBuilder svg, Block.Chart chart, float top) {
        float x = 0;
        int row = 0;
        for (Block.Series series : chart.series()) {
            float width = (float) (12 + series.label().length() * CHARACTER + 16);
            if (x > 0 && x + width > WIDTH) {
                x = 0;
                row++;
            }
            float y = top + row * LEGEND_ROW;
            svg.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" width=\"9\" height=\"9\" fill=\"")
                    .append(colour(series.rgb())).append("\"/>\n");
            text(svg, x + 13, y + 9, "start", "#000000", series.label());
            x += width;
        }
        return chart.series().isEmpty() ? 0 : row + 1;
    }

    private static void text(StringBuilder svg, float x, float y, String anchor, String colour, String text) {
        svg.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" fill=\"").append(colour).append("\">").append(Escape.text(text))
                .append("</text>\n");
    }

    private static String colour(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xFFFFFF);
    }

    private static String number(float value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
