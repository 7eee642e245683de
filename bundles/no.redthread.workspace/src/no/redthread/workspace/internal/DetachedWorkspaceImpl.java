package no.redthread.workspace.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

import no.redthread.model.plan.PlanSystem;
import no.redthread.workspace.DetachedWorkspace;
import no.redthread.workspace.WorkspaceProblem;

/** A loaded workspace that is not current: the model of its folder plus the folder's lock, if it may be saved. */
final class DetachedWorkspaceImpl implements DetachedWorkspace {

    private final WorkspaceImpl workspace;
    private final FolderLock lock;
    private final String readOnlyReason;
    private volatile boolean closed;

    /** @param lock null when read-only, then {@code readOnlyReason} says why */
    DetachedWorkspaceImpl(WorkspaceImpl workspace, FolderLock lock, String readOnlyReason) {
        this.workspace = workspace;
        this.lock = lock;
        this.readOnlyReason = readOnlyReason;
    }

    @Override
    public Optional<String> readOnlyReason() {
        return Optional.ofNullable(readOnlyReason);
    }

    @Override
    public void save() throws IOException {
        open();
        if (readOnlyReason != null) {
            throw new AccessDeniedException(workspace.folder().toString(), null, readOnlyReason);
        }
        WorkspaceWriter.save(workspace, workspace.folder());
    }

    @Override
    public void close() {
        closed = true;
        if (lock != null) {
            lock.close();
        }
    }

    private void open() {
        if (closed) {
            throw new IllegalStateException("the detached workspace " + workspace.folder() + " is closed");
        }
    }

    @Override
    public Path folder() {
        return workspace.folder();
    }

    @Override
    public ResourceSet resourceSet() {
        return workspace.resourceSet();
    }

    @Override
    public AdapterFactoryEditingDomain editingDomain() {
        return workspace.editingDomain();
    }

    @Override
    public CommandStack commandStack() {
        return workspace.commandStack();
    }

    @Override
    public Optional<PlanSystem> planSystem() {
        return workspace.planSystem();
    }

    @Override
    public List<PlanSystem> planSystems() {
        return workspace.planSystems();
    }

    @Override
    public PlanSystem addPlanSystem(PlanSystem planSystem) {
        return workspace.addPlanSystem(planSystem);
    }

    @Override
    public Map<String, EObject> moduleRoots() {
        return workspace.moduleRoots();
    }

    @Override
    public Optional<EObject> moduleRoot(String contributionId) {
        return workspace.moduleRoot(contributionId);
    }

    @Override
    public String pathOf(Resource resource) {
        return workspace.pathOf(resource);
    }

    @Override
    public boolean isDirty() {
        return workspace.isDirty();
    }

    @Override
    public List<WorkspaceProblem> problems() {
        return workspace.problems();
    }

    @Override
    public List<Resource> readOnlyResources() {
        return workspace.readOnlyResources();
    }

    @Override
    public boolean isReadOnly(Resource resource) {
        return workspace.isReadOnly(resource);
    }

    @Override
    public String toString() {
        return "Detached workspace " + workspace.folder() + (readOnlyReason == null ? "" : " (read-only)");
    }
}
