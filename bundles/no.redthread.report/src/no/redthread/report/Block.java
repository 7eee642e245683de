package no.redthread.report;

import java.util.List;
import java.util.Objects;

/**
 * One block of a report section: a heading, a paragraph, a table, a bullet list or a chart. The blocks are
 * deliberately few and plain, so that the HTML and PDF renderers stay dumb and the two outputs cannot say different
 * things.
 */
public sealed interface Block {

    /**
     * A heading. Level 1 is a section's own title, which {@link ReportSection} supplies (h2 in HTML, so it fits
     * under the case document's own title); inside a section, 2 is a part such as a dimension (h3), 3 a sub-part
     * such as a theme (h4).
     */
    record Heading(int level, String text) implements Block {

        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("heading level " + level);
            }
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A paragraph. Line breaks in the text are kept (a justification may have several paragraphs).
     *
     * @param lead a bold lead-in such as "Konklusjon:"; empty if none
     * @param text the text
     * @param style body text, or a note (smaller, in italics) that explains rather than concludes
     */
    record Paragraph(String lead, String text, Style style) implements Block {

        public Paragraph {
            lead = lead == null ? "" : lead;
            text = text == null ? "" : text;
            Objects.requireNonNull(style, "style");
        }

        public static Paragraph body(String text) {
            return new Paragraph("", text, Style.BODY);
        }

        public static Paragraph note(String text) {
            return new Paragraph("", text, Style.NOTE);
        }
    }

    /**
     * A bullet list; line breaks inside an item are kept.
     *
     * @param items the items in order, at least one
     */
    record BulletList(List<String> items) implements Block {

        public BulletList {
            items = List.copyOf(items);
            if (items.isEmpty()) {
                throw new IllegalArgumentException("a bullet list without items");
            }
        }
    }

    /** The look of a paragraph. */
    enum Style {
        BODY, NOTE
    }

    /**
     * A table with a header row. Cells are plain text; line breaks in a cell are kept.
     *
     * @param columns the columns with their share of the width
     * @param rows the rows, each with one cell per column
     */
    record Table(List<Column> columns, List<List<String>> rows) implements Block {

        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException(row.size() + " cells for " + columns.size() + " columns");
                }
            }
        }
    }

    /**
     * A stacked bar chart: one bar per category, one segment per series, drawn as vector graphics (PDF) or SVG
     * (HTML).
     *
     * @param description what the chart shows, in words, for readers who cannot see it (the figure's alternate text)
     * @param axisLabel what the bars count, e.g. "Antall spørsmål"
     * @param categories the bars, top to bottom
     * @param series the segments of every bar, left to right, and the legend
     */
    record Chart(String description, String axisLabel, List<String> categories, List<Series> series)
            implements Block {

        public Chart {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
            for (Series one : series) {
                if (one.values().size() != categories.size()) {
                    throw new IllegalArgumentException(one.values().size() + " values for " + categories.size()
                            + " bars");
                }
            }
        }

        /** The sum of the segments of each bar. */
        public int total(int category) {
            return series.stream().mapToInt(one -> one.values().get(category)).sum();
        }
    }

    /**
     * One series of a chart.
     *
     * @param label its name in the legend
     * @param rgb its colour as 0xRRGGBB
     * @param values one value per category
     */
    record Series(String label, int rgb, List<Integer> values) {

        public Series {
            values = List.copyOf(values);
        }
    }

    /**
     * A table column.
     *
     * @param header the header text
     * @param percent the column's share of the table width, in percent
     */
    record Column(String header, int percent) {
    }
}
