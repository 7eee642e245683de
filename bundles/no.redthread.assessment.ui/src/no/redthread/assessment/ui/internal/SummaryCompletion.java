package no.redthread.assessment.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import no.redthread.assessment.Completion;

/**
 * Completion rows (name, progress bar, "n of m answered"). The summary refreshes after every command, so the rows are
 * kept and updated; only a worksheet with another number of dimensions adds or removes rows.
 */
final class SummaryCompletion {

    private record Row(Label name, ProgressBar bar, Label count) {
    }

    private final Composite composite;
    private final List<Row> rows = new ArrayList<>();

    SummaryCompletion(Composite parent) {
        composite = new Composite(parent, SWT.NONE);
        composite.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        composite.setLayout(new GridLayout(3, false));
    }

    /** Shows one row per name with the completion at the same index. */
    void show(List<String> names, List<Completion> completions) {
        while (rows.size() > names.size()) {
            Row row = rows.remove(rows.size() - 1);
            row.name().dispose();
            row.bar().dispose();
            row.count().dispose();
        }
        while (rows.size() < names.size()) {
            rows.add(newRow());
        }
        for (int i = 0; i < names.size(); i++) {
            Row row = rows.get(i);
            Completion completion = completions.get(i);
            row.name().setText(names.get(i));
            row.bar().setMaximum(Math.max(completion.total(), 1));
            row.bar().setSelection(completion.answered());
            row.count().setText(Messages.get("editor.completion", completion.answered(), completion.total()));
        }
    }

    private Row newRow() {
        Label name = new Label(composite, SWT.NONE);
        ProgressBar bar = new ProgressBar(composite, SWT.HORIZONTAL | SWT.SMOOTH);
        GridData barData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        barData.widthHint = 120;
        bar.setLayoutData(barData);
        Label count = new Label(composite, SWT.NONE);
        return new Row(name, bar, count);
    }

    /** The rows as shown: "name|answered of total". */
    List<String> lines() {
        return rows.stream().map(row -> row.name().getText() + "|" + row.count().getText()).toList();
    }

    /** The progress bars, to check that a refresh keeps them. */
    List<ProgressBar> bars() {
        return rows.stream().map(Row::bar).toList();
    }
}
