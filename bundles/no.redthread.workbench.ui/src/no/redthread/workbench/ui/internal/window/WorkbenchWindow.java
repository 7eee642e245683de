package no.redthread.workbench.ui.internal.window;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

import no.redthread.workbench.ActiveDocument;
import no.redthread.workbench.Area;
import no.redthread.workbench.PerspectiveDescriptor;
import no.redthread.workbench.UndoContext;
import no.redthread.workbench.settings.SettingsProblem;
import no.redthread.workbench.ui.WindowStartup;
import no.redthread.workbench.ui.WorkbenchNavigation;
import no.redthread.workbench.ui.internal.Messages;
import no.redthread.workbench.ui.internal.PartEntry;
import no.redthread.workbench.ui.internal.WorkbenchServices;
import no.redthread.workbench.ui.internal.commands.CommandService;
import no.redthread.workbench.ui.internal.commands.KeyDispatcher;
import no.redthread.workbench.ui.internal.parts.PluginsPartDescriptor;
import no.redthread.workbench.ui.internal.parts.WelcomePart;

/**
 * The main window: menu bar, tool bar with perspective switcher, the part stacks and the status
 * line. Contributions are followed live: every change is moved onto the UI thread and applied.
 */
public final class WorkbenchWindow {

    private final WorkbenchServices services;
    private final Shell shell;
    private final LocalResourceManager resources;
    private final StatusLine statusLine;
    private boolean refreshQueued;
    private ActiveDocument watchedDocument;
    private AutoCloseable documentListener;
    private UndoContext watchedUndo;
    private AutoCloseable undoListener;
    private final CommandService commands;
    private final PartManager parts;
    private final StackArea stackArea;
    private final PerspectiveManager perspectives;
    private final WindowBars bars;
    private final List<AutoCloseable> registrations = new ArrayList<>();
    /** A first start (no saved window) shows Kom i gang in front as soon as it is there. */
    private boolean welcomePending;
    private boolean startupsDue;
    /** False until the first frame is painted; contributions arriving before wait for it. */
    private boolean live;
    private boolean refreshWhenLive;
    /** Tells of refused content-pack files; made once the window is live, so start-up does not wait for it. */
    private PackNotices packNotices;
    private final Set<WindowStartup> toldStartups = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Builds the window in {@code shell}, an empty shell (the launcher's window or a new one). */
    public WorkbenchWindow(Shell shell, WorkbenchServices services) {
        this.services = services;
        this.shell = shell;
        shell.setText(Messages.get("window.title"));
        shell.setLayout(new GridLayout(1, false));
        resources = new LocalResourceManager(JFaceResources.getResources(), shell);
        commands = new CommandService(this::reportContributionProblem);
        statusLine = new StatusLine();
        parts = new PartManager(services, resources, statusLine::show, this::updateBars, this::addContextCommands);
        bars = new WindowBars(this, shell);
        stackArea = new StackArea(shell, parts);
        stackArea.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        parts.setStackArea(stackArea);
        statusLine.createControl(shell).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        var saved = services.settings().load(WindowState.SETTINGS_NAME, WindowState.class);
        welcomePending = saved.isEmpty();
        WindowState state = saved.orElse(WindowState.defaults());
        perspectives = new PerspectiveManager(services.settings(), parts, state.perspective());
        applyBounds(state);
        new KeyDispatcher(shell, commands, this::runCommand).install();
        DialogFocus.install(shell, this::focusActivePart);
        shell.addListener(SWT.Close, event -> {
            event.doit = services.contributions().closeGuards().stream().allMatch(guard -> guard.okToClose(shell));
            if (event.doit) {
                saveState();
            }
        });
        shell.addDisposeListener(event -> closeRegistrations());
    }

    /** Shows the window with the current contributions, and tells once of unreadable settings. */
    public void open() {
        open(() -> { });
    }

    /**
     * Shows the window; once its first frame is painted (bars and tabs on screen), runs {@code firstFrame} and then
     * makes the parts in front. Parts behind other tabs are made when their tab shows.
     */
    public void open(Runnable firstFrame) {
        registrations.add(BuiltInCommands.register(this, services.context()));
        registrations.add(services.context().registerService(WorkbenchNavigation.class, new WorkbenchNavigation() {
            @Override
            public void showPerspective(String perspectiveId) {
                if (perspectives().stream().anyMatch(p -> p.id().equals(perspectiveId))) {
                    switchPerspective(perspectiveId);
                }
            }

            @Override
            public void showPart(String partId) {
                WorkbenchWindow.this.showPart(partId);
            }

            @Override
            public void runCommand(String commandId) {
                WorkbenchWindow.this.runCommand(commandId);
            }
        }, null)::unregister);
        registrations.add(services.contributions().addListener(this::asyncRefresh)::run);
        refresh();
        // The launcher's shell is on screen already: opening it again lays nothing out, and unlaid controls would
        // never paint the first frame.
        shell.layout(true, true);
        shell.open();
        focusActivePart();
        whenFirstPainted(() -> {
            firstFrame.run();
            goLive();
        });
        // Should no frame be painted (a minimised start), the parts are made all the same.
        shell.getDisplay().timerExec(2000, this::goLive);
        List<SettingsProblem> problems = services.settings().takeProblems();
        if (!problems.isEmpty()) {
            shell.getDisplay().asyncExec(() -> tellOfSettingsProblems(problems));
        }
    }

    public Shell shell() {
        return shell;
    }

    /** The notice of refused content-pack files now shown, or null. */
    PackNotice packNotice() {
        return packNotices == null ? null : packNotices.notice();
    }

    /**
     * After the first frame: apply the contributions that arrived meanwhile (modules starting beside the window)
     * and make the parts in front.
     */
    private void goLive() {
        if (shell.isDisposed() || live) {
            return;
        }
        live = true;
        packNotices = new PackNotices(services.context(), shell, () -> showPart(PluginsPartDescriptor.ID)).open();
        registrations.add(packNotices);
        if (refreshWhenLive) {
            refresh();
        }
        parts.goLive();
    }

    /** Runs the action on the UI thread right after the window's first frame is painted. */
    private void whenFirstPainted(Runnable action) {
        Display display = shell.getDisplay();
        Listener[] filter = new Listener[1];
        filter[0] = event -> {
            if (event.widget instanceof Control control && !control.isDisposed() && control.getShell() == shell) {
                display.removeFilter(SWT.Paint, filter[0]);
                display.asyncExec(action);
            }
        };
        display.addFilter(SWT.Paint, filter[0]);
    }

    /** Applies the current contributions: parts, perspectives, commands. */
    public void refresh() {
        if (shell.isDisposed()) {
            return;
        }
        commands.update(services.contributions().commands());
        parts.contributionsChanged(services.contributions().parts().stream().map(PartEntry::of).toList());
        perspectives.setPerspectives(services.contributions().perspectives());
        watchDocument(services.contributions().activeDocument());
        watchUndo(services.contributions().globalUndoContext());
        if (startupsDue) {
            shell.getDisplay().asyncExec(this::tellStartups);
        }
        if (welcomePending && parts.available().containsKey(WelcomePart.ID)) {
            welcomePending = false;
            parts.show(WelcomePart.ID);
        }
        updateBars();
    }

    /** Follows the global undo context, so Undo and Redo in the tool bar are enabled when they can run. */
    private void watchUndo(UndoContext context) {
        if (context == watchedUndo) {
            return;
        }
        closeQuietly(undoListener);
        watchedUndo = context;
        undoListener = context == null ? null : context.addListener(this::asyncUpdateBars);
    }

    private void asyncUpdateBars() {
        if (!shell.isDisposed()) {
            shell.getDisplay().asyncExec(this::updateBars);
        }
    }

    /** Follows the dirty state of the active document, so the title's asterisk is current. */
    private void watchDocument(ActiveDocument document) {
        if (document == watchedDocument) {
            return;
        }
        closeQuietly(documentListener);
        watchedDocument = document;
        documentListener = document == null ? null : document.addListener(this::asyncUpdateBars);
    }

    /** Key bindings need a focused control in the window: the active part's, else the shell. */
    private void focusActivePart() {
        parts.activateSelectedIn(Area.CENTER);
        PartHost active = parts.active();
        if (active != null) {
            active.setFocus();
        }
        if (shell.getDisplay().getFocusControl() == null || shell.getDisplay().getFocusControl().getShell() != shell) {
            shell.setFocus();
        }
    }

    /** Runs a command; a command that throws is reported and logged, the window goes on. */
    private void addContextCommands(IMenuManager menu) {
        bars.addContextCommands(menu);
    }

    public void runCommand(String id) {
        try {
            commands.execute(id);
        } catch (Exception | LinkageError e) {
            services.logger().error("Command " + id + " failed", e);
            MessageDialog.openError(shell, Messages.get("error.command.title"), Messages.get("error.command.text", id, e));
        }
        if (!shell.isDisposed()) {
            updateBars();
            // a command from a menu that switched the perspective: the menu gives the focus back to a hidden control
            shell.getDisplay().asyncExec(this::keepKeyboardAfterCommand);
        }
    }

    public void showPart(String partId) {
        parts.show(partId);
        updateBars();
    }

    public void closePart(String partId) {
        parts.close(partId);
        updateBars();
    }

    public void movePart(String partId, Area target) {
        parts.move(partId, target);
    }

    /** The area a part sits in, or null when it is not open. */
    public Area areaOf(String partId) {
        PartHost host = parts.host(partId);
        return host == null ? null : (Area) host.item().getParent().getData("redthread.area");
    }

    /** The control of an open part (its container), or null. */
    public Control partControl(String partId) {
        PartHost host = parts.host(partId);
        return host == null ? null : host.control();
    }

    public boolean partShowsError(String partId) {
        PartHost host = parts.host(partId);
        return host != null && host.showsError();
    }

    public void switchPerspective(String id) {
        perspectives.switchTo(id);
        afterLayoutChange();
    }

    public void resetPerspective() {
        perspectives.reset();
        afterLayoutChange();
    }

    private void afterLayoutChange() {
        updateBars();
        keepKeyboard();
        statusLine.clearUnless(partId -> areaOf(partId) != null);
    }

    /** The status line's text, for tests. */
    String statusText() {
        return statusLine.text();
    }

    /** A focused part that a layout change hid takes the focus with it, and key bindings would do nothing. */
    private void keepKeyboard() {
        Control focus = shell.getDisplay().getFocusControl();
        if (focus == null || !focus.isVisible() || focus.getShell() != shell) {
            focusActivePart();
        }
    }

    /** As {@link #keepKeyboard()}, but leaves the keyboard where a command put it in a window of its own. */
    private void keepKeyboardAfterCommand() {
        if (!shell.isDisposed() && shell.getDisplay().getActiveShell() == shell) {
            keepKeyboard();
        }
    }

    public String activePerspective() {
        return perspectives.activeId();
    }

    public void toggleMaximize(Area area) {
        stackArea.toggleMaximize(stackArea.stack(area));
    }

    public boolean isMaximized(Area area) {
        return stackArea.maximized() == stackArea.stack(area);
    }

    public void close() {
        if (!shell.isDisposed()) {
            shell.close();
        }
    }

    /** The undo context of the active part, else the global one. */
    UndoContext activeUndoContext() {
        PartHost active = parts.active();
        UndoContext own = active == null ? null : active.undoContext();
        return own != null ? own : services.contributions().globalUndoContext();
    }

    CommandService commands() {
        return commands;
    }

    PartManager parts() {
        return parts;
    }

    List<PerspectiveDescriptor> perspectives() {
        return perspectives.perspectives();
    }

    WorkbenchServices services() {
        return services;
    }

    void updateBars() {
        if (!shell.isDisposed()) {
            bars.update(perspectives.activeId());
            shell.setText(title());
        }
    }

    /** Many services change at once when a bundle starts: queue one refresh for all of them. */
    /** "Rød tråd – Røros* – Planarbeid": product, document (asterisk when unsaved), perspective. */
    private String title() {
        StringBuilder title = new StringBuilder(Messages.get("window.title"));
        ActiveDocument document = services.contributions().activeDocument();
        if (document != null && !document.name().isBlank()) {
            title.append(" – ").append(document.name()).append(document.isDirty() ? "*" : "");
        }
        perspectives.perspectives().stream().filter(p -> p.id().equals(perspectives.activeId())).findFirst()
                .ifPresent(p -> title.append(" – ").append(p.label()));
        return title.toString();
    }

    private void asyncRefresh() {
        synchronized (this) {
            if (refreshQueued || shell.isDisposed()) {
                return;
            }
            refreshQueued = true;
        }
        shell.getDisplay().asyncExec(() -> {
            synchronized (this) {
                refreshQueued = false;
            }
            if (live) {
                refresh();
            } else {
                refreshWhenLive = true; // the first frame comes first
            }
        });
    }

    private void applyBounds(WindowState state) {
        shell.setBounds(state.boundsOn(shell.getDisplay().getPrimaryMonitor().getClientArea()));
        shell.setMaximized(state.maximized());
    }

    private void saveState() {
        Rectangle bounds = shell.getBounds();
        try {
            services.settings().save(WindowState.SETTINGS_NAME, new WindowState(bounds.x, bounds.y, bounds.width,
                    bounds.height, shell.getMaximized(), perspectives.activeId()));
            perspectives.save();
        } catch (IOException e) {
            services.logger().error("Could not save the window layout", e);
        }
    }

    /** Lets start-up contributions (e.g. reopening the last workspace) run once the window is on screen. */
    public void windowShown() {
        startupsDue = true;
        shell.getDisplay().asyncExec(this::tellStartups);
    }

    /** Tells each start-up contribution once, also those whose bundle starts after the window shows. */
    private void tellStartups() {
        if (shell.isDisposed()) {
            return;
        }
        for (WindowStartup startup : services.contributions().startups()) {
            if (!toldStartups.add(startup)) {
                continue;
            }
            try {
                startup.windowOpened(shell);
            } catch (RuntimeException | LinkageError e) {
                services.logger().error("A window start-up contribution failed", e);
            }
        }
    }

    private void reportContributionProblem(String problem) {
        services.logger().warn("Contribution not usable: " + problem);
    }

    private void tellOfSettingsProblems(List<SettingsProblem> problems) {
        StringBuilder text = new StringBuilder();
        for (SettingsProblem problem : problems) {
            text.append(Messages.get("settings.problem", problem.file(), problem.reason(),
                    problem.movedTo() == null ? "-" : problem.movedTo())).append("\n\n");
            services.logger().warn("Settings file " + problem.file() + " unreadable: " + problem.reason());
        }
        if (!shell.isDisposed()) {
            MessageDialog.openWarning(shell, Messages.get("settings.problem.title"), text.toString().trim());
        }
    }

    private void closeRegistrations() {
        registrations.forEach(this::closeQuietly);
        registrations.clear();
        closeQuietly(documentListener);
        closeQuietly(undoListener);
    }

    private void closeQuietly(AutoCloseable registration) {
        try {
            if (registration != null) {
                registration.close();
            }
        } catch (Exception e) {
            services.logger().warn("Closing a window registration failed", e);
        }
    }

    /** A composite laid out for the window's top bar. */
    static Composite topBar(Shell shell) {
        Composite bar = new Composite(shell, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginHeight = 0;
        layout.marginWidth = 0;
        bar.setLayout(layout);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return bar;
    }
}
