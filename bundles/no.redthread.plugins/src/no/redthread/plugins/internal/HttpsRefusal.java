package no.redthread.plugins.internal;

import java.net.URI;

import javax.net.ssl.SSLException;

/**
 * Why an https repository was not reached when TLS refused it: the server's certificate is not trusted or not
 * issued for the address. Said plainly with the address, since the JDK's own words ("PKIX path building failed")
 * tell a municipality's user nothing; they follow in brackets for whoever runs the server.
 */
final class HttpsRefusal {

    private HttpsRefusal() {
    }

    static String of(URI address, SSLException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return Texts.get("https.refused", address.getScheme() + "://" + address.getAuthority(), root.getMessage());
    }
}
