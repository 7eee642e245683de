package no.redthread.plugins;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

/** The one signer of every entry of a jar: its certificate, and the SHA-256 fingerprint trust is kept by. */
public record JarSignature(X509Certificate signer) {

    /** SHA-256 of the certificate, upper-case hex in pairs separated by colons, as keytool prints it. */
    public String fingerprint() {
        return fingerprint(signer);
    }

    public static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Who signed, as the certificate names them. */
    public String subject() {
        return signer.getSubjectX500Principal().getName();
    }
}
