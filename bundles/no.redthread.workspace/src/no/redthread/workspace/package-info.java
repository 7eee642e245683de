/**
 * Workspaces: a folder that holds one organisation's plan system (or a consultant's several) and
 * the modules' own resources, in a diff-friendly JSON format (see FORMAT.md in this bundle).
 * Get the {@link no.redthread.workspace.WorkspaceService} OSGi service to open, create, save and
 * recover workspaces; edit the model only through the {@link no.redthread.workspace.Workspace}'s
 * editing domain, so that undo and redo cover everything.
 * Versioned in the manifest; additions raise the minor version, breaking changes the major.
 */
package no.redthread.workspace;
