package no.redthread.chains;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import no.redthread.report.ReportSection;
import no.redthread.workspace.Workspace;

/** Where a step runs: the workspace, the run's language and day, the sections so far, where reports go. */
public interface StepContext {

    Workspace workspace();

    /** The language of the texts the step writes. */
    Locale locale();

    /** The day deadlines and trends are judged on. */
    LocalDate today();

    ProgressMonitor monitor();

    /** The report sections of the steps before this one, in order. */
    List<ReportSection> sections();

    /** The folder that report files are written to (never the workspace folder unless the caller chose it). */
    Path outputFolder();

    /** The file name, without extension, of this workspace's report, e.g. "5025-roros". */
    String reportName();

    /** The chain being run. */
    Chain chain();
}
