package no.redthread.chains.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import no.redthread.chains.BatchListener;
import no.redthread.chains.BatchRow;
import no.redthread.chains.BatchRow.Status;
import no.redthread.chains.Chain;
import no.redthread.chains.ChainBatch;
import no.redthread.chains.ChainException;
import no.redthread.chains.ChainOutcome;
import no.redthread.chains.ChainRunner;
import no.redthread.chains.ProgressMonitor;
import no.redthread.model.plan.Organisation;
import no.redthread.model.plan.PlanSystem;
import no.redthread.workspace.DetachedWorkspace;
import no.redthread.workspace.DetachedWorkspaces;

/** One folder of a batch: load detached, run, save if the model changed, close; every ending becomes a row. */
final class FolderRun {

    static final String CANCELLED = "cancelled";

    private final Chain chain;
    private final ChainRunner runner;
    private final DetachedWorkspaces workspaces;
    private final ChainBatch.Options options;
    private final BatchListener listener;

    FolderRun(Chain chain, ChainRunner runner, DetachedWorkspaces workspaces, ChainBatch.Options options,
            BatchListener listener) {
        this.chain = chain;
        this.runner = runner;
        this.workspaces = workspaces;
        this.options = options;
        this.listener = listener;
    }

    BatchRow run(Path folder) {
        BatchRow row = listener.isCancelled() ? row(folder, "", Status.CANCELLED, CANCELLED) : load(folder);
        listener.finished(row);
        return row;
    }

    private BatchRow load(Path folder) {
        listener.started(folder);
        try (DetachedWorkspace workspace = workspaces.load(folder)) {
            if (!workspace.problems().isEmpty()) {
                return row(folder, "", Status.SKIPPED, workspace.problems().get(0).toString());
            }
            String municipality = workspace.planSystem().map(PlanSystem::getOrganisation).map(FolderRun::name)
                    .orElse("");
            ChainOutcome outcome = runner.run(chain, workspace, new ChainRunner.Options(options.locale(),
                    options.today(), options.outputFolder(), ChainBatch.reportName(folder)), monitor(folder));
            Status status = Status.valueOf(outcome.status().name());
            String reason = status == Status.COMPLETED ? "" : outcome.failedStep() + ": " + outcome.reason();
            if (outcome.changedModel()) {
                try {
                    workspace.save();
                } catch (IOException e) { // the reports are written; the row says the change was not kept
                    status = Status.FAILED;
                    reason = e.getMessage();
                }
            }
            return new BatchRow(folder, municipality, status,
                    outcome.steps().stream().map(ChainOutcome.StepOutcome::count).toList(), outcome.files(), reason);
        } catch (ChainException | IOException | RuntimeException e) {
            return row(folder, "", Status.FAILED, String.valueOf(e.getMessage()));
        }
    }

    private ProgressMonitor monitor(Path folder) {
        return new ProgressMonitor() {
            @Override
            public void task(String name, int work) {
                listener.step(folder, name);
            }

            @Override
            public void worked(int work) {
            }

            @Override
            public boolean isCancelled() {
                return listener.isCancelled();
            }
        };
    }

    private static BatchRow row(Path folder, String municipality, Status status, String reason) {
        return new BatchRow(folder, municipality, status, List.of(), List.of(), reason);
    }

    private static String name(Organisation organisation) {
        return organisation.getName() + (organisation.getNumber() == null ? "" : " (" + organisation.getNumber() + ")");
    }
}
