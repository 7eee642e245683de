package no.redthread.workspace.internal;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/** The files of a workspace, in workspace.json order, with their resources and read-only flags. */
final class WorkspaceFiles {

    private final ResourceSet resourceSet;
    private final List<WorkspaceFile> files = new CopyOnWriteArrayList<>();
    private final Map<Resource, WorkspaceFile> byResource = new ConcurrentHashMap<>();
    /** The editing domain's own map, so EMF.Edit commands refuse to change unreadable files. */
    private final Map<Resource, Boolean> readOnly = Collections.synchronizedMap(new HashMap<>());

    WorkspaceFiles(ResourceSet resourceSet) {
        this.resourceSet = resourceSet;
    }

    Map<Resource, Boolean> readOnlyMap() {
        return readOnly;
    }

    /** Call under the model lock. */
    void add(WorkspaceFile file) {
        files.add(file);
        byResource.put(file.resource(), file);
        file.resource().markLoaded();
        resourceSet.getResources().add(file.resource());
        readOnly.put(file.resource(), file.readOnly());
    }

    /** The path, or the first of {@code name-2.json}, {@code name-3.json}, ... that no file has. */
    String freePath(String preferred) {
        String path = preferred;
        for (int n = 2; byPath(path) != null; n++) {
            path = preferred.replaceFirst("\\.json$", "-" + n + ".json");
        }
        return path;
    }

    List<WorkspaceFile> all() {
        return files;
    }

    WorkspaceFile byPath(String path) {
        return files.stream().filter(file -> file.path().equals(path)).findFirst().orElse(null);
    }

    WorkspaceFile byResource(Resource resource) {
        return resource == null ? null : byResource.get(resource);
    }

    Manifest manifest() {
        return new Manifest(files.stream().map(WorkspaceFile::entry).toList());
    }
}
