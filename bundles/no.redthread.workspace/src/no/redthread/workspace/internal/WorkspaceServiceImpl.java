package no.redthread.workspace.internal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.core.catalogue.Municipality;
import no.redthread.model.api.ModelContribution;
import no.redthread.model.plan.PlanSystem;
import no.redthread.workbench.settings.SettingsStore;
import no.redthread.workspace.DetachedWorkspace;
import no.redthread.workspace.DetachedWorkspaces;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceListener;
import no.redthread.workspace.WorkspaceService;

/**
 * The workspace service. Configuration ({@code no.redthread.workspace}): {@code autosave.seconds},
 * the autosave period while there are unsaved changes (default 30; 0 turns the timer off).
 */
@Component(service = { WorkspaceService.class, DetachedWorkspaces.class }, configurationPid = "no.redthread.workspace")
public final class WorkspaceServiceImpl implements WorkspaceService, DetachedWorkspaces {

    static final String AUTOSAVE_SECONDS = "autosave.seconds";

    private final Contributions contributions = new Contributions();
    private final Listeners listeners = new Listeners();
    private final CurrentWorkspace current;
    private final AutosaveTimer autosaver;
    private final DetachedLoader detached = new DetachedLoader(contributions);
    private volatile CatalogueService catalogue;

    @Activate
    public WorkspaceServiceImpl(@Reference(name = "settings") SettingsStore settings, Map<String, Object> properties) {
        current = new CurrentWorkspace(listeners, new RecentWorkspaces(settings));
        long seconds = Long.parseLong(String.valueOf(properties.getOrDefault(AUTOSAVE_SECONDS, "30")));
        autosaver = new AutosaveTimer(seconds, current::get);
    }

