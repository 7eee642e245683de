package no.redthread.model.api;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

/**
 * A module's part of the workspace model, registered as an OSGi service.
 *
 * <p>Each module (the plan system itself, assessment, indicators, funding, dilemma, or a county's plugin) has its
 * own EPackage whose objects may reference the shared plan-system objects. The workspace keeps one resource per
 * contribution side by side, so any module can read what another wrote. Implementations make sure their EPackage
 * is registered in {@link EPackage.Registry#INSTANCE} (in code, never through plugin.xml) before the service is
 * published.
 */
public interface ModelContribution {

    /**
     * A short, stable, lower-case id of the contribution, e.g. {@code "plan"} or {@code "assessment"}; the
     * workspace uses it to name the contribution's resource.
     */
    String id();

    /** The module's EPackage, already registered under its namespace URI. */
    EPackage ePackage();

    /** Creates the empty root object of this module for a new workspace, with a fresh id. */
    EObject createRoot();
}
