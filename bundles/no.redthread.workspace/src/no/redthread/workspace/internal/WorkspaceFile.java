package no.redthread.workspace.internal;

/**
 * One resource file of a workspace.
 *
 * @param fault why the file could not be read, null when it was read; such a file's resource is
 *              empty and read-only, and the file is never written
 */
record WorkspaceFile(String path, String role, String module, WorkspaceResource resource, String fault) {

    WorkspaceFile(String path, String role, String module) {
        this(path, role, module, new WorkspaceResource(path), null);
    }

    boolean readOnly() {
        return fault != null;
    }

    Manifest.Entry entry() {
        return new Manifest.Entry(path, role, module);
    }
}
