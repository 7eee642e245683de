/**
 * Content packs, one convention for every module: a bundle names folders (or files) of JSON data in a manifest
 * header ({@code Redthread-FormTemplates}, {@code Redthread-FundingSchemes}, ...), and
 * {@link no.redthread.core.packs.ContentPacks} finds those files. Versioned in the manifest.
 */
package no.redthread.core.packs;
