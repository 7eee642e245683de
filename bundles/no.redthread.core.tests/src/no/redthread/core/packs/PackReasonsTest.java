package no.redthread.core.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The content packs' common reasons in the UI language: bokmål, nynorsk, English. */
class PackReasonsTest {

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void theReasonsSpeakTheUiLanguage() {
        Locale.setDefault(Locale.of("nb", "NO"));
        assertEquals("må være med", PackReasons.required());
        assertEquals("ukjent felt; tillatt her: id, nameNb", PackReasons.unknownField(Set.of("nameNb", "id")));
        assertEquals("«UPWARDS» er ikke en av HIGHER_IS_BETTER, NEUTRAL",
                PackReasons.notOneOf("UPWARDS", List.of("HIGHER_IS_BETTER", "NEUTRAL")));
        Locale.setDefault(Locale.of("nn", "NO"));
        assertEquals("må vere med", PackReasons.required());
        assertEquals("«11.x» er ikkje ein kode for eit berekraftsdelmål som 11.3 eller 14.b",
                PackReasons.notForm("11.x", PackReasons.form("sdgTarget")));
        Locale.setDefault(Locale.ENGLISH);
        assertEquals("is required", PackReasons.required());
        assertEquals("needs at least 1 entry", PackReasons.atLeast(1));
    }

    @Test
    void numbersAreWrittenWithoutDigitGrouping() {
        Locale.setDefault(Locale.of("nb", "NO"));
        assertEquals("trenger minst 1200 oppføringer", PackReasons.atLeast(1200));
        assertEquals("må være et heltall fra 1 til 2147483647", PackReasons.wholeNumber(1, Integer.MAX_VALUE));
        assertEquals("er 2; denne Redthread leser versjon 1", PackReasons.schemaVersion(2, 1));
    }

    @Test
    void aTextFaultIsToldInTheUiLanguage() throws Exception {
        Locale.setDefault(Locale.of("nn", "NO"));
        PackText.Fault fault = assertThrows(PackText.Fault.class,
                () -> PackText.pick(new ObjectMapper().readTree("{\"nn\": \"Bustad\"}")));
        assertEquals("må vere med: bokmål blir vist når brukarspråket ikkje har tekst", fault.getMessage());
    }
}
