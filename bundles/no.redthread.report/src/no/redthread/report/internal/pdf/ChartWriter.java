package no.redthread.report.internal.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;

import no.redthread.report.Block;
import no.redthread.report.internal.ChartGeometry;

/**
 * Draws a stacked bar chart with PDF vector graphics: the bars with their counts, the value axis and a legend, kept
 * on one page. In the structure tree it is one Figure whose alternate text says in words what the bars show.
 */
final class ChartWriter {

    private static final float SIZE = 8.5f;
    private static final float AXIS_ROOM = 36f;
    private static final float LEGEND_ROW = 14f;
    private static final float SWATCH = 8f;

    private final Pages pages;
    private final Fonts fonts;

    ChartWriter(Pages pages, Fonts fonts) {
        this.pages = pages;
        this.fonts = fonts;
    }

    /** A legend entry at its place, relative to the left margin and the legend's top. */
    private record Entry(Block.Series series, float x, int row) {
    }

    void write(Block.Chart chart, PDStructureElement figure) throws IOException {
        float labels = 0;
        for (String category : chart.categories()) {
            labels = Math.max(labels, Fonts.width(fonts.regular, SIZE, fonts.clean(category)));
        }
        labels = Math.min(labels + 8, Pages.WIDTH * 0.3f);
        float plotLeft = Pages.LEFT + labels;
        ChartGeometry geometry = new ChartGeometry(chart, Pages.WIDTH - labels - 12);
        List<Entry> legend = legend(chart);
        int rows = legend.isEmpty() ? 0 : legend.get(legend.size() - 1).row() + 1;
        float height = geometry.plotHeight() + AXIS_ROOM + rows * LEGEND_ROW + 4;
        pages.ensure(height);
        float top = pages.y();
        figure.setAlternateDescription(chart.description());
        PDLayoutAttributeObject layout = new PDLayoutAttributeObject();
        layout.setBBox(new PDRectangle(Pages.LEFT, top - height, Pages.WIDTH, height));
        figure.addAttribute(layout);

        PDPageContentStream stream = pages.stream();
        pages.begin(figure);
        axis(stream, geometry, plotLeft, top, chart.axisLabel());
        for (int i = 0; i < chart.categories().size(); i++) {
            float barTop = top - geometry.barTop(i);
            text(stream, Pages.LEFT, barTop - ChartGeometry.BAR / 2 - SIZE / 3, fonts.clean(chart.categories().get(i)),
                    0);
            for (ChartGeometry.Segment segment : geometry.segments(i)) {
                int rgb = chart.series().get(segment.series()).rgb();
                fill(stream, rgb);
                stream.addRect(plotLeft + segment.x(), barTop - ChartGeometry.BAR, segment.width(), ChartGeometry.BAR);
                stream.fill();
                String count = Integer.toString(segment.value());
                float width = Fonts.width(fonts.regular, SIZE, count);
                if (width + 4 <= segment.width()) {
                    text(stream, plotLeft + segment.x() + (segment.width() - width) / 2,
                            barTop - ChartGeometry.BAR / 2 - SIZE / 3, count,
                            ChartGeometry.darkColour(rgb) ? 0xFFFFFF : 0);
                }
            }
        }
        float legendTop = top - geometry.plotHeight() - AXIS_ROOM;
        for (Entry entry : legend) {
            float y = legendTop - entry.row() * LEGEND_ROW;
            fill(stream, entry.series().rgb());
            stream.addRect(Pages.LEFT + entry.x(), y - SWATCH, SWATCH, SWATCH);
            stream.fill();
            text(stream, Pages.LEFT + entry.x() + SWATCH + 3, y - SWATCH + 1, fonts.clean(entry.series().label()), 0);
        }
        fill(stream, 0);
        Tags.end(stream);
        pages.down(height);
    }

    /** Grid lines at the steps, the axis line, the step values under it and what the values count. */
    private void axis(PDPageContentStream stream, ChartGeometry geometry, float plotLeft, float top, String label)
            throws IOException {
        float bottom = top - geometry.plotHeight() - 2;
        stream.setLineWidth(0.5f);
        for (int value : geometry.ticks()) {
            float x = plotLeft + geometry.x(value);
            stream.setStrokingColor(value == 0 ? 0.3f : 0.85f);
            stream.moveTo(x, top + 2);
            stream.lineTo(x, bottom - 3);
            stream.stroke();
            String text = Integer.toString(value);
            text(stream, x - Fonts.width(fonts.regular, SIZE, text) / 2, bottom - 3 - SIZE, text, 0x404040);
        }
        stream.setStrokingColor(0.3f);
        stream.moveTo(plotLeft, bottom);
        stream.lineTo(plotLeft + geometry.x(geometry.ticks().get(geometry.ticks().size() - 1)), bottom);
        stream.stroke();
        String axisLabel = fonts.clean(label);
        text(stream, plotLeft + (geometry.x(geometry.ticks().get(geometry.ticks().size() - 1))
                - Fonts.width(fonts.regular, SIZE, axisLabel)) / 2, bottom - 5 - 2 * SIZE, axisLabel, 0x404040);
    }

    /** The legend's entries in rows that fit the page width. */
    private List<Entry> legend(Block.Chart chart) {
        List<Entry> entries = new ArrayList<>();
        float x = 0;
        int row = 0;
        for (Block.Series series : chart.series()) {
            float width = SWATCH + 3 + Fonts.width(fonts.regular, SIZE, fonts.clean(series.label())) + 14;
            if (x > 0 && x + width > Pages.WIDTH) {
                x = 0;
                row++;
            }
            entries.add(new Entry(series, x, row));
            x += width;
        }
        return entries;
    }

    private static void fill(PDPageContentStream stream, int rgb) throws IOException {
        stream.setNonStrokingColor((rgb >> 16 & 0xFF) / 255f, (rgb >> 8 & 0xFF) / 255f, (rgb & 0xFF) / 255f);
    }

    private void text(PDPageContentStream stream, float x, float baseline, String text, int rgb) throws IOException {
        fill(stream, rgb);
        stream.beginText();
        stream.setFont(fonts.regular, SIZE);
        stream.newLineAtOffset(x, baseline);
        stream.showText(text);
        stream.endText();
    }
}
