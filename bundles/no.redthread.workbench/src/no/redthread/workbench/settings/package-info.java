/**
 * Per-user settings (window, layouts, preferences) kept as JSON files in the user's settings
 * folder. Saves are atomic; a file that cannot be read is moved aside, never overwritten.
 */
package no.redthread.workbench.settings;
