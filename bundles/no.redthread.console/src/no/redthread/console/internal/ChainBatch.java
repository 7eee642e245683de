package no.redthread.console.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import no.redthread.chains.Chain;
import no.redthread.chains.ChainException;
import no.redthread.chains.ChainOutcome;
import no.redthread.chains.ChainRunner;
import no.redthread.chains.ProgressMonitor;
import no.redthread.model.plan.Organisation;
import no.redthread.model.plan.PlanSystem;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;

/**
 * Runs a chain on workspace folders one after the other. The workspace service holds one current workspace at a
 * time (with its lock and journal), so the folders go in turn rather than in parallel; each is closed after its run
 * and saved only when a step declared a model change.
 */
final class ChainBatch {

    private final WorkspaceService workspaces;
    private final ChainRunner runner;

    ChainBatch(WorkspaceService workspaces, ChainRunner runner) {
        this.workspaces = workspaces;
        this.runner = runner;
    }

    BatchRow run(Chain chain, Path folder, Path out) {
        Optional<String> unreadable = WorkspaceCheck.problem(folder);
        if (unreadable.isPresent()) {
            return new BatchRow(folder, "", BatchRow.SKIPPED, List.of(), List.of(), unreadable.get());
        }
        try {
            Workspace workspace = workspaces.open(folder);
            if (!workspace.problems().isEmpty()) {
                return new BatchRow(folder, "", BatchRow.SKIPPED, List.of(), List.of(),
                        workspace.problems().get(0).toString());
            }
            String municipality = workspace.planSystem().map(PlanSystem::getOrganisation).map(ChainBatch::name)
                    .orElse("");
            ChainOutcome outcome = runner.run(chain, workspace, new ChainRunner.Options(Locale.getDefault(),
                    LocalDate.now(), out, reportName(folder)), ProgressMonitor.NONE);
            if (outcome.changedModel()) {
                workspaces.save();
            }
            String reason = outcome.status() == ChainOutcome.Status.COMPLETED ? ""
                    : outcome.failedStep() + ": " + outcome.reason();
            return new BatchRow(folder, municipality, outcome.status().name(),
                    outcome.steps().stream().map(ChainOutcome.StepOutcome::count).toList(), outcome.files(), reason);
        } catch (ChainException | IOException | RuntimeException e) {
            return new BatchRow(folder, "", "FAILED", List.of(), List.of(), String.valueOf(e.getMessage()));
        } finally {
            workspaces.close();
        }
    }

    /** The report's file name: the folder's name, which is unique within one --all-in folder. */
    static String reportName(Path folder) {
        return folder.toAbsolutePath().normalize().getFileName().toString();
    }

    private static String name(Organisation organisation) {
        return organisation.getName() + (organisation.getNumber() == null ? "" : " (" + organisation.getNumber() + ")");
    }
}
