/**
 * The reference catalogues every workspace starts from: the 17 SDGs and their 169 targets (nb and en), the
 * municipalities and counties of 2024 with the official changes of municipality numbers since 2017 (old numbers
 * looked up to today's), and the sustainability frame (dimensions, themes, rules of thumb).
 * Get them from the {@link no.redthread.core.catalogue.CatalogueService} OSGi service.
 */
package no.redthread.core.catalogue;
