/**
 * The SWT side of the workbench contract: parts (views and editors) and preference pages that any
 * bundle contributes as OSGi services. The workbench tracks them while it runs, so a county
 * plugin dropped into {@code plugins/} shows up without a restart and goes away cleanly.
 */
package no.redthread.workbench.ui;
