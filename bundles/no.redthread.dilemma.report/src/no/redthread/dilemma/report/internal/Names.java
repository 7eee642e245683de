package no.redthread.dilemma.report.internal;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import no.redthread.model.plan.Organisation;
import no.redthread.model.plan.PlanSystem;

/** How the report names what a session refers to: plan objects and the municipality of the workspace. */
final class Names {

    private Names() {
    }

    /** A plan object's name (every named object of the shared model has a {@code name}), else its id. */
    static String of(EObject object) {
        for (String feature : new String[] { "name", "title", "id" }) {
            EStructuralFeature found = object.eClass().getEStructuralFeature(feature);
            if (found != null && object.eGet(found) instanceof String text && !text.isBlank()) {
                return text.strip();
            }
        }
        return object.eClass().getName();
    }

    /**
     * The municipality of the workspace that holds the session, e.g. "Osen (5020)": the organisation of its plan
     * system, else the plan system's name; empty for a session outside a workspace.
     */
    static String municipality(EObject session) {
        return planSystem(session).map(system -> {
            Organisation organisation = system.getOrganisation();
            if (organisation == null || organisation.getName() == null) {
                return system.getName() == null ? "" : system.getName();
            }
            String number = organisation.getNumber();
            return organisation.getName() + (number == null || number.isBlank() ? "" : " (" + number + ")");
        }).orElse("");
    }

    private static Optional<PlanSystem> planSystem(EObject session) {
        Resource resource = session.eResource();
        if (resource == null || resource.getResourceSet() == null) {
            return Optional.empty();
        }
        return resource.getResourceSet().getResources().stream().flatMap(one -> one.getContents().stream())
                .map(EcoreUtil::getRootContainer).filter(PlanSystem.class::isInstance).map(PlanSystem.class::cast)
                .findFirst();
    }
}
