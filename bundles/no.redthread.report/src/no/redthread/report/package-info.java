/**
 * Reports for case documents (saksframlegg): a plain document model ({@link no.redthread.report.ReportDocument} of
 * {@link no.redthread.report.ReportSection}s of {@link no.redthread.report.Block}s) that modules build from their
 * content, and the {@link no.redthread.report.ReportWriter} service that renders it as HTML and as tagged PDF.
 */
package no.redthread.report;
