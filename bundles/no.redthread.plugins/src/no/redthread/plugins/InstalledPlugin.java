package no.redthread.plugins;

import java.nio.file.Path;

/** A plugin jar in plugins/: its bundle name and version, and the signer's fingerprint (null when unsigned). */
public record InstalledPlugin(String symbolicName, String version, Path jar, String signerFingerprint) {
}
