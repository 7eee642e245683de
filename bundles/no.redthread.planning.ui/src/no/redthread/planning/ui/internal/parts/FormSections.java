package no.redthread.planning.ui.internal.parts;

import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import no.redthread.planning.ui.internal.Messages;

/** The plan editor's titled sections (goals, measures), the buttons under each table, and what shows when. */
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

    /** Shows one control and takes the other out of the layout. */
    static void showOnly(Control shown, Control hidden) {
        shown.setVisible(true);
        ((GridData) shown.getLayoutData()).exclude = false;
        hidden.setVisible(false);
        ((GridData) hidden.getLayoutData()).exclude = true;
    }

    /**
     * A new list is set as input; the same list is refreshed, which keeps the selection, but not
     * while a cell is being edited (a refresh would throw away what the user is typing).
     */
    static void show(TableViewer viewer, List<?> rows) {
        if (viewer.getInput() == rows) {
            if (!viewer.isCellEditorActive()) {
                viewer.refresh();
            }
        } else {
            viewer.setInput(rows);
        }
    }
}
