/**
 * Plugin repositories for counties and consultancies: a folder or an https address with signed plugin jars and an
 * index ({@link no.redthread.plugins.RepositoryIndex}), and the {@link no.redthread.plugins.PluginInstaller} that
 * installs from one as Eclipse p2 does: the jar's SHA-256 against the index, every entry signed by one signer
 * (the JDK's own verification), a new signer trusted only when the user or an administrator says so, and the jar
 * moved into plugins/ in one step, so a refused or failed install leaves nothing behind. Versioned in the manifest.
 */
package no.redthread.plugins;
