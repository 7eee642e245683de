package no.redthread.dilemma.sessions.ui.internal;

import java.util.List;
import java.util.Objects;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import no.redthread.dilemma.sessions.FindingCommands;
import no.redthread.dilemma.sessions.model.Dissent;
import no.redthread.dilemma.sessions.model.Finding;
import no.redthread.dilemma.sessions.model.Participant;
import no.redthread.dilemma.sessions.model.Session;
import no.redthread.workbench.ui.TableColumns;

/**
 * The dissents to a finding, each kept as its participant wrote it: choose one of the session's participants,
 * write the dissent and add it; remove the selected one. One command each.
 */
final class DissentList {

    private final Edits edits;
    private final TableViewer table;
    private final Combo participant;
    private final Text text;
    private final Button add;
    private final Button remove;
    private final Label problem;
    private Finding finding;
    private List<Participant> participants = List.of();

    DissentList(Composite parent, Edits edits) {
        this.edits = edits;
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(2, false));
        root.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table = new TableViewer(root, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.setContentProvider(ArrayContentProvider.getInstance());
        TableColumns.add(table, Messages.get("dissent.participant"), 130, Dissent.class,
                d -> d.getParticipant() == null ? "" : Objects.toString(d.getParticipant().getName(), ""));
        TableColumns.add(table, Messages.get("dissent.text"), 300, Dissent.class,
                d -> Objects.toString(d.getText(), ""));
        remove = button(root, "dissent.remove");
        remove.addListener(SWT.Selection, e -> {
            if (table.getStructuredSelection().getFirstElement() instanceof Dissent dissent) {
                edits.run(FindingCommands.removeDissent(edits.domain(), dissent));
            }
        });
        participant = new Combo(root, SWT.READ_ONLY);
        participant.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        text = new Text(root, SWT.BORDER | SWT.SINGLE);
        text.setMessage(Messages.get("dissent.text"));
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.addListener(SWT.DefaultSelection, e -> add());
        add = button(root, "dissent.add");
        add.addListener(SWT.Selection, e -> add());
        problem = new Label(root, SWT.WRAP);
        problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
    }

    private static Button button(Composite parent, String key) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(Messages.get(key));
        button.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        return button;
    }

    /** Adds the typed dissent for the chosen participant; says what is missing instead when either is. */
    void add() {
        Participant who = chosenParticipant();
        String written = CommittingText.orNull(text.getText());
        if (finding == null || who == null || written == null) {
            problem.setText(Messages.get("dissent.need-participant"));
            return;
        }
        problem.setText("");
        edits.run(FindingCommands.addDissent(edits.domain(), finding, who, written));
        text.setText("");
    }

    /** Shows the finding's dissents and its session's participants, keeping the participant chosen. */
    void show(Finding shown) {
        finding = shown;
        Participant before = chosenParticipant();
        participants = shown == null ? List.of() : List.copyOf(((Session) shown.eContainer()).getParticipants());
        participant.setItems(participants.stream().map(p -> Objects.toString(p.getName(), "")).toArray(String[]::new));
        participant.select(before == null ? -1 : participants.indexOf(before));
        table.setInput(shown == null ? List.of() : List.copyOf(shown.getDissents()));
        for (var control : List.of(participant, text, add, remove)) {
            control.setEnabled(shown != null);
        }
    }

    private Participant chosenParticipant() {
        int selected = participant.getSelectionIndex();
        return selected < 0 || selected >= participants.size() ? null : participants.get(selected);
    }

    TableViewer table() {
        return table;
    }

    Combo participant() {
        return participant;
    }

    Text text() {
        return text;
    }
}
