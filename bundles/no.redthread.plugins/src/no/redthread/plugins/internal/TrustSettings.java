package no.redthread.plugins.internal;

import java.util.List;

/**
 * Whom plugins may come from: the fingerprints of trusted signers, and whether unsigned jars are allowed. The user's
 * (settings {@code plugin-trust}) and the administrator's ({@code conf/plugin-trust.json}) add up.
 */
public record TrustSettings(List<String> trustedSigners, boolean allowUnsigned) {

    static final TrustSettings NONE = new TrustSettings(List.of(), false);

    public TrustSettings {
        trustedSigners = trustedSigners == null ? List.of() : List.copyOf(trustedSigners);
    }

    TrustSettings with(String fingerprint) {
        List<String> more = new java.util.ArrayList<>(trustedSigners);
        more.add(fingerprint);
        return new TrustSettings(more, allowUnsigned);
    }
}
