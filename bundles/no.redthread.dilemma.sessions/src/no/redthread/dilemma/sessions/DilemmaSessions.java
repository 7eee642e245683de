package no.redthread.dilemma.sessions;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import no.redthread.dilemma.sessions.model.DilemmaRegister;

/**
 * Where a workspace's dilemma-training sessions live: one {@link DilemmaRegister} per workspace (the module root
 * {@value #MODEL_ID}, file {@code modules/dilemma.json}), beside the plan systems in the same resource set.
 */
public final class DilemmaSessions {

    /** The {@code ModelContribution} id of the sessions, which names their workspace file. */
    public static final String MODEL_ID = "dilemma";

    private DilemmaSessions() {
    }

    /** The register of a workspace's resource set, if the dilemma module's root is in it. */
    public static Optional<DilemmaRegister> register(ResourceSet resources) {
        for (Resource resource : List.copyOf(resources.getResources())) {
            for (EObject root : resource.getContents()) {
                if (root instanceof DilemmaRegister register) {
                    return Optional.of(register);
                }
            }
        }
        return Optional.empty();
    }

    /** The register of the workspace a model object belongs to, if any. */
    public static Optional<DilemmaRegister> registerOf(EObject object) {
        Resource resource = object.eResource();
        return resource == null || resource.getResourceSet() == null ? Optional.empty()
                : register(resource.getResourceSet());
    }
}
