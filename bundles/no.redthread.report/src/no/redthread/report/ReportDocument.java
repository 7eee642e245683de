package no.redthread.report;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A report: its metadata and its sections in order, built once by the module that knows the content and then
 * rendered as HTML or PDF by the {@link ReportWriter}. One section (an assessment, a dilemma session) is the usual
 * case; a case document put together from several modules has one section per module.
 *
 * @param title the document title (PDF title, HTML title, the PDF's running footer)
 * @param subject what the report is about (PDF subject, HTML description)
 * @param author who is responsible for the content; empty if unknown
 * @param municipality the municipality it concerns, e.g. "Røros kommune (5025)"; empty if unknown
 * @param created when the report was made
 * @param language the language the text is written in (nb-NO, nn-NO, en): the documents' language tag and the
 *            words the renderers add themselves ("Side 1 av 3")
 * @param sections the content in reading order
 */
public record ReportDocument(String title, String subject, String author, String municipality, Instant created,
        Locale language, List<ReportSection> sections) {

    public ReportDocument {
        Objects.requireNonNull(title, "title");
        subject = subject == null ? "" : subject;
        author = author == null ? "" : author;
        municipality = municipality == null ? "" : municipality;
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(language, "language");
        sections = List.copyOf(sections);
    }
}
