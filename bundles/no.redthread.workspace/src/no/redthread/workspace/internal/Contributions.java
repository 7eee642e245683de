package no.redthread.workspace.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

import no.redthread.model.api.ModelContribution;
import no.redthread.model.plan.PlanPackage;

/**
 * What plugins add to every workspace: the modules' EPackages and roots (ModelContribution
 * services) and item providers (ComposeableAdapterFactory services, e.g. from a model.edit bundle).
 * Plugins come and go at run time; the one composed adapter factory follows them.
 */
final class Contributions {

    private final List<ModelContribution> modules = new CopyOnWriteArrayList<>();
    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory();

    Contributions() {
        adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        // the fallback: labels and property descriptors for any EClass that no plugin covers
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
    }

    void add(ModelContribution module) {
        modules.add(module);
    }

    void remove(ModelContribution module) {
        modules.remove(module);
    }

    /** Plugins' factories go first, so they win over the fallbacks. */
    void add(ComposeableAdapterFactory factory) {
        adapterFactory.insertAdapterFactory(factory);
    }

    void remove(ComposeableAdapterFactory factory) {
        adapterFactory.removeAdapterFactory(factory);
    }

    AdapterFactory adapterFactory() {
        return adapterFactory;
    }

    /** The global registry plus the plan model and every module's package, registered or not. */
    EPackage.Registry packages() {
        EPackage.Registry registry = new EPackageRegistryImpl(EPackage.Registry.INSTANCE);
        registry.put(PlanPackage.eNS_URI, PlanPackage.eINSTANCE);
        modules.forEach(module -> registry.put(module.ePackage().getNsURI(), module.ePackage()));
        return registry;
    }

    Map<String, String> moduleByNsUri() {
        return modules.stream().collect(Collectors.toMap(module -> module.ePackage().getNsURI(), ModelContribution::id,
                (first, second) -> first));
    }

    /**
     * Gives every module without a file its new root, in {@code modules/<id>.json}. That is not an
     * unsaved change: an empty root has nothing to lose, and the next save writes it.
     */
    void addMissingModules(WorkspaceImpl workspace) {
        if (workspace.manifestFault != null) {
            return; // workspace.json is not rewritten, so a new file would not be listed
        }
        for (ModelContribution module : modules) {
            boolean present = workspace.files().stream().anyMatch(file -> module.id().equals(file.module()));
            if (!present && module.ePackage() != PlanPackage.eINSTANCE) {
                workspace.addRoot("modules/" + WorkspaceImpl.safeName(module.id()) + ".json", Manifest.MODULE,
                        module.id(), module.createRoot(), false);
            }
        }
    }
}
