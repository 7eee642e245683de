package no.redthread.core.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A pack's text as a plain string or by language: the UI language's text, bokmål when it is missing. */
class PackTextTest {

    private static final Locale NB = Locale.of("nb", "NO");
    private static final Locale NN = Locale.of("nn", "NO");

    private final Locale before = Locale.getDefault();

    /** The faults are told in the UI language; these tests read them in English. */
    @BeforeEach
    void english() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void aPlainStringIsTheTextInEveryLanguage() throws Exception {
        assertEquals("Klima", PackText.pick(json("\" Klima \""), NN));
        assertEquals("Klima", PackText.pick(json("\"Klima\""), Locale.ENGLISH));
    }

    @Test
    void theUiLanguagesTextIsPickedAndBokmalIsTheFallback() throws Exception {
        JsonNode all = json("{\"nb\": \"Bolig\", \"nn\": \"Bustad\", \"en\": \"Housing\"}");
        assertEquals("Bolig", PackText.pick(all, NB));
        assertEquals("Bustad", PackText.pick(all, NN));
        assertEquals("Housing", PackText.pick(all, Locale.UK));
        assertEquals("Bolig", PackText.pick(all, Locale.of("no")), "Norwegian without a written standard is bokmål");
        JsonNode bokmal = json("{\"nb\": \"Bolig\"}");
        assertEquals("Bolig", PackText.pick(bokmal, NN));
        assertEquals("Bolig", PackText.pick(bokmal, Locale.ENGLISH));
    }

    @Test
    void theNorwegianOfAPairIsNynorskOnlyInANynorskUi() throws Exception {
        JsonNode all = json("{\"nb\": \"Bolig\", \"nn\": \"Bustad\", \"en\": \"Housing\"}");
        assertEquals("Bustad", PackText.pickNorwegian(all, NN));
        assertEquals("Bolig", PackText.pickNorwegian(all, Locale.ENGLISH));
        assertEquals(Optional.of("Housing"), PackText.given(all, "en"));
        assertEquals(Optional.empty(), PackText.given(json("{\"nb\": \"Bolig\"}"), "en"));
        assertEquals(Optional.empty(), PackText.given(json("\"Bolig\""), "nb"));
    }

    @Test
    void aFaultSaysWhereBelowTheFieldAndWhy() throws Exception {
        assertFault("{\"nn\": \"Bustad\"}", ".nb", "bokmål");
        assertFault("{\"nb\": \"Bolig\", \"de\": \"Wohnen\"}", ".de", "nb, nn, en");
        assertFault("{\"nb\": \"Bolig\", \"nn\": \" \"}", ".nn", "non-empty");
        assertFault("{\"nb\": 3}", ".nb", "non-empty string");
        assertFault("\"  \"", "", "non-empty string");
        assertFault("[\"Bolig\"]", "", "object of texts by language");
    }

    private static void assertFault(String json, String at, String words) throws Exception {
        PackText.Fault fault = assertThrows(PackText.Fault.class, () -> PackText.pick(json(json), NB));
        assertEquals(at, fault.at(), fault.getMessage());
        assertTrue(fault.getMessage().contains(words), fault.getMessage());
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }
}
