package no.redthread.funding.internal.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.redthread.funding.CatalogueProblem;
import no.redthread.funding.FundingScheme;

/**
 * A scheme's texts given by language ({"nb", "nn", "en"}): the UI language's is read, bokmål when it is missing;
 * the name's object fills nameNb with nynorsk in a nynorsk UI and bokmål otherwise, and nameEn when that is absent.
 */
class LocalizedSchemeTextTest {

    private static final String LOCALIZED = TestSchemes.scheme("tospraak", "2025-11-01")
            .replace("\"Testordning tospraak\"", "{\"nb\": \"Klimasats\", \"nn\": \"Klimasats, nynorsk\", \"en\": \"Climate grant\"}")
            .replace("\"Prøve ut tester\"", "{\"nb\": \"Kutte utslipp\", \"nn\": \"Kutte utslepp\", \"en\": \"Cut emissions\"}");

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void theTextsOfTheUiLanguageAreRead() {
        assertEquals(List.of("Klimasats", "Climate grant", "Kutte utslipp"), texts(Locale.of("nb", "NO")));
        assertEquals(List.of("Klimasats, nynorsk", "Climate grant", "Kutte utslepp"), texts(Locale.of("nn", "NO")));
        assertEquals(List.of("Klimasats", "Climate grant", "Cut emissions"), texts(Locale.ENGLISH),
                "in English the UI shows nameEn; nameNb stays Norwegian");
    }

    @Test
    void aGivenNameEnWinsOverTheObjectsEnglish() {
        Locale.setDefault(Locale.ENGLISH);
        SchemeFiles files = TestSchemes.read("schemes/a.json",
                LOCALIZED.replace("\"owner\":", "\"nameEn\": \"Climate sats\",\n      \"owner\":"));
        assertEquals(List.of(), files.problems());
        assertEquals("Climate sats", files.schemes().get(0).nameEn());
    }

    @Test
    void aTextWithoutBokmalIsRefusedAtItsLanguage() {
        SchemeFiles files = TestSchemes.read("schemes/a.json", LOCALIZED.replace("{\"nb\": \"Kutte utslipp\", ", "{"));
        CatalogueProblem problem = files.problems().get(0);
        assertEquals("schemes[0].purpose.nb", problem.field(), problem.toString());
        assertEquals(9, problem.line(), problem.toString());
        assertTrue(problem.message().contains("bokmål"), problem.toString());
    }

    @Test
    void theReasonsAreToldInTheUiLanguage() {
        String negative = LOCALIZED.replace("\"maxPerApplication\": 500000", "\"maxPerApplication\": -1");
        Locale.setDefault(Locale.of("nb", "NO"));
        assertEquals("må være et helt antall kroner, 0 eller mer", TestSchemes.read("schemes/a.json", negative)
                .problems().get(0).message());
        Locale.setDefault(Locale.of("nn", "NO"));
        assertEquals("må vere eit heilt tal kroner, 0 eller meir", TestSchemes.read("schemes/a.json", negative)
                .problems().get(0).message());
        Locale.setDefault(Locale.ENGLISH);
        assertEquals("must be a whole number of kroner, 0 or more", TestSchemes.read("schemes/a.json", negative)
                .problems().get(0).message());
    }

    private static List<String> texts(Locale language) {
        Locale.setDefault(language);
        SchemeFiles files = TestSchemes.read("schemes/tospraak.json", LOCALIZED);
        assertEquals(List.of(), files.problems());
        FundingScheme scheme = files.schemes().get(0);
        return List.of(scheme.nameNb(), scheme.nameEn(), scheme.purpose());
    }
}
