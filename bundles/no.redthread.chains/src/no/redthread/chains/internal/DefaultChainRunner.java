package no.redthread.chains.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.chains.Chain;
import no.redthread.chains.ChainCancelledException;
import no.redthread.chains.ChainException;
import no.redthread.chains.ChainOutcome;
import no.redthread.chains.ChainOutcome.Status;
import no.redthread.chains.ChainOutcome.StepOutcome;
import no.redthread.chains.ChainRunner;
import no.redthread.chains.ChainStep;
import no.redthread.chains.ChainSteps;
import no.redthread.chains.Kind;
import no.redthread.chains.ProgressMonitor;
import no.redthread.chains.StepInput;
import no.redthread.chains.StepResult;
import no.redthread.report.ReportSection;
import no.redthread.workspace.Workspace;

/** Runs the steps in turn; see {@link ChainRunner} for the rules on failure, cancellation and model changes. */
@Component(service = ChainRunner.class)
public final class DefaultChainRunner implements ChainRunner {

    private final ChainSteps steps;

    @Activate
    public DefaultChainRunner(@Reference ChainSteps steps) {
        this.steps = steps;
    }

    @Override
    public ChainOutcome run(Chain chain, Workspace workspace, Options options, ProgressMonitor monitor)
            throws ChainException {
        List<ChainStep> resolved = steps.check(chain);
        List<StepOutcome> done = new ArrayList<>();
        List<ReportSection> sections = new ArrayList<>();
        List<Command> changes = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        StepInput input = new StepInput(Kind.WORKSPACE, List.of());
        CommandStack stack = workspace.commandStack();
        try (DirectChanges direct = new DirectChanges(stack, options.modelThread())) {
            for (int i = 0; i < resolved.size(); i++) {
                ChainStep step = resolved.get(i);
                if (monitor.isCancelled()) {
                    return new ChainOutcome(Status.CANCELLED, done, step.id(), "cancelled", List.of(), false);
                }
                monitor.task(step.name(options.locale()), 1);
                direct.take();
                StepResult result;
                try {
                    result = step.run(input, ChainSteps.effectiveParameters(step, chain.steps().get(i)),
                            new RunContext(workspace, options, monitor, sections, chain));
                } catch (ChainCancelledException e) {
                    return new ChainOutcome(Status.CANCELLED, done, step.id(), "cancelled", List.of(), false);
                } catch (Exception | LinkageError e) {
                    return failed(done, step, e.getMessage() == null ? e.toString() : e.getMessage());
                }
                String wrong = misbehaviour(step, result, direct.take());
                if (wrong != null) {
                    return failed(done, step, wrong);
                }
                if (result.change() != null) {
                    changes.add(result.change());
                }
                if (result.kind().equals(Kind.REPORT)) {
                    result.items().forEach(item -> files.add((Path) item));
                }
                sections.addAll(result.sections());
                input = new StepInput(result.kind(), result.items());
                done.add(new StepOutcome(step.id(), step.name(options.locale()), result.kind(), result.figure(),
                        result.items()));
                monitor.worked(1);
            }
        }
        boolean changed = !changes.isEmpty();
        if (changed) {
            CompoundCommand change = new CompoundCommand(chain.name(), changes);
            options.modelThread().execute(() -> stack.execute(change));
        }
        return new ChainOutcome(Status.COMPLETED, done, "", "", files, changed);
    }

    private static String misbehaviour(ChainStep step, StepResult result, boolean executedCommand) {
        if (executedCommand) {
            return "the step changed the model directly instead of returning its change";
        }
        if (result.change() != null && !step.changesModel()) {
            return "the step returned a model change but does not declare that it changes the model";
        }
        if (!result.kind().equals(step.output())) {
            return "the step gave " + result.kind() + " but declares " + step.output();
        }
        return null;
    }

    private static ChainOutcome failed(List<StepOutcome> done, ChainStep step, String reason) {
        return new ChainOutcome(Status.FAILED, done, step.id(), reason, List.of(), false);
    }
}
