package no.redthread.dilemma.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import no.redthread.dilemma.HandlingOption;
import no.redthread.dilemma.Scenario;

/** The three languages have the same keys, and every kind and handling approach has a text. */
class MessagesTest {

    private static Properties load(String suffix) throws Exception {
        String name = "/no/redthread/dilemma/ui/internal/messages" + suffix + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @Test
    void everyLanguageHasEveryKeyAndEveryKindAndApproachHasAText() throws Exception {
        Set<String> english = new TreeSet<>(load("").stringPropertyNames());
        assertEquals(english, new TreeSet<>(load("_nb").stringPropertyNames()), "bokmål");
        assertEquals(english, new TreeSet<>(load("_nn").stringPropertyNames()), "nynorsk");
        for (Scenario.Kind kind : Scenario.Kind.values()) {
            assertTrue(english.contains("kind." + kind.code()) && english.contains("kind.long." + kind.code()), kind.code());
        }
        for (HandlingOption.Approach approach : HandlingOption.Approach.values()) {
            assertTrue(english.contains("approach." + approach.code()), approach.code());
        }
    }

    @Test
    void thePerspectiveIsDilemmaInNorwegianAndDilemmasInEnglish() throws Exception {
        assertEquals("Dilemma", load("_nb").getProperty("perspective.dilemma"));
        assertEquals("Dilemma", load("_nn").getProperty("perspective.dilemma"));
        assertEquals("Dilemmas", load("").getProperty("perspective.dilemma"));
        assertEquals("Scenarier", load("_nb").getProperty("library.part"));
    }
}
