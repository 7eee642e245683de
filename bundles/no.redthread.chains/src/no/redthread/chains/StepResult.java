package no.redthread.chains;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;

import no.redthread.report.ReportSection;

/**
 * What a step gives: items of its output kind for the next step, report sections for the report, a one-line summary
 * for tables across workspaces, and, only from a step that {@link ChainStep#changesModel() changes the model}, the
 * change as a command that the runner executes when the whole chain has succeeded.
 *
 * @param kind the step's declared output kind
 * @param items the items
 * @param sections report sections (the report step composes them), possibly none
 * @param change the model change, or null
 * @param figure the figure that summaries across workspaces show for this step: the number of items, unless the
 *            step says otherwise (a step that passes its input on counts what it found)
 */
public record StepResult(Kind kind, List<?> items, List<ReportSection> sections, Command change, int figure) {

    public StepResult {
        Objects.requireNonNull(kind, "kind");
        items = List.copyOf(items);
        sections = List.copyOf(sections);
    }

    public StepResult(Kind kind, List<?> items, List<ReportSection> sections) {
        this(kind, items, sections, null, items.size());
    }

    /** This result with another summary figure. */
    public StepResult withFigure(int count) {
        return new StepResult(kind, items, sections, change, count);
    }

    /** This result with a model change (only for a step that declares it changes the model). */
    public StepResult withChange(Command command) {
        return new StepResult(kind, items, sections, command, figure);
    }
}
