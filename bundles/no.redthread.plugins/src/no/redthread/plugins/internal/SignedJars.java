package no.redthread.plugins.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.ZipException;

import no.redthread.plugins.JarSignature;
import no.redthread.plugins.PluginRefusedException;
import no.redthread.plugins.PluginRefusedException.Reason;

/**
 * The JDK's own jar verification, made strict as p2 makes it: every entry read through a verifying JarFile (a
 * changed entry fails its digest), every entry signed, and all by one signer. Files of the signature itself
 * (META-INF/MANIFEST.MF, *.SF, *.RSA, *.DSA, *.EC) are what signs, not what is signed.
 */
public final class SignedJars {

    private SignedJars() {
    }

    /** The jar's one signer, or empty when nothing in it is signed. */
    public static Optional<JarSignature> verify(Path jar) throws PluginRefusedException {
        Set<Certificate> signers = new HashSet<>();
        X509Certificate signer = null;
        int signed = 0;
        int unsigned = 0;
        try (JarFile file = new JarFile(jar.toFile(), true)) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                try (InputStream in = file.getInputStream(entry)) {
                    in.transferTo(OutputStream.nullOutputStream()); // verification happens as the entry is read
                }
                if (entry.isDirectory() || signatureFile(entry.getName())) {
                    continue;
                }
                CodeSigner[] codeSigners = entry.getCodeSigners();
                if (codeSigners == null || codeSigners.length == 0) {
                    unsigned++;
                    continue;
                }
                signed++;
                for (CodeSigner codeSigner : codeSigners) {
                    Certificate leaf = codeSigner.getSignerCertPath().getCertificates().get(0);
                    signers.add(leaf);
                    signer = (X509Certificate) leaf;
                }
            }
        } catch (SecurityException | ZipException e) {
            throw new PluginRefusedException(Reason.TAMPERED, Texts.get("refused.tampered", jar.getFileName(),
                    e.getMessage()));
        } catch (IOException e) {
            throw new PluginRefusedException(Reason.NOT_A_BUNDLE, Texts.get("jar.unreadable", jar.getFileName(),
                    e.getMessage()));
        }
        if (signed == 0) {
            return Optional.empty();
        }
        if (unsigned > 0) {
            throw new PluginRefusedException(Reason.PARTLY_SIGNED, Texts.get("refused.partlySigned",
                    jar.getFileName(), unsigned));
        }
        if (signers.size() > 1) {
            throw new PluginRefusedException(Reason.SEVERAL_SIGNERS, Texts.get("refused.severalSigners",
                    jar.getFileName(), signers.size()));
        }
        return Optional.of(new JarSignature(signer));
    }

    private static boolean signatureFile(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        return upper.equals("META-INF/MANIFEST.MF") || upper.endsWith(".SF") || upper.endsWith(".RSA")
                || upper.endsWith(".DSA") || upper.endsWith(".EC") || upper.startsWith("META-INF/SIG-");
    }
}
