package no.redthread.assessment.report.internal.content;

import java.time.Instant;
import java.util.List;

/**
 * A report, built once from an assessment and its summary and then rendered as HTML or PDF.
 *
 * @param title the document title, e.g. "Bærekraftsvurdering – Kommuneplanens samfunnsdel 2024–2036"
 * @param subject what was assessed and with which worksheet (PDF metadata)
 * @param author who created the assessment; empty if unknown
 * @param created when the report was made
 * @param blocks the content in reading order
 */
public record ReportDocument(String title, String subject, String author, Instant created, List<Block> blocks) {

    public ReportDocument {
        blocks = List.copyOf(blocks);
    }
}
