package no.redthread.plugins.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every language has every text; "Legg til depot…" takes an existing folder or an https address, nothing else. */
class MessagesAndAddressesTest {

    @TempDir
    Path folder;

    @Test
    void everyLanguageHasEveryKey() throws IOException {
        Properties nb = load("messages_nb.properties");
        assertEquals(nb.keySet(), load("messages_nn.properties").keySet());
        assertEquals(nb.keySet(), load("messages.properties").keySet());
        assertEquals("Tilleggsdepoter", nb.getProperty("part.label"));
        assertEquals("&Stol på denne utstederen", nb.getProperty("signer.trust"));
    }

    @Test
    void aRepositoryIsAnExistingFolderOrAnHttpsAddress() {
        assertEquals(Optional.of(folder.toUri()), AddRepositoryDialog.parse(folder.toString()));
        assertEquals(Optional.of(folder.toUri()), AddRepositoryDialog.parse(folder.toUri().toString()));
        assertEquals(Optional.of(URI.create("https://plugins.example.no/tromsfinnmark/")),
                AddRepositoryDialog.parse("https://plugins.example.no/tromsfinnmark"));
        assertTrue(AddRepositoryDialog.parse("http://plugins.example.no/").isEmpty(), "plain http is refused");
        assertTrue(AddRepositoryDialog.parse(folder.resolve("missing").toString()).isEmpty());
        assertTrue(AddRepositoryDialog.parse("").isEmpty());
    }

    private static Properties load(String name) throws IOException {
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
