/**
 * The contract of the shared model: how a module adds its own EPackage and root object to a workspace.
 * The generated model itself lives in {@link no.redthread.model.plan} (with {@code .impl} and {@code .util}).
 */
package no.redthread.model.api;
