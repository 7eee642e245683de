package no.redthread.chains.ui.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import no.redthread.chains.Chain;
import no.redthread.chains.ChainException;
import no.redthread.chains.ChainOutcome;
import no.redthread.chains.ChainRunner;
import no.redthread.workspace.Workspace;

/**
 * Runs a chain on the open workspace on a thread of its own, with a progress bar, a Cancel button and a status line
 * that names the step running, and at the end how the run went. The run's one model change is executed on the UI
 * thread ({@code syncExec}), where the views hear of it.
 */
final class RunControl {

    /** Where the chain editor's reports go: a folder of the workspace, the file named by the chain's id. */
    static final String REPORT_FOLDER = "rapporter";

    private final ChainRunner runner;
    private final Consumer<ChainResults.Run> finished;
    private final Function<String, String> stepName;
    private final ProgressBar bar;
    private final Button cancel;
    private final Label status;
    private UiMonitor monitor;

    /** The bar and Cancel go on the row of buttons, the status line under it. */
    RunControl(Composite buttons, Composite parent, ChainRunner runner, Function<String, String> stepName,
            Consumer<ChainResults.Run> finished) {
        this.runner = runner;
        this.stepName = stepName;
        this.finished = finished;
        bar = new ProgressBar(buttons, SWT.HORIZONTAL);
        bar.setLayoutData(new GridData(160, SWT.DEFAULT));
        cancel = new Button(buttons, SWT.PUSH);
        cancel.setText(Messages.get("run.cancel"));
        cancel.setEnabled(false);
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        cancel.addListener(SWT.Selection, e -> cancel());
    }

    /** Asks the run to stop; it stops at the next check, between steps or inside one. */
    void cancel() {
        if (monitor != null) {
            monitor.cancel();
            status.setText(Messages.get("run.cancelling"));
        }
    }

    boolean running() {
        return monitor != null;
    }

    Label status() {
        return status;
    }

    Button cancelButton() {
        return cancel;
    }

    /** Starts the run; {@code done} is called on the UI thread when it ended, however it ended. */
    void start(Chain chain, Workspace workspace, Runnable done) {
        Display display = bar.getDisplay();
        monitor = new UiMonitor(bar, status);
        UiMonitor running = monitor;
        bar.setMaximum(chain.steps().size());
        bar.setSelection(0);
        cancel.setEnabled(true);
        status.setText(Messages.get("run.started", chain.name()));
        ChainRunner.Options options = new ChainRunner.Options(Locale.getDefault(), LocalDate.now(),
                workspace.folder().resolve(REPORT_FOLDER), chain.id(), display::syncExec);
        Thread thread = new Thread(() -> {
            String text;
            ChainOutcome outcome = null;
            try {
                outcome = runner.run(chain, workspace, options, running);
                text = describe(outcome);
            } catch (ChainException | RuntimeException e) {
                text = Messages.get("run.refused", e.getMessage());
            }
            ChainOutcome ended = outcome;
            String said = text;
            display.asyncExec(() -> end(chain, ended, said, done));
        }, "Redthread chain " + chain.id());
        thread.setDaemon(true);
        thread.start();
    }

    private void end(Chain chain, ChainOutcome outcome, String text, Runnable done) {
        monitor = null;
        if (bar.isDisposed()) {
            return;
        }
        cancel.setEnabled(false);
        status.setText(text);
        status.getParent().layout(true);
        if (outcome != null) {
            finished.accept(new ChainResults.Run(chain.name(), outcome, stepName.apply(outcome.failedStep())));
        }
        done.run();
    }

    /** How the run ended, naming the step it stopped at and why. */
    private String describe(ChainOutcome outcome) {
        String step = stepName.apply(outcome.failedStep());
        return switch (outcome.status()) {
            case COMPLETED -> Messages.get(outcome.changedModel() ? "run.completedChanged" : "run.completed",
                    outcome.steps().size());
            case CANCELLED -> Messages.get("run.cancelled", step, outcome.steps().size());
            case FAILED -> Messages.get("run.failed", step, outcome.reason());
        };
    }
}
