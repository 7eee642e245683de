/**
 * Assessments: worksheets filled in for a plan or case of the shared model, and what they show.
 *
 * <p>The {@link no.redthread.assessment.AssessmentService} creates and answers assessments (the EMF objects of
 * {@link no.redthread.assessment.model}), moves them through their status, upgrades them to a newer template
 * version without losing answers, and computes their {@link no.redthread.assessment.AssessmentSummary}, their
 * {@link no.redthread.assessment.WeakTheme weak themes} and the comparison of two revisions. The worksheets
 * themselves are in {@link no.redthread.assessment.template}.
 */
package no.redthread.assessment;
