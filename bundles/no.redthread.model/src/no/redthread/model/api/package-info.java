/**
 * The contract of the shared model: how a module adds its own EPackage and root object to a workspace
 * ({@link no.redthread.model.api.ModelContribution}), and, since 1.1, what it adds to a measure's funding as views
 * show it ({@link no.redthread.model.api.FundingDetails}). Additions raise the minor version.
 * The generated model itself lives in {@link no.redthread.model.plan} (with {@code .impl} and {@code .util}).
 */
package no.redthread.model.api;
