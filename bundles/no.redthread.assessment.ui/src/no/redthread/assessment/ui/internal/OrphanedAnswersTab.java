package no.redthread.assessment.ui.internal;

import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;

import no.redthread.assessment.model.Answer;
import no.redthread.assessment.model.Assessment;
import no.redthread.workbench.ui.TableColumns;

/**
 * The answers to questions the worksheet version no longer has: kept, never dropped, shown read-only in a tab of
 * their own with the question text, theme and answer as they were when answered.
 */
final class OrphanedAnswersTab {

    private final CTabItem item;
    private final TableViewer table;

    OrphanedAnswersTab(CTabFolder tabs, Names names) {
        item = new CTabItem(tabs, SWT.NONE);
        table = new TableViewer(tabs, SWT.BORDER | SWT.FULL_SELECTION);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        TableColumns.add(table, Messages.get("summary.column.theme"), 150, Answer.class,
                a -> names.theme(a.getThemeId(), null));
        TableColumns.add(table, Messages.get("summary.column.question"), 340, Answer.class, Answer::getQuestionText);
        TableColumns.add(table, Messages.get("summary.column.answer"), 130, Answer.class, Answer::getOptionId);
        TableColumns.add(table, Messages.get("summary.column.justification"), 260, Answer.class,
                Answer::getJustification);
        item.setControl(table.getControl());
    }

    /** The orphaned answers of an assessment. */
    static List<Answer> of(Assessment assessment) {
        return assessment.getAnswers().stream().filter(Answer::isOrphaned).toList();
    }

    void update(Assessment assessment) {
        List<Answer> orphaned = of(assessment);
        item.setText(Messages.get("editor.orphaned", orphaned.size()));
        item.setToolTipText(Messages.get("editor.orphaned.tip"));
        table.setInput(orphaned);
    }

    TableViewer table() {
        return table;
    }
}
