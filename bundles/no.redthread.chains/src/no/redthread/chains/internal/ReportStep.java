package no.redthread.chains.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.chains.ChainStep;
import no.redthread.chains.Kind;
import no.redthread.chains.StepContext;
import no.redthread.chains.StepInput;
import no.redthread.chains.StepParameter;
import no.redthread.chains.StepResult;
import no.redthread.chains.Texts;
import no.redthread.model.plan.Organisation;
import no.redthread.report.ReportDocument;
import no.redthread.report.ReportFormat;
import no.redthread.report.ReportWriter;
import no.redthread.workbench.io.AtomicFiles;
import no.redthread.report.ReportSection;

/**
 * Composes the sections of the steps before it into one report, through the shared {@link ReportWriter}. Both
 * formats are rendered in memory first and written only then (each atomically), so a run cancelled while rendering
 * leaves no file behind.
 */
@Component(service = ChainStep.class)
public final class ReportStep implements ChainStep {

    static final String ID = "report.compose";

    private final ReportWriter writer;

    @Activate
    public ReportStep(@Reference ReportWriter writer) {
        this.writer = writer;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Texts name() {
        return new Texts("Rapport (PDF og HTML)", "Rapport (PDF og HTML)", "Report (PDF and HTML)");
    }

    @Override
    public Kind input() {
        return Kind.ANY;
    }

    @Override
    public Kind output() {
        return Kind.REPORT;
    }

    @Override
    public List<StepParameter> parameters() {
        return List.of(new StepParameter("formats", "pdf,html", new Texts("Formater, kommaseparert (pdf, html)",
                "Format, kommaseparert (pdf, html)", "Formats, comma-separated (pdf, html)")));
    }

    @Override
    public StepResult run(StepInput input, Map<String, String> parameters, StepContext context) throws IOException {
        List<ReportSection> sections = context.sections();
        if (sections.isEmpty()) {
            throw new IOException("no step before the report gave a section");
        }
        String municipality = municipality(context);
        String title = municipality.isEmpty() ? context.chain().name() : context.chain().name() + " – " + municipality;
        ReportDocument document = new ReportDocument(title, context.chain().name(), "", municipality, Instant.now(),
                context.locale(), sections);
        List<ReportFormat> formats = formats(parameters.get("formats"));
        List<byte[]> rendered = new ArrayList<>();
        for (ReportFormat format : formats) {
            context.monitor().checkCancelled();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writer.write(document, format, out);
            rendered.add(out.toByteArray());
        }
        context.monitor().checkCancelled();
        Files.createDirectories(context.outputFolder());
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < formats.size(); i++) {
            Path file = context.outputFolder().resolve(context.reportName() + "." + formats.get(i).extension());
            byte[] bytes = rendered.get(i);
            AtomicFiles.write(file, out -> out.write(bytes));
            files.add(file);
        }
        return new StepResult(Kind.REPORT, files, List.of());
    }

    private static String municipality(StepContext context) {
        return context.workspace().planSystem().map(system -> system.getOrganisation())
                .map(ReportStep::organisation).orElse("");
    }

    private static String organisation(Organisation organisation) {
        return organisation.getName() + (organisation.getNumber() == null ? "" : " (" + organisation.getNumber() + ")");
    }

    private static List<ReportFormat> formats(String value) throws IOException {
        List<ReportFormat> formats = new ArrayList<>();
        for (String name : value.split(",")) {
            switch (name.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "pdf" -> formats.add(ReportFormat.PDF);
                case "html" -> formats.add(ReportFormat.HTML);
                case "" -> { }
                default -> throw new IOException("unknown report format '" + name.strip() + "' (pdf, html)");
            }
        }
        if (formats.isEmpty()) {
            throw new IOException("no report format given (pdf, html)");
        }
        return formats;
    }
}
