/**
 * What every workspace view needs: to follow the open workspace on its UI thread, and to open another one the way
 * the workbench does ({@link no.redthread.workspace.ui.WorkspaceOpener}).
 */
package no.redthread.workspace.ui;
