package no.redthread.dilemma.sessions.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Bokmål, nynorsk and English name the same texts; bokmål has the Norwegian names of the four ways of handling. */
class MessagesTest {

    @Test
    void everyLanguageHasEveryKey() throws IOException {
        Properties nb = load("messages_nb.properties");
        assertEquals(nb.keySet(), load("messages_nn.properties").keySet());
        assertEquals(nb.keySet(), load("messages.properties").keySet());
        assertEquals("Dilemmaøkt", nb.getProperty("session.part"));
        assertEquals("Videre utredning", nb.getProperty("handling.FURTHER_STUDY"));
        assertFalse(nb.getProperty("start.command").contains("training"));
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
