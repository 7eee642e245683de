/**
 * Reports of assessments: the summary of an assessment worksheet as HTML and PDF, laid out to go into the section
 * "Bærekraftsvurdering" of a case document (saksframlegg). See
 * {@link no.redthread.assessment.report.AssessmentReports}.
 */
package no.redthread.assessment.report;
