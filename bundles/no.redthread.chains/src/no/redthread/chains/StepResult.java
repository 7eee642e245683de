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
 */
public record StepResult(Kind kind, List<?> items, List<ReportSection> sections, Command change) {

    public StepResult {
        Objects.requireNonNull(kind, "kind");
        items = List.copyOf(items);
        sections = List.copyOf(sections);
    }

    public StepResult(Kind kind, List<?> items, List<ReportSection> sections) {
        this(kind, items, sections, null);
    }
}
