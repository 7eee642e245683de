package no.redthread.workspace.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import no.redthread.model.plan.PlanSystem;

/**
 * The whole workspace as one XMI file, for tools that speak EMF: every root (plan systems first,
 * then the modules in workspace order) in one XMIResource. References inside the file are EMF
 * fragment paths, not ids, because ids are unique per workspace file and could clash here.
 */
final class XmiTransfer {

    /** Root of a workspace file as imported: where it goes and what it holds. */
    record ImportedRoot(String path, String role, String module, EObject root) {
    }

    private XmiTransfer() {
    }

    static void export(WorkspaceImpl workspace, Path file) throws IOException {
        List<EObject> roots = new ArrayList<>();
        synchronized (workspace.modelLock()) {
            workspace.files().stream().filter(f -> Manifest.PLAN_SYSTEM.equals(f.role()))
                    .forEach(f -> roots.addAll(f.resource().getContents()));
            workspace.files().stream().filter(f -> !Manifest.PLAN_SYSTEM.equals(f.role()))
                    .forEach(f -> roots.addAll(f.resource().getContents()));
        }
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        Collection<EObject> copies = copier.copyAll(roots);
        copier.copyReferences();
        Resource xmi = new FragmentXmiResource(URI.createFileURI(file.toAbsolutePath().toString()));
        xmi.getContents().addAll(copies);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xmi.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 100));
        FileSync.writeAtomically(file, out.toByteArray());
    }

    /**
     * Reads an exported file: plan systems become {@code plansystem.json} and
     * {@code plansystems/<number>.json}, other roots the file of the module whose package they belong to.
     */
    static List<ImportedRoot> read(Path file, EPackage.Registry packages, Map<String, String> moduleByNsUri)
            throws IOException {
        ResourceSet set = new ResourceSetImpl();
        set.setPackageRegistry(packages);
        Resource xmi = new FragmentXmiResource(URI.createFileURI(file.toAbsolutePath().toString()));
        set.getResources().add(xmi);
        xmi.load(Map.of());
        List<ImportedRoot> roots = new ArrayList<>();
        for (EObject root : List.copyOf(xmi.getContents())) {
            if (root instanceof PlanSystem system) {
                String path = roots.stream().anyMatch(r -> Manifest.PLAN_SYSTEM.equals(r.role()))
                        ? "plansystems/" + WorkspaceImpl.safeName(number(system)) + ".json"
                        : WorkspaceReader.PLAN_SYSTEM_FILE;
                roots.add(new ImportedRoot(path, Manifest.PLAN_SYSTEM, null, root));
            } else {
                String nsUri = root.eClass().getEPackage().getNsURI();
                String module = moduleByNsUri.getOrDefault(nsUri, WorkspaceImpl.safeName(root.eClass().getEPackage().getName()));
                roots.add(new ImportedRoot("modules/" + WorkspaceImpl.safeName(module) + ".json", Manifest.MODULE, module, root));
            }
        }
        return roots;
    }

    private static String number(PlanSystem system) {
        return system.getOrganisation() != null && system.getOrganisation().getNumber() != null
                ? system.getOrganisation().getNumber() : system.getId();
    }

    /** XMI whose references are fragment paths ({@code //@plans.2}) rather than ids. */
    private static final class FragmentXmiResource extends XMIResourceImpl {

        FragmentXmiResource(URI uri) {
            super(uri);
        }

        /** The containment path of an object of this file, whatever its id. */
        @Override
        public String getURIFragment(EObject eObject) {
            if (eObject.eResource() != this) {
                return super.getURIFragment(eObject);
            }
            Deque<String> segments = new ArrayDeque<>();
            InternalEObject object = (InternalEObject) eObject;
            for (InternalEObject container = object.eInternalContainer(); container != null;
                    container = object.eInternalContainer()) {
                segments.push(container.eURIFragmentSegment(object.eContainingFeature(), object));
                object = container;
            }
            segments.push(getURIFragmentRootSegment(object));
            return "/" + String.join("/", segments);
        }

        @Override
        protected boolean useIDAttributes() {
            return false;
        }
    }
}
