/**
 * Writing files safely: {@link no.redthread.workbench.io.AtomicFiles} leaves either the old or the new content,
 * never a mix, for every export and settings file. Versioned in the manifest.
 */
package no.redthread.workbench.io;
