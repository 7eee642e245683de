package no.redthread.chains;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;

import no.redthread.workspace.Workspace;

/**
 * Runs chains on a workspace. An OSGi service; one run per call, runs on different workspaces may go in parallel.
 *
 * <p>The run checks the chain first ({@link ChainSteps#check}); then each step runs in turn on the previous output.
 * Cancellation is checked between steps and, through the monitor, inside them. A step that throws stops the chain:
 * the outcome names the step and the reason. A step that changes the model without declaring it fails the chain.
 * The declared changes of all steps are executed as one command on the workspace's command stack only when every
 * step succeeded, so a failed or cancelled run leaves the model as it was.
 */
public interface ChainRunner {

    /**
     * @param outputFolder where report steps write (created if missing)
     * @param reportName the report file's name without extension
     * @throws ChainException when the chain does not check
     */
    ChainOutcome run(Chain chain, Workspace workspace, Options options, ProgressMonitor monitor)
            throws ChainException;

    /**
     * @param locale the language of the texts
     * @param today the day deadlines and trends are judged on
     * @param outputFolder where reports are written
     * @param reportName the report's file name without extension
     * @param modelThread runs the run's one model change and returns when it is done; a window passes its display's
     *            {@code syncExec}, so that views hear of the change on their own thread while the run is in the
     *            background (since 1.1)
     */
    record Options(Locale locale, LocalDate today, Path outputFolder, String reportName, Executor modelThread) {

        public Options {
            Objects.requireNonNull(modelThread, "modelThread");
        }

        /** Options whose model change runs on the calling thread (API 1.0). */
        public Options(Locale locale, LocalDate today, Path outputFolder, String reportName) {
            this(locale, today, outputFolder, reportName, Runnable::run);
        }
    }
}
