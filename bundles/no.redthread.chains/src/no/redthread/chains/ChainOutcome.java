package no.redthread.chains;

import java.nio.file.Path;
import java.util.List;

/**
 * How a run ended.
 *
 * @param status whether all steps ran
 * @param steps the steps that ran to the end, in order
 * @param failedStep the id of the step that failed or was cancelled in; empty when none
 * @param reason why it failed; empty when it did not
 * @param files the files the run wrote (reports)
 * @param changedModel true when the run executed a model change (one undoable command)
 */
public record ChainOutcome(Status status, List<StepOutcome> steps, String failedStep, String reason, List<Path> files,
        boolean changedModel) {

    public ChainOutcome {
        steps = List.copyOf(steps);
        files = List.copyOf(files);
    }

    public enum Status {
        COMPLETED, FAILED, CANCELLED
    }

    /**
     * One step that ran.
     *
     * @param step the step's id
     * @param name its name in the run's language
     * @param kind its output kind
     * @param count its summary figure ({@link StepResult#figure()})
     * @param items its output items, of the type its kind names (since 1.1; what the chain editor's results show)
     */
    public record StepOutcome(String step, String name, Kind kind, int count, List<?> items) {

        public StepOutcome {
            items = List.copyOf(items);
        }

        /** A step outcome without its items (API 1.0). */
        public StepOutcome(String step, String name, Kind kind, int count) {
            this(step, name, kind, count, List.of());
        }
    }
}
