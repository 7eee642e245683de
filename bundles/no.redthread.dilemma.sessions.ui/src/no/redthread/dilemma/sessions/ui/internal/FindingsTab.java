package no.redthread.dilemma.sessions.ui.internal;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import no.redthread.dilemma.sessions.model.Session;

/** The findings tab: the findings with their kind, text and follow-up on the left, the chosen one's links beside. */
final class FindingsTab {

    private final FindingsPanel panel;
    private final FindingDetails details;

    FindingsTab(Composite page, Edits edits, FindingSources sources) {
        page.setLayout(new FillLayout());
        SashForm sash = new SashForm(page, SWT.HORIZONTAL);
        panel = new FindingsPanel(new Composite(sash, SWT.NONE), edits);
        details = new FindingDetails(sash, edits, sources);
        sash.setWeights(11, 9);
        panel.table().addSelectionChangedListener(e -> details.show(panel.selected()));
    }

    /** Shows the session's findings; with none chosen yet, the first, so its details show at once. */
    void show(Session session) {
        panel.show(session);
        if (panel.selected() == null && session != null && !session.getFindings().isEmpty()) {
            panel.table().setSelection(new StructuredSelection(session.getFindings().get(0)), true);
        }
        details.show(panel.selected());
    }

    FindingsPanel panel() {
        return panel;
    }

    FindingDetails details() {
        return details;
    }
}
