package no.redthread.assessment.ui.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;

import no.redthread.assessment.WeakTheme;
import no.redthread.assessment.model.Assessment;
import no.redthread.model.plan.Dimension;
import no.redthread.model.plan.PlanSystem;
import no.redthread.model.plan.Theme;
import no.redthread.workbench.ui.TableColumns;

/**
 * The themes the assessment rates weak, weakest first. Selecting one selects the plan model's theme, so other views
 * (the indicator dashboard, the Explorer) turn to it.
 */
final class WeakThemesTable {

    private final TableViewer table;

    WeakThemesTable(Composite parent, Names names, Consumer<WeakTheme> open) {
        table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.heightHint = 5 * table.getTable().getItemHeight() + table.getTable().getHeaderHeight();
        table.getTable().setLayoutData(data);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        TableColumns.add(table, Messages.get("summary.column.theme"), 180, WeakTheme.class,
                theme -> names.theme(theme.themeId(), null));
        TableColumns.add(table, Messages.get("weak.column.score"), 70, WeakTheme.class,
                theme -> Math.round(theme.score() * 100) + " %");
        TableColumns.add(table, Messages.get("weak.column.notFulfilled"), 90, WeakTheme.class,
                theme -> String.valueOf(theme.notFulfilled()));
        TableColumns.add(table, Messages.get("weak.column.partly"), 70, WeakTheme.class,
                theme -> String.valueOf(theme.partly()));
        table.addSelectionChangedListener(e -> {
            if (e.getStructuredSelection().getFirstElement() instanceof WeakTheme theme) {
                open.accept(theme);
            }
        });
    }

    void show(List<WeakTheme> weak) {
        table.setInput(weak);
    }

    TableViewer table() {
        return table;
    }

    /** The theme of the plan system's frame that the assessed plan or case belongs to, by catalogue id. */
    static Optional<Theme> frameTheme(Assessment assessment, String themeId) {
        return AssessmentEdits.planSystemOf(assessment).map(PlanSystem::getFrame).stream()
                .flatMap(frame -> frame.getDimensions().stream()).map(Dimension::getThemes).flatMap(List::stream)
                .filter(theme -> themeId.equals(theme.getId())).findFirst();
    }
}
