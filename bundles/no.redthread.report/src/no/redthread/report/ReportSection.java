package no.redthread.report;

import java.util.List;
import java.util.Objects;

/**
 * One section of a report, such as "Bærekraftsvurdering" or "Målkonflikter og avveiinger": its title, which the
 * renderers write as the top heading (h2 in HTML, H1 in the PDF's structure), and its blocks.
 *
 * @param title the section's title
 * @param keywords words for the PDF's keywords, e.g. "bærekraftsvurdering"
 * @param blocks the content below the title, in reading order
 */
public record ReportSection(String title, List<String> keywords, List<Block> blocks) {

    public ReportSection {
        Objects.requireNonNull(title, "title");
        keywords = List.copyOf(keywords);
        blocks = List.copyOf(blocks);
    }
}
