package no.redthread.workspace;

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

/**
 * An open workspace: the model of one folder. Every change goes through {@link #editingDomain()}'s
 * command stack, so one undo/redo history covers the plan systems and all modules, and
 * {@link #isDirty()} knows what is unsaved. Obtain it from {@link WorkspaceService}.
 */
public interface Workspace {

    /** The folder the workspace was read from or last saved to. */
    Path folder();

    /** The resource set holding one resource per file (URIs {@code redthread:/<path>}). */
    ResourceSet resourceSet();

    /** The one editing domain of the workspace; its adapter factory has every registered item provider. */
    AdapterFactoryEditingDomain editingDomain();

    /** Shorthand for {@code editingDomain().getCommandStack()}. */
    CommandStack commandStack();

    /** The first plan system (the organisation of a single-organisation workspace), if it could be read. */
    Optional<PlanSystem> planSystem();

    /** All plan systems, one per file, in the order of workspace.json. */
    List<PlanSystem> planSystems();

    /**
     * Adds another organisation's plan system in its own file ({@code plansystems/<number>.json}),
     * for a consultant's workspace. Not undoable; it makes the workspace dirty.
     */
    PlanSystem addPlanSystem(PlanSystem planSystem);

    /** The root object of each module (by {@code ModelContribution} id), sorted by id. */
    Map<String, EObject> moduleRoots();

    Optional<EObject> moduleRoot(String contributionId);

    /** The file of a resource relative to the folder, with forward slashes, e.g. {@code modules/funding.json}. */
    String pathOf(Resource resource);

    /** True when there are changes that are not saved to the folder. */
    boolean isDirty();

    /** Files that could not be read, and what went wrong in saves; empty when all is well. */
    List<WorkspaceProblem> problems();

    /** Resources whose file could not be read: they are empty, cannot be edited and are never written. */
    List<Resource> readOnlyResources();

    boolean isReadOnly(Resource resource);
}
