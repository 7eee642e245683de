package no.redthread.workspace.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;

import no.redthread.workspace.WorkspaceProblem;

/**
 * Reads a workspace folder: workspace.json, then every resource file, then the references between
 * them. A file that cannot be read gets an empty read-only resource and a problem; the rest opens.
 */
final class WorkspaceReader {

    static final String PLAN_SYSTEM_FILE = "plansystem.json";

    private final EPackage.Registry packages;
    private final AdapterFactory adapterFactory;
    private final Listeners listeners;

    WorkspaceReader(EPackage.Registry packages, AdapterFactory adapterFactory, Listeners listeners) {
        this.packages = packages;
        this.adapterFactory = adapterFactory;
        this.listeners = listeners;
    }

    WorkspaceImpl read(Path folder) throws IOException {
        return read(folder, folder);
    }

    /**
     * @param source where the files are read from: the folder itself, or an autosave snapshot
     *               (files missing from it, the unreadable ones, then come from the folder)
     */
    WorkspaceImpl read(Path folder, Path source) throws IOException {
        WorkspaceImpl workspace = new WorkspaceImpl(folder, adapterFactory, packages, listeners);
        List<WorkspaceProblem> problems = new ArrayList<>();
        Path manifestFile = locate(folder, source, Manifest.FILE);
        byte[] manifestContent = FileSync.readIfExists(manifestFile);
        if (manifestContent == null) {
            throw new NoSuchFileException(manifestFile.toString(), null, Reasons.get("reader.noManifest", Manifest.FILE));
        }
        Manifest manifest;
        try {
            manifest = Manifest.parse(manifestContent);
        } catch (ResourceFault fault) {
            problems.add(problem(manifestFile, fault));
            workspace.manifestFault = fault.getMessage();
            manifest = discover(folder);
        }
        Map<String, ParsedFile> readable = new LinkedHashMap<>();
        Map<String, ResourceFault> faults = new LinkedHashMap<>();
        Map<String, Resource> resources = new LinkedHashMap<>();
        ResourceJsonReader reader = new ResourceJsonReader(packages);
        for (Manifest.Entry entry : manifest.resources()) {
            WorkspaceResource resource = new WorkspaceResource(entry.path());
            resources.put(entry.path(), resource);
            byte[] content = FileSync.readIfExists(locate(folder, source, entry.path()));
            try {
                if (content == null) {
                    throw new ResourceFault(Reasons.get("reader.missing"));
                }
                ParsedFile parsed = reader.read(entry.path(), content);
                resource.getContents().addAll(parsed.contents);
                readable.put(entry.path(), parsed);
            } catch (ResourceFault fault) {
                faults.put(entry.path(), fault);
            }
        }
        Set<String> unreadable = new HashSet<>(faults.keySet());
        faults.putAll(new ReferenceResolver(readable, resources, unreadable).resolve());
        for (Manifest.Entry entry : manifest.resources()) {
            WorkspaceResource resource = (WorkspaceResource) resources.get(entry.path());
            ResourceFault fault = faults.get(entry.path());
            if (fault != null) {
                resource.getContents().clear();
                problems.add(problem(locate(folder, source, entry.path()), fault));
            }
            String module = entry.module() != null || Manifest.PLAN_SYSTEM.equals(entry.role()) ? entry.module()
                    : entry.path().replaceFirst("^.*/", "").replaceFirst("\\.json$", "");
            workspace.addFile(new WorkspaceFile(entry.path(), entry.role(), module, resource,
                    fault == null ? null : fault.getMessage()));
        }
        workspace.initialProblems(problems);
        return workspace;
    }

    private static Path locate(Path folder, Path source, String path) {
        Path inSource = source.resolve(path);
        return source.equals(folder) || Files.exists(inSource) ? inSource : folder.resolve(path);
    }

    private static WorkspaceProblem problem(Path file, ResourceFault fault) {
        return new WorkspaceProblem(file, fault.getMessage(), fault.line, fault.column);
    }

    /** When workspace.json cannot be read, the files are found by the naming rules of FORMAT.md. */
    private static Manifest discover(Path folder) throws IOException {
        List<Manifest.Entry> entries = new ArrayList<>();
        if (Files.exists(folder.resolve(PLAN_SYSTEM_FILE))) {
            entries.add(new Manifest.Entry(PLAN_SYSTEM_FILE, Manifest.PLAN_SYSTEM, null));
        }
        for (String name : jsonFiles(folder.resolve("plansystems"))) {
            entries.add(new Manifest.Entry("plansystems/" + name, Manifest.PLAN_SYSTEM, null));
        }
        for (String name : jsonFiles(folder.resolve("modules"))) {
            entries.add(new Manifest.Entry("modules/" + name, Manifest.MODULE, name.replaceFirst("\\.json$", "")));
        }
        return new Manifest(entries);
    }

    private static Set<String> jsonFiles(Path directory) throws IOException {
        Set<String> names = new TreeSet<>();
        if (Files.isDirectory(directory)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.json")) {
                files.forEach(file -> names.add(file.getFileName().toString()));
            }
        }
        return names;
    }
}
