/**
 * What each bundle contributes, and which of its content-pack files were refused: every module that reads content
 * packs registers a {@link no.redthread.workbench.packs.ContentPackReport} service, and the Plugins view and the
 * {@code redthread:plugins} command list per bundle what {@link no.redthread.workbench.packs.PluginInventory}
 * gathers, without knowing the modules. Versioned in the manifest.
 */
package no.redthread.workbench.packs;
