package no.redthread.indicators.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The heading line of an indicator view: a wrapping label on a row of its own. Beside other controls in the same
 * grid row a wrapping label is squeezed to the width of its longest syllable, so it gets the whole row.
 */
final class Headings {

    private Headings() {
    }

    static Label create(Composite parent, int columns) {
        Label heading = new Label(parent, SWT.WRAP);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, columns, 1);
        data.widthHint = 200; // the preferred width; the row's width wins, and the text wraps to it
        heading.setLayoutData(data);
        return heading;
    }
}