    /** On shutdown unsaved work goes to the autosave journal, so the next start can offer to recover it. */
    @Deactivate
    void deactivate() {
        autosaver.stop();
        WorkspaceImpl closing = current.get();
        if (closing != null) {
            try {
                autosaver.autosave(closing);
            } catch (IOException e) {
                System.getLogger(getClass().getName()).log(System.Logger.Level.WARNING, "Autosave at shutdown failed", e);
            }
        }
        current.close(true);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addModelContribution(ModelContribution module) {
        contributions.add(module);
        WorkspaceImpl workspace = current.get();
        if (workspace != null) {
            contributions.addMissingModules(workspace);
        }
    }

    void removeModelContribution(ModelContribution module) {
        contributions.remove(module);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addAdapterFactory(ComposeableAdapterFactory factory) {
        contributions.add(factory);
    }

    void removeAdapterFactory(ComposeableAdapterFactory factory) {
        contributions.remove(factory);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setCatalogue(CatalogueService service) {
        catalogue = service;
    }

    void unsetCatalogue(CatalogueService service) {
        if (catalogue == service) {
            catalogue = null;
        }
    }

    @Override
    public Optional<Workspace> current() {
        return Optional.ofNullable(current.get());
    }

    @Override
    public Workspace open(Path folder) throws IOException {
        Path path = folder.toAbsolutePath().normalize();
        if (!Files.exists(path.resolve(Manifest.FILE)) && !Files.isDirectory(path.resolve(Transaction.HIDDEN))) {
            return become(reader().read(path), null); // not a workspace: the reader says why, nothing is created
        }
        // locked before recovery, so a save in progress in another process is never "recovered"
        FolderLock lock = current.lockFor(path);
        try {
            Transaction.recover(path);
            Autosave.adoptCrashed(path);
            return become(reader().read(path), lock);
        } catch (IOException | RuntimeException e) {
            releaseUnlessCurrent(lock);
            throw e;
        }
    }

    private void releaseUnlessCurrent(FolderLock lock) {
        WorkspaceImpl open = current.get();
        if (open == null || !open.folder().equals(lock.folder())) {
            lock.close();
        }
    }

    @Override
    public Workspace create(Path folder, PlanSystem planSystem) throws IOException {
        WorkspaceImpl workspace = fresh(folder);
        workspace.addRoot(WorkspaceReader.PLAN_SYSTEM_FILE, Manifest.PLAN_SYSTEM, null, planSystem, false);
        return created(workspace);
    }

    @Override
    public Workspace createFor(Path folder, Municipality municipality) throws IOException {
        return create(folder, createSkeleton(municipality));
    }

    @Override
    public PlanSystem createSkeleton(Municipality municipality) {
        return Skeleton.create(municipality, catalogue, LocalDate.now());
    }

    @Override
    public Workspace importXmi(Path xmiFile, Path folder) throws IOException {
        WorkspaceImpl workspace = fresh(folder);
        XmiTransfer.read(xmiFile, contributions.packages(), contributions.moduleByNsUri())
                .forEach(root -> workspace.addRoot(root.path(), root.role(), root.module(), root.root(), false));
        return created(workspace);
    }

    private WorkspaceImpl fresh(Path folder) throws IOException {
        Path path = folder.toAbsolutePath().normalize();
        if (Files.exists(path.resolve(Manifest.FILE))) {
            throw new FileAlreadyExistsException(path.toString(), null, Reasons.get("service.exists"));
        }
        return new WorkspaceImpl(path, contributions.adapterFactory(), contributions.packages(), listeners);
    }

    /** A new workspace is written at once, so that it exists on disk as soon as it is current. */
    private Workspace created(WorkspaceImpl workspace) throws IOException {
        Files.createDirectories(workspace.folder());
        FolderLock lock = current.lockFor(workspace.folder());
        try {
            contributions.addMissingModules(workspace);
            WorkspaceWriter.save(workspace, workspace.folder());
            return become(workspace, lock);
        } catch (IOException | RuntimeException e) {
            releaseUnlessCurrent(lock);
            throw e;
        }
    }

    private Workspace become(WorkspaceImpl workspace, FolderLock lock) {
        contributions.addMissingModules(workspace);
        return current.become(workspace, lock);
    }

    private WorkspaceReader reader() {
        return new WorkspaceReader(contributions.packages(), contributions.adapterFactory(), listeners);
    }

    @Override
    public DetachedWorkspace load(Path folder) throws IOException {
        return detached.load(folder);
    }

    @Override
    public DetachedWorkspace createDetached(Path folder, PlanSystem planSystem) throws IOException {
        return detached.create(folder, planSystem);
    }

    @Override
    public void save() throws IOException {
        WorkspaceImpl workspace = current.require();
        WorkspaceWriter.save(workspace, workspace.folder());
        listeners.fire(listener -> listener.saved(workspace));
    }

    @Override
    public void saveAs(Path folder) throws IOException {
        WorkspaceImpl workspace = current.require();
        Path path = folder.toAbsolutePath().normalize();
        if (!path.equals(workspace.folder()) && Files.exists(path.resolve(Manifest.FILE))) {
            throw new FileAlreadyExistsException(path.toString(), null, Reasons.get("service.another"));
        }
        if (path.equals(workspace.folder())) {
            WorkspaceWriter.save(workspace, path);
        } else {
            Files.createDirectories(path);
            FolderLock lock = FolderLock.acquire(path);
            try {
                WorkspaceWriter.save(workspace, path);
            } catch (IOException | RuntimeException e) {
                lock.close();
                throw e;
            }
            current.relock(lock);
        }
        current.addRecent(workspace);
        listeners.fire(listener -> listener.saved(workspace));
    }

    @Override
    public void close() {
        current.close(false);
    }

    @Override
    public void exportXmi(Path file) throws IOException {
        XmiTransfer.export(current.require(), file);
    }

    @Override
    public void autosave() throws IOException {
        WorkspaceImpl workspace = current.get();
        if (workspace != null) {
            autosaver.autosave(workspace);
        }
    }

    @Override
    public Optional<Instant> recoverableAutosave() {
        WorkspaceImpl workspace = current.get();
        return workspace == null ? Optional.empty() : AutosaveTimer.recoverable(workspace).map(Autosave.Snapshot::time);
    }

    @Override
    public Workspace recover() throws IOException {
        WorkspaceImpl workspace = current.require();
        Autosave.Snapshot snapshot = AutosaveTimer.recoverable(workspace)
                .orElseThrow(() -> new NoSuchFileException(workspace.folder().toString(), null, Reasons.get("service.nothingToRecover")));
        WorkspaceImpl recovered = reader().read(workspace.folder(), snapshot.files());
        recovered.markRecovered();
        return become(recovered, current.lockFor(recovered.folder())); // the same folder: its lock is kept
    }

    @Override
    public void discardAutosave() throws IOException {
        AutosaveTimer.discardRecoverable(current.require());
    }

    @Override
    public List<Path> recentWorkspaces() {
        return current.recent();
    }

    @Override
    public void addListener(WorkspaceListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(WorkspaceListener listener) {
        listeners.remove(listener);
    }
}
