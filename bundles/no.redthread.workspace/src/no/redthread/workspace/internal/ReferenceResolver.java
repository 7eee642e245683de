package no.redthread.workspace.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Second phase of reading: turns the id strings of all files into object references. A reference
 * into a readable file must find its object, or its own file is unreadable (dangling reference).
 * A reference into a file that could not be read becomes an EMF proxy that keeps its
 * {@code file#id}, so the referring file still opens and is written back unchanged.
 */
final class ReferenceResolver {

    private final Map<String, ParsedFile> readable;
    private final Map<String, Resource> resources;
    private final Set<String> unreadable;

    /**
     * @param readable   the files that were parsed, by path; faulty ones are removed from it
     * @param resources  the resource of every file listed in the workspace, by path, contents already added
     * @param unreadable the paths of files that could not be read
     */
    ReferenceResolver(Map<String, ParsedFile> readable, Map<String, Resource> resources, Set<String> unreadable) {
        this.readable = readable;
        this.resources = resources;
        this.unreadable = unreadable;
    }

    /** Finds the files with dangling references (removing them from the readable ones), then resolves the rest. */
    Map<String, ResourceFault> resolve() {
        Map<String, ResourceFault> faults = new LinkedHashMap<>();
        for (ParsedFile file : List.copyOf(readable.values())) {
            for (ParsedFile.Pending pending : file.references) {
                String problem = check(file, pending);
                if (problem != null) {
                    faults.put(file.path, new ResourceFault(problem, pending.line(), pending.column()));
                    break;
                }
            }
        }
        // a file that turns unreadable here does not break files that refer to it: they get proxies
        faults.keySet().forEach(path -> {
            readable.remove(path);
            unreadable.add(path);
        });
        readable.values().forEach(this::set);
        return faults;
    }

    private String check(ParsedFile file, ParsedFile.Pending pending) {
        Target target = Target.of(file.path, pending.target());
        if (!resources.containsKey(target.path)) {
            return Reasons.get("reference.otherFile", pending.target());
        }
        if (readable.containsKey(target.path)) {
            EObject object = find(target);
            if (object == null) {
                return Reasons.get("reference.dangling", target.key, target.path);
            }
            if (!pending.reference().getEReferenceType().isInstance(object)) {
                return Reasons.get("reference.wrongType", pending.target(), object.eClass().getName(),
                        pending.reference().getEReferenceType().getName());
            }
            return null;
        }
        return proxyClass(pending.reference()) == null
                ? Reasons.get("reference.untyped", pending.target()) : null;
    }

    private void set(ParsedFile file) {
        for (ParsedFile.Pending pending : file.references) {
            Target target = Target.of(file.path, pending.target());
            EObject object = readable.containsKey(target.path) ? find(target) : proxy(pending.reference(), target);
            EReference reference = pending.reference();
            if (!reference.isMany()) {
                pending.owner().eSet(reference, object);
            } else if (reference.getEOpposite() == null) {
                @SuppressWarnings("unchecked")
                InternalEList<EObject> list = (InternalEList<EObject>) pending.owner().eGet(reference, false);
                list.addUnique(object);
            } else {
                // both ends of a bidirectional reference are written; the first one read makes the pair
                @SuppressWarnings("unchecked")
                List<EObject> list = (List<EObject>) pending.owner().eGet(reference, false);
                if (!list.contains(object)) {
                    list.add(object);
                }
            }
        }
    }

    private EObject find(Target target) {
        if (target.key.startsWith("/")) {
            try {
                return resources.get(target.path).getEObject(target.key);
            } catch (RuntimeException e) {
                return null; // a malformed fragment path finds nothing: a dangling reference
            }
        }
        return readable.get(target.path).ids.get(target.key);
    }

    private static EObject proxy(EReference reference, Target target) {
        InternalEObject proxy = (InternalEObject) EcoreUtil.create(proxyClass(reference));
        proxy.eSetProxyURI(WorkspaceResource.uriOf(target.path).appendFragment(target.key));
        return proxy;
    }

    /** The reference type, or for an abstract one the first concrete subclass in its package. */
    private static EClass proxyClass(EReference reference) {
        EClass type = reference.getEReferenceType();
        if (!type.isAbstract() && !type.isInterface()) {
            return type;
        }
        for (EClassifier classifier : type.getEPackage().getEClassifiers()) {
            if (classifier instanceof EClass c && !c.isAbstract() && !c.isInterface() && type.isSuperTypeOf(c)) {
                return c;
            }
        }
        return null;
    }

    /** {@code id} (this file), {@code #id} (this file, an id with #) or {@code file#id}. */
    private record Target(String path, String key) {

        static Target of(String self, String text) {
            int hash = text.indexOf('#');
            if (hash < 0) {
                return new Target(self, text);
            }
            return new Target(hash == 0 ? self : text.substring(0, hash), text.substring(hash + 1));
        }
    }
}
