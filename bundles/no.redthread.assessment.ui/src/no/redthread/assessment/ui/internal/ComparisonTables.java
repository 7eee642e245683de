package no.redthread.assessment.ui.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import no.redthread.assessment.AssessmentComparison;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.ui.internal.ComparisonRows.AnswerRow;
import no.redthread.assessment.ui.internal.ComparisonRows.ThemeRow;
import no.redthread.workbench.ui.TableColumns;

/** The two tables of a comparison: changed theme scores and changed answers (selecting one opens its question). */
final class ComparisonTables {

    private final Names names;
    private final TableViewer themes;
    private final TableViewer answers;

    /** @param open called with the question id of a selected changed answer */
    ComparisonTables(Composite parent, Names names, Consumer<String> open) {
        this.names = names;
        label(parent, "comparison.themes");
        themes = table(parent, 110);
        TableColumns.add(themes, Messages.get("summary.column.theme"), 170, ThemeRow.class, ThemeRow::theme);
        TableColumns.add(themes, Messages.get("comparison.column.before"), 70, ThemeRow.class, ThemeRow::before);
        TableColumns.add(themes, Messages.get("comparison.column.after"), 70, ThemeRow.class, ThemeRow::after);
        TableColumns.add(themes, Messages.get("comparison.column.change"), 90, ThemeRow.class, ThemeRow::change);
        label(parent, "comparison.answers");
        answers = table(parent, 160);
        TableColumns.add(answers, Messages.get("summary.column.question"), 280, AnswerRow.class, AnswerRow::question);
        TableColumns.add(answers, Messages.get("comparison.column.before"), 110, AnswerRow.class, AnswerRow::before);
        TableColumns.add(answers, Messages.get("comparison.column.after"), 110, AnswerRow.class, AnswerRow::after);
        TableColumns.add(answers, Messages.get("comparison.column.kind"), 110, AnswerRow.class, AnswerRow::kind);
        answers.addSelectionChangedListener(e -> open(e.getStructuredSelection(), open));
        answers.addOpenListener(e -> open((IStructuredSelection) e.getSelection(), open));
    }

    private static void label(Composite parent, String key) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(Messages.get(key));
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
    }

    private static TableViewer table(Composite parent, int height) {
        TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        data.heightHint = height;
        viewer.getTable().setLayoutData(data);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        return viewer;
    }

    private static void open(IStructuredSelection selection, Consumer<String> open) {
        if (selection.getFirstElement() instanceof AnswerRow row) {
            open.accept(row.change().questionId());
        }
    }

    /** Shows a comparison (null: empty tables) with the worksheet versions of the earlier and the later assessment. */
    void show(AssessmentComparison comparison, FormTemplate before, FormTemplate after) {
        themes.setInput(comparison == null ? List.of() : ComparisonRows.themes(comparison, names));
        answers.setInput(comparison == null ? List.of() : ComparisonRows.answers(comparison, before, after));
    }

    TableViewer themes() {
        return themes;
    }

    TableViewer answers() {
        return answers;
    }
}
