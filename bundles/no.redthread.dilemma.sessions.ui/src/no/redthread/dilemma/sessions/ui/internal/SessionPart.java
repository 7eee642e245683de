package no.redthread.dilemma.sessions.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;

import no.redthread.dilemma.Scenario;
import no.redthread.dilemma.sessions.DilemmaSessions;
import no.redthread.dilemma.sessions.SessionCommands;
import no.redthread.dilemma.sessions.model.DilemmaRegister;
import no.redthread.dilemma.sessions.model.MatrixItemKind;
import no.redthread.dilemma.sessions.model.Session;
import no.redthread.dilemma.sessions.model.SessionsPackage.Literals;
import no.redthread.workbench.ui.WorkbenchPart;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;
import no.redthread.workspace.ui.WorkspaceWatch;

/**
 * <i>Dilemmaøkt</i>: choose one of the workspace's sessions and edit its title, date, facilitator, participants,
 * phases (notes and timer) and findings with their links. Follows the workspace, so Undo and Redo redraw it.
 */
final class SessionPart implements WorkbenchPart {

    private final WorkspaceService workspaces;
    private final ChosenSession chosen;
    private final ChosenScenario scenarios;
    private final LongSupplier millis;
    private final Edits edits;
    private final SessionExport export;
    private List<Session> sessions = List.of();
    private Combo chooser;
    private Button exportButton;
    private CommittingText title;
    private CommittingText date;
    private CommittingText facilitator;
    private Label problem;
    private ParticipantsPanel participants;
    private PhasesPanel phases;
    private final FindingSources sources;
    private FindingsTab findings;
    private MatrixItemsPanel items;

    SessionPart(WorkspaceService workspaces, ChosenSession chosen, ChosenScenario scenarios, FindingSources sources,
            LongSupplier millis, SessionExport export) {
        this.workspaces = workspaces;
        this.sources = sources;
        this.export = export;
        this.chosen = chosen;
        this.scenarios = scenarios;
        this.millis = millis;
        this.edits = new Edits(workspaces);
    }

    @Override
    public void createControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(4, false));
        new Label(root, SWT.NONE).setText(Messages.get("session.choose"));
        chooser = new Combo(root, SWT.READ_ONLY);
        chooser.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        chooser.addListener(SWT.Selection, e -> chosen.choose(
                chooser.getSelectionIndex() < 0 ? null : sessions.get(chooser.getSelectionIndex())));
        Button create = new Button(root, SWT.PUSH);
        create.setText(Messages.get("session.new"));
        create.addListener(SWT.Selection, e -> newSession());
        exportButton = new Button(root, SWT.PUSH);
        exportButton.setText(Messages.get("export.button"));
        exportButton.setToolTipText(Messages.get("export.command").replace("&", ""));
        exportButton.addListener(SWT.Selection, e -> {
            if (session() != null) {
                export.run(root.getShell(), session());
            }
        });
        title = field(root, "session.title", value -> edits.set(session(), Literals.SESSION__TITLE,
                CommittingText.orNull(value), "command.session-title"));
        date = field(root, "session.date", this::commitDate);
        facilitator = field(root, "session.facilitator", value -> edits.set(session(),
                Literals.SESSION__FACILITATOR, CommittingText.orNull(value), "command.session-facilitator"));
        problem = new Label(root, SWT.WRAP);
        problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));
        TabFolder tabs = new TabFolder(root, SWT.TOP);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        participants = new ParticipantsPanel(tab(tabs, "tab.participants"), edits);
        phases = new PhasesPanel(tab(tabs, "tab.phases"), edits, millis);
        findings = new FindingsTab(tab(tabs, "tab.findings"), edits, sources);
        items = new MatrixItemsPanel(tab(tabs, "tab.items"), edits, session -> sources.matrixChoices(
                session.getMatrix(), edits.workspace().flatMap(Workspace::planSystem)), sources::pullName);
        Runnable stop = chosen.addListener(() -> root.getDisplay().asyncExec(this::refresh));
        root.addDisposeListener(e -> stop.run());
        new WorkspaceWatch(workspaces, root, this::refresh);
        refresh();
    }

    private static Composite tab(TabFolder tabs, String key) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(Messages.get(key));
        Composite page = new Composite(tabs, SWT.NONE);
        item.setControl(page);
        return page;
    }

    private static CommittingText field(Composite root, String key, java.util.function.Consumer<String> commit) {
        new Label(root, SWT.NONE).setText(Messages.get(key));
        CommittingText text = new CommittingText(root, SWT.BORDER | SWT.SINGLE, commit);
        text.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        return text;
    }

    private void commitDate(String value) {
        try {
            LocalDate parsed = CommittingText.orNull(value) == null ? null : LocalDate.parse(value.strip());
            problem.setText("");
            edits.set(session(), Literals.SESSION__DATE, parsed, "command.session-date");
        } catch (DateTimeParseException e) {
            problem.setText(Messages.get("problem.date", value));
        }
    }

    /** A session on the scenario last chosen in the library (else its first), or none when none is installed. */
    void newSession() {
        Optional<Scenario> scenario = scenarios.forNewSession();
        if (edits.workspace().isEmpty() || scenario.isEmpty()) {
            problem.setText(Messages.get(scenario.isEmpty() ? "problem.no-scenario" : "problem.no-workspace"));
            return;
        }
        Object created = edits.run(SessionCommands.create(edits.domain(), scenario.get(), MatrixItemKind.SDG_TARGETS,
                LocalDate.now()));
        chosen.choose((Session) created);
    }

    /** Redraws everything from the model; a session no longer in the workspace (undone, closed) is let go. */
    void refresh() {
        if (chooser == null || chooser.isDisposed()) {
            return;
        }
        sessions = edits.workspace().flatMap(w -> DilemmaSessions.register(w.resourceSet()))
                .map(DilemmaRegister::getSessions).map(List::copyOf).orElse(List.of());
        Session session = session();
        chooser.setItems(sessions.stream().map(SessionPart::name).toArray(String[]::new));
        chooser.select(session == null ? -1 : sessions.indexOf(session));
        exportButton.setEnabled(session != null);
        title.show(session == null ? null : session.getTitle());
        date.show(session == null || session.getDate() == null ? null : session.getDate().toString());
        facilitator.show(session == null ? null : session.getFacilitator());
        participants.show(session);
        phases.show(session);
        findings.show(session);
        items.show(session);
    }

    private static String name(Session session) {
        String title = session.getTitle() == null ? Messages.get("session.untitled") : session.getTitle();
        return session.getDate() == null ? title : title + " (" + session.getDate() + ")";
    }

    Session session() {
        Session session = chosen.get();
        return session != null && sessions.contains(session) ? session : null;
    }

    Combo chooser() {
        return chooser;
    }

    Button exportButton() {
        return exportButton;
    }

    CommittingText title() {
        return title;
    }

    CommittingText date() {
        return date;
    }

    Label problem() {
        return problem;
    }

    ParticipantsPanel participants() {
        return participants;
    }

    PhasesPanel phases() {
        return phases;
    }

    MatrixItemsPanel items() {
        return items;
    }

    FindingsPanel findings() {
        return findings.panel();
    }

    FindingDetails details() {
        return findings.details();
    }

    @Override
    public void setFocus() {
        chooser.setFocus();
    }
}
