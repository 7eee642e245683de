/**
 * The workbench contract that modules and county plugins code against, without SWT: where parts
 * go ({@link no.redthread.workbench.Area}), perspectives, commands, selection and undo. The SWT
 * side of the contract (parts themselves, preference pages) is {@code no.redthread.workbench.ui}.
 * Versioned in the manifest; additions raise the minor version, breaking changes the major.
 */
package no.redthread.workbench;
