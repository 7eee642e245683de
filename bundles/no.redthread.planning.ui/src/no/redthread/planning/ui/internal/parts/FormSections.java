package no.redthread.planning.ui.internal.parts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import no.redthread.planning.ui.internal.Messages;

/** The plan editor's titled sections (goals, measures) and the row of buttons under each table. */
final class FormSections {

    private FormSections() {
    }

    /** A section with its title; the caller adds the table and {@link #buttons}. */
    static Composite section(Composite parent, String titleKey) {
        Composite section = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        section.setLayout(layout);
        new Label(section, SWT.NONE).setText(Messages.get(titleKey));
        return section;
    }

    /** Push buttons that look like buttons (a flat tool bar without icons reads as plain text). */
    static void buttons(Composite section, String firstKey, Runnable first, String secondKey, Runnable second) {
        Composite row = new Composite(section, SWT.NONE);
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.marginLeft = 0;
        row.setLayout(layout);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button(row, firstKey, first);
        button(row, secondKey, second);
    }

    private static void button(Composite row, String key, Runnable action) {
        Button button = new Button(row, SWT.PUSH);
        button.setText(Messages.get(key));
        button.addListener(SWT.Selection, e -> action.run());
    }
}
