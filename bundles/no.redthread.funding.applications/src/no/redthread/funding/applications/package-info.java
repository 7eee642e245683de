/**
 * The municipality's funding applications in the shared model: {@link no.redthread.funding.applications.FundingApplications}
 * (where they live, a measure's applications, its granted sum) and {@link no.redthread.funding.applications.ApplicationCommands}
 * (each change one undoable command on the workspace's editing domain). The generated model is in
 * {@code no.redthread.funding.applications.model}. Headless, no SWT. Versioned in the manifest; additions raise the
 * minor version, breaking changes the major.
 */
package no.redthread.funding.applications;
