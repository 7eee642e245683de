package no.redthread.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes a {@link ReportDocument} as HTML or as a tagged PDF (universell utforming): the one rendering path of every
 * report in Redthread, so every module's section looks the same and can be put together in one case document. An
 * OSGi service; thread-safe, and it does not touch any model (the document is plain data).
 */
public interface ReportWriter {

    /**
     * Writes the report to a file atomically: into a temporary file in the same folder that then replaces the
     * target. If writing fails, an existing file is left as it was and no temporary file is left behind; a missing
     * folder is not created.
     *
     * @throws IOException naming the file, if it cannot be written
     */
    void write(ReportDocument report, ReportFormat format, Path file) throws IOException;

    /** Writes the report to a stream (HTML as UTF-8), e.g. for the clipboard; the stream is flushed and left open. */
    void write(ReportDocument report, ReportFormat format, OutputStream out) throws IOException;
}
