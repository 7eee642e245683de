/**
 * Reports of dilemma-training sessions: a session as the section "Målkonflikter og avveiinger" of a case document,
 * in the shared report model and as HTML or tagged PDF. See {@link no.redthread.dilemma.report.SessionReports}.
 */
package no.redthread.dilemma.report;
