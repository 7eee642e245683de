package no.redthread.workspace.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

import no.redthread.model.plan.PlanSystem;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceProblem;

/** An open workspace: its files as resources of one resource set under one editing domain. */
final class WorkspaceImpl implements Workspace {

    /** The bytes of a save or autosave, taken between two commands. */
    record Snapshot(Map<String, byte[]> files, List<ResourceJsonWriter.Dropped> dropped, long changes) {
    }

    private final ResourceSet resourceSet = new ResourceSetImpl();
    private final LockingCommandStack commandStack = new LockingCommandStack();
    private final AdapterFactoryEditingDomain domain;
    private final WorkspaceFiles files = new WorkspaceFiles(resourceSet);
    private final DirtyState dirty;
    private final List<WorkspaceProblem> problems = new CopyOnWriteArrayList<>();
    private final Listeners listeners;
    /** Held while files of this workspace are written (save, autosave, discard). */
    final Object io = new Object();
    /** Why workspace.json could not be read; then it is never rewritten. */
    volatile String manifestFault;
    private volatile Path folder;

    WorkspaceImpl(Path folder, AdapterFactory adapterFactory, EPackage.Registry packages, Listeners listeners) {
        this.folder = folder.toAbsolutePath().normalize();
        this.listeners = listeners;
        resourceSet.setPackageRegistry(packages);
        domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack, resourceSet);
        domain.setResourceToReadOnlyMap(files.readOnlyMap());
        dirty = new DirtyState(commandStack, isDirty -> listeners.fire(listener -> listener.dirtyChanged(this, isDirty)));
        commandStack.addCommandStackListener(event -> {
            listeners.fire(listener -> listener.commandStackChanged(this));
            dirty.commandStackChanged();
        });
    }

    void addFile(WorkspaceFile file) {
        synchronized (commandStack.lock) {
            files.add(file);
        }
    }

    /** Adds a root in a new file; not undoable, so it makes the workspace dirty unless told otherwise. */
    WorkspaceFile addRoot(String preferredPath, String role, String module, EObject root, boolean makesDirty) {
        WorkspaceFile file;
        synchronized (commandStack.lock) {
            file = new WorkspaceFile(files.freePath(preferredPath), role, module);
            files.add(file);
            file.resource().getContents().add(root);
        }
        if (makesDirty) {
            dirty.changedOutsideStack(false);
        }
        return file;
    }

    List<WorkspaceFile> files() {
        return files.all();
    }

    WorkspaceFile file(String path) {
        return files.byPath(path);
    }

    Object modelLock() {
        return commandStack.lock;
    }

    Snapshot snapshot() throws IOException {
        synchronized (commandStack.lock) {
            ResourceJsonWriter writer = new ResourceJsonWriter(this::pathOf);
            Map<String, byte[]> content = new LinkedHashMap<>();
            for (WorkspaceFile file : files.all()) {
                if (!file.readOnly()) {
                    content.put(file.path(), writer.write(file.resource()));
                }
            }
            if (manifestFault == null) {
                content.put(Manifest.FILE, files.manifest().toJson());
            }
            return new Snapshot(content, writer.dropped(), dirty.changes());
        }
    }

    /** After a save: the new folder, and clean unless a command ran since the snapshot was taken. */
    void saved(Path savedFolder, Snapshot snapshot) {
        folder = savedFolder.toAbsolutePath().normalize();
        dirty.saved(snapshot.changes());
    }

    /** Recovered from an autosave: unsaved from the start, before anybody is told about it. */
    void markRecovered() {
        dirty.changedOutsideStack(true);
    }

    long changes() {
        return dirty.changes();
    }

    /** Problems found while reading, before anybody is told about the workspace. */
    void initialProblems(List<WorkspaceProblem> found) {
        problems.addAll(found);
    }

    void addProblems(List<WorkspaceProblem> found) {
        List<WorkspaceProblem> fresh = found.stream().filter(problem -> !problems.contains(problem)).distinct().toList();
        if (!fresh.isEmpty()) {
            problems.addAll(fresh);
            List<WorkspaceProblem> all = problems();
            listeners.fire(listener -> listener.problemsChanged(this, all));
        }
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public ResourceSet resourceSet() {
        return resourceSet;
    }

    @Override
    public AdapterFactoryEditingDomain editingDomain() {
        return domain;
    }

    @Override
    public CommandStack commandStack() {
        return commandStack;
    }

    @Override
    public Optional<PlanSystem> planSystem() {
        return planSystems().stream().findFirst();
    }

    @Override
    public List<PlanSystem> planSystems() {
        return files.all().stream().filter(file -> Manifest.PLAN_SYSTEM.equals(file.role()))
                .flatMap(file -> file.resource().getContents().stream())
                .filter(PlanSystem.class::isInstance).map(PlanSystem.class::cast).toList();
    }

    @Override
    public PlanSystem addPlanSystem(PlanSystem planSystem) {
        String key = planSystem.getOrganisation() != null && planSystem.getOrganisation().getNumber() != null
                ? planSystem.getOrganisation().getNumber() : planSystem.getId();
        String path = file(WorkspaceReader.PLAN_SYSTEM_FILE) == null ? WorkspaceReader.PLAN_SYSTEM_FILE
                : "plansystems/" + safeName(key) + ".json";
        addRoot(path, Manifest.PLAN_SYSTEM, null, planSystem, true);
        return planSystem;
    }

    /** A file name made of letters, digits, dot, dash and underscore. */
    static String safeName(String key) {
        String name = key == null ? "" : key.replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("^[.-]+", "");
        return name.isEmpty() ? "unnamed" : name;
    }

    @Override
    public Map<String, EObject> moduleRoots() {
        Map<String, EObject> roots = new TreeMap<>();
        for (WorkspaceFile file : files.all()) {
            if (Manifest.MODULE.equals(file.role()) && !file.resource().getContents().isEmpty()) {
                roots.putIfAbsent(file.module(), file.resource().getContents().get(0));
            }
        }
        return Collections.unmodifiableMap(roots);
    }

    @Override
    public Optional<EObject> moduleRoot(String contributionId) {
        return Optional.ofNullable(moduleRoots().get(contributionId));
    }

    @Override
    public String pathOf(Resource resource) {
        WorkspaceFile file = files.byResource(resource);
        return file == null ? null : file.path();
    }

    @Override
    public boolean isDirty() {
        return dirty.isDirty();
    }

    @Override
    public List<WorkspaceProblem> problems() {
        return List.copyOf(problems);
    }

    @Override
    public List<Resource> readOnlyResources() {
        return files.all().stream().filter(WorkspaceFile::readOnly).map(file -> (Resource) file.resource()).toList();
    }

    @Override
    public boolean isReadOnly(Resource resource) {
        WorkspaceFile file = files.byResource(resource);
        return file != null && file.readOnly();
    }

    @Override
    public String toString() {
        return "Workspace " + folder;
    }
}
