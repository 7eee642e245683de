package no.redthread.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import no.redthread.plugins.PluginEntry;
import no.redthread.plugins.RepositoryException;
import no.redthread.plugins.RepositoryIndexes;
import no.redthread.plugins.testing.Jars;

/**
 * A county's repository on a web server: the JDK's HTTPS server on localhost with certificates made here. With the
 * server's certificate trusted, the index is read and a signed plugin installs over https; a server whose
 * certificate is not trusted is refused with a message that names the address and says why, and leaves nothing.
 */
class HttpsRepositoryTest {

    private static final String NAME = "no.tromsfinnmark.klima";

    @TempDir
    Path folder;

    private Path repository;
    private Path plugins;
    private DefaultPluginInstaller installer;
    private Locale locale;
    private SSLSocketFactory defaultFactory;
    private HttpsServer trusted;
    private HttpsServer stranger;

    @BeforeEach
    void open() throws Exception {
        locale = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("nb-NO"));
        defaultFactory = HttpsURLConnection.getDefaultSSLSocketFactory();
        repository = folder.resolve("county-repository");
        plugins = folder.resolve("redthread/plugins");
        Files.createDirectories(plugins);
        installer = new DefaultPluginInstaller(new FolderSettings(folder.resolve("settings")), plugins,
                new AdminPresets(Optional.empty()));
        Path jar = Jars.bundle(repository.resolve("klima-1.0.0.jar"), NAME, "1.0.0", "{}");
        Jars.sign(jar, Jars.keystore(folder, "CN=Troms og Finnmark fylkeskommune"));
        RepositoryIndexes.build(repository);

        Path county = Jars.tlsKeystore(folder, "county-web");
        trusted = serve(county);
        stranger = serve(Jars.tlsKeystore(folder, "stranger-web"));
        // The JVM's trust as an administrator would set it: the county's certificate added, the stranger's not.
        HttpsURLConnection.setDefaultSSLSocketFactory(trusting(county).getSocketFactory());
    }

    @AfterEach
    void close() {
        HttpsURLConnection.setDefaultSSLSocketFactory(defaultFactory);
        trusted.stop(0);
        stranger.stop(0);
        Locale.setDefault(locale);
    }

    @Test
    void aSignedPluginInstallsFromAnHttpsRepository() throws Exception {
        URI address = address(trusted);
        PluginEntry entry = installer.index(address).newest(NAME).orElseThrow();
        assertEquals("1.0.0", entry.version());

        Path installed = installer.install(address, entry, (signature, plugin) -> true);

        assertEquals(List.of(NAME + "_1.0.0.jar"), pluginFiles());
        assertEquals(BundleJar.sha256(repository.resolve("klima-1.0.0.jar")), BundleJar.sha256(installed),
                "the very jar of the repository");
    }

    @Test
    void aServerWhoseCertificateIsNotTrustedIsRefusedWithAClearMessage() throws Exception {
        URI address = address(stranger);
        RepositoryException index = assertThrows(RepositoryException.class, () -> installer.index(address));
        String authority = "https://" + address.getAuthority();
        assertTrue(index.getMessage().startsWith("Redthread avviser forbindelsen til " + authority
                + ": tjenerens sertifikat er ikke klarert her"), index.getMessage());

        PluginEntry entry = installer.index(address(trusted)).newest(NAME).orElseThrow();
        RepositoryException install = assertThrows(RepositoryException.class,
                () -> installer.install(address, entry, (signature, plugin) -> true));
        assertTrue(install.getMessage().contains("avviser forbindelsen til " + authority)
                && install.getMessage().contains("Ingenting ble installert"), install.getMessage());
        assertEquals(List.of(), pluginFiles(), "nothing in plugins/");
        try (Stream<Path> staged = Files.list(plugins.resolveSibling(".plugin-staging"))) {
            assertFalse(staged.findAny().isPresent(), "nothing left in staging");
        }
    }

    /** An HTTPS server on a free port of localhost that serves the repository folder. */
    private HttpsServer serve(Path keystore) throws Exception {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(load(keystore), Jars.PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context));
        server.createContext("/", this::file);
        server.start();
        return server;
    }

    private void file(HttpExchange exchange) throws IOException {
        Path file = repository.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
        if (!file.startsWith(repository) || !Files.isRegularFile(file)) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(200, Files.size(file));
        try (InputStream in = Files.newInputStream(file); OutputStream out = exchange.getResponseBody()) {
            in.transferTo(out);
        }
    }

    private static SSLContext trusting(Path keystore) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("county", load(keystore).getCertificate("server"));
        TrustManagerFactory managers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        managers.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, managers.getTrustManagers(), null);
        return context;
    }

    private static KeyStore load(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, Jars.PASSWORD.toCharArray());
        }
        return store;
    }

    private static URI address(HttpsServer server) {
        return URI.create("https://localhost:" + server.getAddress().getPort() + "/");
    }

    private List<String> pluginFiles() throws IOException {
        try (Stream<Path> files = Files.list(plugins)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
