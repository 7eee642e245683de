/**
 * Portfolios: a consultant's named list of workspace folders, one per municipality, kept in the user's settings;
 * the {@link no.redthread.portfolio.PortfolioService} reads each workspace's {@link no.redthread.portfolio.KeyFigures}
 * from a detached load (the current workspace stays open) and creates a portfolio's workspaces from municipality
 * numbers. Versioned in the manifest; additions raise the minor version, breaking changes the major.
 */
package no.redthread.portfolio;
