package no.redthread.plugins;

/** A plugin jar the installer will not install; nothing of it is left in plugins/. */
public class PluginRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why: each has its text in the UI language, naming the jar. */
    public enum Reason {
        /** The jar's SHA-256 is not the one the index gives: changed after it was published, or a wrong file. */
        CHECKSUM,
        /** No entry is signed, and unsigned plugins are not allowed. */
        UNSIGNED,
        /** Some entries are signed and some are not: something was added after signing. */
        PARTLY_SIGNED,
        /** An entry does not match its signature: the jar was changed after signing. */
        TAMPERED,
        /** The entries are signed by more than one signer. */
        SEVERAL_SIGNERS,
        /** The signer is not trusted and the user did not trust it. */
        UNTRUSTED_SIGNER,
        /** Not an OSGi bundle: no Bundle-SymbolicName, or not a jar. */
        NOT_A_BUNDLE
    }

    private final Reason reason;

    public PluginRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
