package no.redthread.workspace.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** workspace.json: the format name and version and the list of the workspace's resource files. */
record Manifest(List<Entry> resources) {

    static final String FILE = "workspace.json";
    static final String FORMAT = "redthread-workspace";
    static final int VERSION = 1;
    static final String PLAN_SYSTEM = "plan-system";
    static final String MODULE = "module";

    /**
     * @param path   relative, forward slashes, e.g. {@code plansystem.json}
     * @param role   {@link #PLAN_SYSTEM} or {@link #MODULE}
     * @param module the ModelContribution id of a module file, else null
     */
    record Entry(String path, String role, String module) {

        Entry {
            if (!validPath(path)) {
                throw new IllegalArgumentException("not a workspace file path: " + path);
            }
        }
    }

    Manifest {
        resources = List.copyOf(resources);
    }

    /** Paths stay inside the folder, use forward slashes and name .json files outside the hidden folder. */
    static boolean validPath(String path) {
        return path != null && path.matches("[A-Za-z0-9_][A-Za-z0-9._-]*(/[A-Za-z0-9_][A-Za-z0-9._-]*)*\\.json")
                && !path.contains("..") && !path.equals(FILE);
    }

    byte[] toJson() throws IOException {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ArrayNode list = root.putArray("resources");
        for (Entry entry : resources) {
            ObjectNode node = list.addObject();
            node.put("path", entry.path());
            node.put("role", entry.role());
            if (entry.module() != null) {
                node.put("module", entry.module());
            }
        }
        return Json.bytes(root);
    }

    static Manifest parse(byte[] content) throws ResourceFault {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(content);
        } catch (JsonProcessingException e) {
            throw ResourceFault.of(e);
        } catch (IOException e) {
            throw new ResourceFault(e.toString());
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new ResourceFault(Reasons.get("manifest.notWorkspace", FORMAT));
        }
        if (root.path("version").asInt(-1) != VERSION || !root.path("version").isInt()) {
            throw new ResourceFault(Reasons.get("format.version", root.path("version"), VERSION));
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode node : root.path("resources")) {
            String path = node.path("path").asText(null);
            String role = node.path("role").asText(MODULE);
            if (!validPath(path) || !(PLAN_SYSTEM.equals(role) || MODULE.equals(role))) {
                throw new ResourceFault(Reasons.get("manifest.badEntry", node));
            }
            if (entries.stream().anyMatch(e -> e.path().equals(path))) {
                throw new ResourceFault(Reasons.get("manifest.twice", path));
            }
            entries.add(new Entry(path, role, node.path("module").asText(null)));
        }
        return new Manifest(entries);
    }
}
