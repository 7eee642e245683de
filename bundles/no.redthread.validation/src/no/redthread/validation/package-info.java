/**
 * The red thread (den røde tråden) checked and drawn: {@link no.redthread.validation.RedThreadValidator} finds the
 * breaks in the line from SDG targets and themes through goals and measures to budget lines and cases, and
 * {@link no.redthread.validation.RedThreadChain} builds that line as a tree a view can draw. Headless, no SWT.
 * Modules add rules as {@link no.redthread.validation.RuleContribution} services (since 2.0, with
 * {@link no.redthread.validation.FindingRule}; {@code Finding.rule()} became a {@code FindingRule}, which every
 * {@code RedThreadRule} is: source-compatible, but a binary break, hence the major version). Versioned in the manifest; additions raise the minor version, breaking changes the major.
 */
package no.redthread.validation;
