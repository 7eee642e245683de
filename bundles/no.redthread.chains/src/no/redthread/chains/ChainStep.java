package no.redthread.chains;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A typed operation of a module, registered as an OSGi service so that any module or county plugin adds its own;
 * chains name steps by {@link #id()}. A step reads the workspace and its input and gives a {@link StepResult}. It
 * does not change the model, unless it says so by {@link #changesModel()}: then it returns the change as a command
 * instead of executing it, and the runner executes the changes of all steps as one undoable command once the whole
 * chain has succeeded.
 */
public interface ChainStep {

    /** A stable id, e.g. "assessment.weak-themes". */
    String id();

    Texts name();

    default String name(Locale locale) {
        return name().get(locale);
    }

    /** What it takes; {@link Kind#WORKSPACE} if it reads only the workspace. */
    Kind input();

    /** What it gives to the next step. */
    Kind output();

    /** Its parameters, with defaults; none by default. */
    default List<StepParameter> parameters() {
        return List.of();
    }

    /** True if it may return a model change. */
    default boolean changesModel() {
        return false;
    }

    /**
     * Runs the step.
     *
     * @param input the previous step's output
     * @param parameters every declared parameter, the chain's value or else the default
     * @param context the workspace, language, day, monitor
     * @throws ChainCancelledException when cancelled (through {@link ProgressMonitor#checkCancelled()})
     * @throws Exception anything else stops the chain, the message naming the reason
     */
    StepResult run(StepInput input, Map<String, String> parameters, StepContext context) throws Exception;
}
