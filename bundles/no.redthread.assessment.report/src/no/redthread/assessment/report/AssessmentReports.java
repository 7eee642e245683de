package no.redthread.assessment.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import no.redthread.assessment.model.Assessment;

/**
 * Writes an assessment's summary as the section "Bærekraftsvurdering" of a case document (saksframlegg): what was
 * assessed, the conclusion per dimension (the assessor's own text, else one generated from the answers), the
 * answers and justifications per theme, the gaps, candidate goal conflicts and orphaned answers. The text is in
 * Norwegian bokmål. An OSGi service.
 *
 * <p>HTML is one self-contained UTF-8 file meant to be opened in or pasted into a word processor (headings h2 to h4,
 * real tables, inline styles). PDF is A4 with page numbers, for attaching as it is.
 *
 * <p>The methods read the EMF objects of the assessment: call them on the thread that owns the model (the UI
 * thread or inside the editing domain's transaction). Every method throws {@link IllegalStateException}, before
 * anything is written, if the assessment's template version is not installed.
 */
public interface AssessmentReports {

    /**
     * Writes the report as HTML to a file, atomically: into a temporary file in the same folder that then replaces
     * the target. If writing fails, an existing file is left as it was and no temporary file is left behind.
     *
     * @throws IOException naming the file, if it cannot be written (e.g. the folder is missing, read-only or a file)
     */
    void writeHtml(Assessment assessment, Path file) throws IOException;

    /**
     * Writes the report as PDF to a file, atomically, as {@link #writeHtml(Assessment, Path)} does.
     *
     * @throws IOException naming the file, if it cannot be written
     */
    void writePdf(Assessment assessment, Path file) throws IOException;

    /** Writes the report as HTML (UTF-8) to a stream, e.g. for the clipboard; the stream is left open. */
    void writeHtml(Assessment assessment, OutputStream out) throws IOException;

    /** Writes the report as PDF to a stream; the stream is left open. */
    void writePdf(Assessment assessment, OutputStream out) throws IOException;
}
