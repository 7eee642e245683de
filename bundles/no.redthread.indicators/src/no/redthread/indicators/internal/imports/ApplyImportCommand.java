package no.redthread.indicators.internal.imports;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.util.EList;

import no.redthread.indicators.internal.Texts;
import no.redthread.indicators.internal.imports.ImportPlan.Change;
import no.redthread.indicators.model.Series;

/**
 * Applies a built import as one undoable step: replaces the series it merged and adds the new ones. If applying
 * fails half-way, what was applied is rolled back before the exception propagates, so the model has all of the
 * import or none of it.
 */
final class ApplyImportCommand extends AbstractCommand {

    private final List<Change> changes;

    ApplyImportCommand(String origin, List<Change> changes) {
        super(Texts.get("import.command"), Texts.get("import.command.description", origin));
        this.changes = changes;
    }

    @Override
    protected boolean prepare() {
        return changes.stream().allMatch(change -> change.indicator.getSeries().containsAll(change.replaced));
    }

    @Override
    public void execute() {
        int applied = 0;
        try {
            for (Change change : changes) {
                apply(change);
                applied++;
            }
        } catch (RuntimeException e) {
            for (int i = applied; i >= 0; i--) {
                if (i < changes.size()) {
                    revert(changes.get(i));
                }
            }
            throw e;
        }
    }

    @Override
    public void undo() {
        for (int i = changes.size() - 1; i >= 0; i--) {
            revert(changes.get(i));
        }
    }

    @Override
    public void redo() {
        execute();
    }

    @Override
    public Collection<?> getAffectedObjects() {
        return changes.stream().map(change -> change.indicator).toList();
    }

    private static void apply(Change change) {
        swap(change.indicator.getSeries(), change.replaced, change.replacements);
        change.indicator.getSeries().addAll(change.added);
    }

    /** Takes one change back; safe on a change that was applied only in part. */
    private static void revert(Change change) {
        EList<Series> series = change.indicator.getSeries();
        series.removeAll(new HashSet<>(change.added));
        swap(series, change.replacements, change.replaced);
    }

    private static void swap(EList<Series> series, List<Series> from, List<Series> to) {
        for (int i = 0; i < from.size(); i++) {
            int at = series.indexOf(from.get(i));
            if (at >= 0) {
                series.set(at, to.get(i));
            }
        }
    }
}
