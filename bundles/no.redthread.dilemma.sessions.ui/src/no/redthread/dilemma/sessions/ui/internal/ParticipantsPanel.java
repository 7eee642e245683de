package no.redthread.dilemma.sessions.ui.internal;

import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

import no.redthread.dilemma.sessions.SessionCommands;
import no.redthread.dilemma.sessions.model.Participant;
import no.redthread.dilemma.sessions.model.Session;
import no.redthread.dilemma.sessions.model.SessionsPackage.Literals;

/** The session's participants: name, role and sector edited in the table; add and remove. */
final class ParticipantsPanel {

    private final Edits edits;
    private final TableViewer table;
    private final Button add;
    private final Button remove;
    private Session session;

    ParticipantsPanel(Composite parent, Edits edits) {
        this.edits = edits;
        parent.setLayout(new GridLayout(2, false));
        table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 1, 2));
        table.setContentProvider(ArrayContentProvider.getInstance());
        TextColumn.add(table, "participant.name", 200, Literals.PARTICIPANT__NAME, edits, "command.participant");
        TextColumn.add(table, "participant.role", 180, Literals.PARTICIPANT__ROLE, edits, "command.participant");
        TextColumn.add(table, "participant.sector", 180, Literals.PARTICIPANT__SECTOR, edits, "command.participant");
        TextColumn.enableEditing(table);
        add = new Button(parent, SWT.PUSH);
        add.setText(Messages.get("participant.add"));
        add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        add.addListener(SWT.Selection, e -> table.editElement(add(Messages.get("participant.new-name"), null, null), 0));
        remove = new Button(parent, SWT.PUSH);
        remove.setText(Messages.get("participant.remove"));
        remove.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        remove.addListener(SWT.Selection, e -> removeSelected());
        table.addSelectionChangedListener(e -> enable());
    }

    Participant add(String name, String role, String sector) {
        Participant added = (Participant) edits.run(
                SessionCommands.addParticipant(edits.domain(), session, name, role, sector));
        show(session);
        table.setSelection(new StructuredSelection(added), true);
        return added;
    }

    void removeSelected() {
        if (table.getStructuredSelection().getFirstElement() instanceof Participant participant) {
            edits.run(SessionCommands.removeParticipant(edits.domain(), participant));
        }
    }

    /** Shows the session's participants; a name being typed stays open while the same session refreshes. */
    void show(Session shown) {
        if (shown == session && table.isCellEditorActive()) {
            return;
        }
        session = shown;
        List<Participant> rows = shown == null ? List.of() : List.copyOf(shown.getParticipants());
        table.setInput(rows);
        enable();
    }

    private void enable() {
        add.setEnabled(session != null);
        remove.setEnabled(table.getStructuredSelection().getFirstElement() instanceof Participant);
    }

    TableViewer table() {
        return table;
    }

    Button addButton() {
        return add;
    }
}
