package no.redthread.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;

import no.redthread.report.ReportDocument;
import no.redthread.report.ReportFormat;
import no.redthread.report.ReportWriter;
import no.redthread.report.internal.html.HtmlRenderer;
import no.redthread.report.internal.pdf.PdfRenderer;
import no.redthread.workbench.io.AtomicFiles;

/** The report writer: the HTML and PDF renderers behind one service, files written atomically. */
@Component(service = ReportWriter.class)
public final class DefaultReportWriter implements ReportWriter {

    @Override
    public void write(ReportDocument report, ReportFormat format, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(report, format, out));
    }

    @Override
    public void write(ReportDocument report, ReportFormat format, OutputStream out) throws IOException {
        switch (format) {
            case HTML -> HtmlRenderer.render(report, out);
            case PDF -> PdfRenderer.render(report, out);
        }
    }
}
