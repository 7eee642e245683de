package no.redthread.chains.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import no.redthread.chains.Kind;

/** The three languages have the same keys, and every well-known kind has its words. */
class MessagesTest {

    private static Properties load(String suffix) throws Exception {
        String name = "/no/redthread/chains/ui/internal/messages" + suffix + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @Test
    void everyLanguageHasEveryKeyAndEveryKnownKindHasItsWords() throws Exception {
        Set<String> english = new TreeSet<>(load("").stringPropertyNames());
        assertEquals(english, new TreeSet<>(load("_nb").stringPropertyNames()), "bokmål");
        assertEquals(english, new TreeSet<>(load("_nn").stringPropertyNames()), "nynorsk");
        for (Kind kind : List.of(Kind.WORKSPACE, Kind.ANY, Kind.THEMES, Kind.INDICATORS, Kind.SCHEMES, Kind.FINDINGS,
                Kind.PLAN_OBJECTS, Kind.REPORT)) {
            assertTrue(english.contains("kind." + kind.id()), kind.id());
        }
    }
}
