package no.redthread.workbench.ui.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

import no.redthread.workbench.ActiveDocument;
import no.redthread.workbench.CommandContribution;
import no.redthread.workbench.PerspectiveDescriptor;
import no.redthread.workbench.UndoContext;
import no.redthread.workbench.ui.CloseGuard;
import no.redthread.workbench.ui.PartDescriptor;
import no.redthread.workbench.ui.PreferencePageContribution;
import no.redthread.workbench.ui.WindowStartup;

/**
 * Everything that bundles contribute to the workbench, tracked live (the whiteboard). Listeners
 * hear of every change on the thread of the service event; the window moves to the UI thread.
 */
@Component(service = Contributions.class)
public final class Contributions {

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Thread opener;
    private final ContributionTracker<PartDescriptor> parts;
    private final ContributionTracker<PerspectiveDescriptor> perspectives;
    private final ContributionTracker<CommandContribution> commands;
    private final ContributionTracker<PreferencePageContribution> preferencePages;
    private final ContributionTracker<UndoContext> undoContexts;
    private final ContributionTracker<ActiveDocument> documents;
    private final ContributionTracker<CloseGuard> closeGuards;
    private final ContributionTracker<WindowStartup> startups;

    @Activate
    public Contributions(BundleContext context, @Reference ServiceComponentRuntime scr) {
        parts = new ContributionTracker<>(context, PartDescriptor.class, scr, this::changed);
        perspectives = new ContributionTracker<>(context, PerspectiveDescriptor.class, scr, this::changed);
        commands = new ContributionTracker<>(context, CommandContribution.class, scr, this::changed);
        preferencePages = new ContributionTracker<>(context, PreferencePageContribution.class, scr, this::changed);
        undoContexts = new ContributionTracker<>(context, UndoContext.class, scr, this::changed);
        documents = new ContributionTracker<>(context, ActiveDocument.class, scr, this::changed);
        closeGuards = new ContributionTracker<>(context, CloseGuard.class, scr, this::changed);
        startups = new ContributionTracker<>(context, WindowStartup.class, scr, this::changed);
        // Getting a contribution activates its component and what it needs (workspace, catalogues):
        // do that beside the UI thread's start, which shows the window meanwhile and refreshes as they come.
        opener = new Thread(() -> trackers().forEach(ContributionTracker::open), "Redthread contributions");
        opener.start();
    }

    @Deactivate
    void close() throws InterruptedException {
        opener.join();
        for (ContributionTracker<?> tracker : trackers()) {
            tracker.close();
        }
    }

    public List<Contribution<PartDescriptor>> parts() {
        return parts.contributions();
    }

    public List<PerspectiveDescriptor> perspectives() {
        return perspectives.services();
    }

    public List<Contribution<CommandContribution>> commands() {
        return commands.contributions();
    }

    public List<PreferencePageContribution> preferencePages() {
        return preferencePages.services();
    }

    /** The highest-ranked undo context, or null. */
    public UndoContext globalUndoContext() {
        List<UndoContext> contexts = undoContexts.services();
        return contexts.isEmpty() ? null : contexts.get(0);
    }

    /** The highest-ranked active document, or null. */
    public ActiveDocument activeDocument() {
        List<ActiveDocument> all = documents.services();
        return all.isEmpty() ? null : all.get(0);
    }

    public List<CloseGuard> closeGuards() {
        return closeGuards.services();
    }

    public List<WindowStartup> startups() {
        return startups.services();
    }

    /** Registers a listener for any change; returns a handle that removes it. */
    public Runnable addListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    private List<ContributionTracker<?>> trackers() {
        return List.of(parts, perspectives, commands, preferencePages, undoContexts, documents, closeGuards, startups);
    }
}
