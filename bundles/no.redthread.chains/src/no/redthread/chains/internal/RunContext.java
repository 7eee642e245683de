package no.redthread.chains.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import no.redthread.chains.Chain;
import no.redthread.chains.ChainRunner;
import no.redthread.chains.ProgressMonitor;
import no.redthread.chains.StepContext;
import no.redthread.report.ReportSection;
import no.redthread.workspace.Workspace;

/** The context of one step: the run's options and the sections of the steps before it. */
record RunContext(Workspace workspace, ChainRunner.Options options, ProgressMonitor monitor,
        List<ReportSection> sections, Chain chain) implements StepContext {

    RunContext {
        sections = List.copyOf(sections);
    }

    @Override
    public Locale locale() {
        return options.locale();
    }

    @Override
    public LocalDate today() {
        return options.today();
    }

    @Override
    public Path outputFolder() {
        return options.outputFolder();
    }

    @Override
    public String reportName() {
        return options.reportName();
    }
}
