/**
 * Funding-scheme lookup (virkemiddeloversikt), headless: the catalogue of grants
 * ({@link no.redthread.funding.FundingCatalog}), full-text and faceted search
 * ({@link no.redthread.funding.SchemeSearch}) and matching against the plan model
 * ({@link no.redthread.funding.SchemeMatcher}). Deadlines are the last known and must be checked at the source.
 * Versioned in the manifest; additions raise the minor version, breaking changes the major.
 */
package no.redthread.funding;
