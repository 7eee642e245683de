package no.redthread.funding.ui.internal;

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

import no.redthread.funding.AmountBand;
import no.redthread.funding.ApplicantType;
import no.redthread.funding.DeadlineWindow;
import no.redthread.funding.Facet;
import no.redthread.funding.applications.model.ApplicationStatus;

/** The three languages have the same keys, and every facet, applicant type, window, band and status has a text. */
class MessagesTest {

    private static Properties load(String suffix) throws Exception {
        String name = "/no/redthread/funding/ui/internal/messages" + suffix + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @Test
    void everyLanguageHasEveryKeyAndEveryVocabularyValueHasAText() throws Exception {
        Set<String> english = new TreeSet<>(load("").stringPropertyNames());
        assertEquals(english, new TreeSet<>(load("_nb").stringPropertyNames()), "bokmål");
        assertEquals(english, new TreeSet<>(load("_nn").stringPropertyNames()), "nynorsk");
        for (Facet facet : Facet.values()) {
            assertTrue(english.contains("facet." + facet.name()), facet.name());
        }
        for (ApplicantType type : ApplicantType.values()) {
            assertTrue(english.contains("applicant." + type.name()), type.name());
        }
        for (DeadlineWindow window : DeadlineWindow.values()) {
            assertTrue(english.contains("DEADLINE_WINDOW." + window.code()), window.code());
        }
        for (AmountBand band : AmountBand.values()) {
            assertTrue(english.contains("AMOUNT_BAND." + band.code()), band.code());
        }
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertTrue(english.contains("status." + status.getName()), status.getName());
        }
    }

    @Test
    void theBokmalTextsSayTheDeadlinesMustBeChecked() throws Exception {
        Properties bokmal = load("_nb");
        assertEquals("Fristene er de sist kjente og må sjekkes hos kilden før du søker.", bokmal.getProperty("notice.deadlines"));
        assertEquals("Finn tilskudd", bokmal.getProperty("find.command"));
        assertEquals("Virkemidler", bokmal.getProperty("perspective.funding"));
    }
}
