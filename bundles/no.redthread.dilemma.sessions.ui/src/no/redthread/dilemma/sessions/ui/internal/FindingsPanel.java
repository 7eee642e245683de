package no.redthread.dilemma.sessions.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import no.redthread.dilemma.sessions.FindingCommands;
import no.redthread.dilemma.sessions.model.Finding;
import no.redthread.dilemma.sessions.model.FindingKind;
import no.redthread.dilemma.sessions.model.Handling;
import no.redthread.dilemma.sessions.model.Session;

/**
 * The session's goal conflicts and win-win situations; below the table the chosen finding's kind, description,
 * handling (one of the four ways), responsible and due date, each change one command.
 */
final class FindingsPanel {

    private final Edits edits;
    private final TableViewer table;
    private final Button add;
    private final Button remove;
    private final Combo kind;
    private final CommittingText description;
    private final Combo handling;
    private final CommittingText responsible;
    private final CommittingText due;
    private final Label problem;
    private Session session;

    FindingsPanel(Composite parent, Edits edits) {
        this.edits = edits;
        parent.setLayout(new GridLayout(3, false));
        table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 2));
        table.setContentProvider(ArrayContentProvider.getInstance());
        column("finding.kind", 110, f -> Messages.of("kind", f.getKind()));
        column("finding.description", 260, f -> Objects.toString(f.getDescription(), ""));
        column("finding.handling", 220, f -> Messages.of("handling", f.getHandling()));
        column("finding.responsible", 140, f -> Objects.toString(f.getResponsible(), ""));
        column("finding.due", 100, f -> Objects.toString(f.getDueDate(), ""));
        add = button(parent, "finding.add", () -> add(FindingKind.CONFLICT, null));
        remove = button(parent, "finding.remove", () -> {
            if (selected() != null) {
                edits.run(FindingCommands.remove(edits.domain(), selected()));
            }
        });
        kind = combo(parent, "finding.kind", FindingKind.VALUES.stream().map(k -> Messages.of("kind", k)).toList());
        kind.addListener(SWT.Selection, e -> withSelected(f -> FindingCommands.setKind(edits.domain(), f,
                FindingKind.VALUES.get(kind.getSelectionIndex()))));
        description = text(parent, "finding.description", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL, value -> withSelected(
                f -> FindingCommands.setDescription(edits.domain(), f, CommittingText.orNull(value))));
        ((GridData) description.control().getLayoutData()).heightHint = 60;
        handling = combo(parent, "finding.handling", Handling.VALUES.stream().map(h -> Messages.of("handling", h))
                .toList());
        handling.addListener(SWT.Selection, e -> withSelected(f -> FindingCommands.setHandling(edits.domain(), f,
                Handling.VALUES.get(handling.getSelectionIndex()), f.getHandlingNote())));
        responsible = text(parent, "finding.responsible", SWT.SINGLE, value -> withSelected(f -> FindingCommands
                .setFollowUp(edits.domain(), f, CommittingText.orNull(value), f.getDueDate())));
        due = text(parent, "finding.due", SWT.SINGLE, this::commitDue);
        problem = new Label(parent, SWT.WRAP);
        problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        table.addSelectionChangedListener(e -> showSelected());
    }

    Finding add(FindingKind findingKind, String text) {
        Finding added = (Finding) edits.run(FindingCommands.add(edits.domain(), session, findingKind, text));
        table.setInput(List.copyOf(session.getFindings()));
        table.setSelection(new StructuredSelection(added), true);
        return added;
    }

    private void commitDue(String value) {
        try {
            LocalDate date = CommittingText.orNull(value) == null ? null : LocalDate.parse(value.strip());
            problem.setText("");
            withSelected(f -> FindingCommands.setFollowUp(edits.domain(), f, f.getResponsible(), date));
        } catch (DateTimeParseException e) {
            problem.setText(Messages.get("problem.date", value));
        }
    }

    /** Runs the change on the chosen finding; with none chosen there is nothing to change. */
    private void withSelected(Function<Finding, Command> change) {
        Finding finding = selected();
        if (finding != null) {
            edits.run(change.apply(finding));
        }
    }

    void show(Session shown) {
        session = shown;
        table.setInput(shown == null ? List.of() : List.copyOf(shown.getFindings()));
        table.refresh(true);
        showSelected();
    }

    private void showSelected() {
        Finding finding = selected();
        add.setEnabled(session != null);
        remove.setEnabled(finding != null);
        for (var control : List.of(kind, description.control(), handling, responsible.control(), due.control())) {
            control.setEnabled(finding != null);
        }
        kind.select(finding == null ? -1 : FindingKind.VALUES.indexOf(finding.getKind()));
        handling.select(finding == null || finding.getHandling() == null ? -1
                : Handling.VALUES.indexOf(finding.getHandling()));
        if (finding == null || finding.getHandling() == null) {
            handling.deselectAll();
        }
        description.show(finding == null ? null : finding.getDescription());
        responsible.show(finding == null ? null : finding.getResponsible());
        due.show(finding == null || finding.getDueDate() == null ? null : finding.getDueDate().toString());
    }

    Finding selected() {
        return table.getStructuredSelection().getFirstElement() instanceof Finding finding ? finding : null;
    }

    private void column(String key, int width, Function<Finding, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(Messages.get(key));
        column.getColumn().setWidth(width);
        column.setLabelProvider(ColumnLabelProvider.createTextProvider(row -> text.apply((Finding) row)));
    }

    private static Button button(Composite parent, String key, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(Messages.get(key));
        button.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    private static Combo combo(Composite parent, String key, List<String> items) {
        new Label(parent, SWT.NONE).setText(Messages.get(key));
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        combo.setItems(items.toArray(String[]::new));
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return combo;
    }

    private static CommittingText text(Composite parent, String key, int style,
            java.util.function.Consumer<String> commit) {
        new Label(parent, SWT.NONE).setText(Messages.get(key));
        CommittingText text = new CommittingText(parent, SWT.BORDER | style, commit);
        text.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1));
        return text;
    }

    TableViewer table() {
        return table;
    }

    Combo kind() {
        return kind;
    }

    Combo handling() {
        return handling;
    }

    CommittingText description() {
        return description;
    }

    CommittingText responsible() {
        return responsible;
    }

    CommittingText due() {
        return due;
    }
}
