package no.redthread.indicators.internal.sets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.redthread.core.packs.PackFile;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.IndicatorSet;
import no.redthread.workbench.packs.PackProblem;

/**
 * Names and descriptions of a set given by language ({"nb", "nn", "en"}): nameNb holds nynorsk in a nynorsk UI and
 * bokmål otherwise, nameEn the object's English unless the file gives nameEn itself.
 */
class LocalizedSetTextTest {

    private static final String SET = """
            {"format": "redthread-indicator-set/1", "id": "tospraak",
             "nameNb": {"nb": "Fylkets indikatorer", "nn": "Fylket sine indikatorar", "en": "The county's indicators"},
             "indicators": [
               {"id": "bolig", "nameNb": {"nb": "Boligbygging", "nn": "Bustadbygging"}, "nameEn": "Housing starts",
                "descriptionNb": {"nb": "Nye boliger", "en": "New homes"}, "direction": "HIGHER_IS_BETTER"}
             ]}
            """;

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void theNorwegianOfTheUiAndTheEnglishAreRead() {
        assertEquals(List.of("Fylkets indikatorer", "The county's indicators", "Boligbygging", "Housing starts",
                "Nye boliger", "New homes"), texts(Locale.of("nb", "NO")));
        assertEquals(List.of("Fylket sine indikatorar", "The county's indicators", "Bustadbygging", "Housing starts",
                "Nye boliger", "New homes"), texts(Locale.of("nn", "NO")), "bokmål where nynorsk is missing");
        assertEquals(List.of("Fylkets indikatorer", "The county's indicators", "Boligbygging", "Housing starts",
                "Nye boliger", "New homes"), texts(Locale.ENGLISH));
    }

    @Test
    void anUnknownLanguageIsRefusedWithItsPlace() {
        SetFiles files = read(SET.replace("\"nn\": \"Bustadbygging\"", "\"sv\": \"Bostadsbyggande\""));
        PackProblem problem = files.problems().get(0);
        assertEquals("indicators[0].nameNb.sv", problem.field(), problem.toString());
        assertEquals("4:59", problem.line() + ":" + problem.column(), problem.toString());
        assertTrue(problem.message().contains("nb, nn, en"), problem.toString());
    }

    private static List<String> texts(Locale language) {
        Locale.setDefault(language);
        SetFiles files = read(SET);
        assertEquals(List.of(), files.problems());
        IndicatorSet set = files.sets().get(0);
        Indicator indicator = set.getIndicators().get(0);
        return List.of(set.getNameNb(), set.getNameEn(), indicator.getNameNb(), indicator.getNameEn(),
                indicator.getDescriptionNb(), indicator.getDescriptionEn());
    }

    @Test
    void theReasonsAreToldInTheUiLanguage() {
        String nameless = SET.replace("\"nameNb\": {\"nb\": \"Boligbygging\", \"nn\": \"Bustadbygging\"}, \"nameEn\": \"Housing starts\",", "");
        Locale.setDefault(Locale.of("nb", "NO"));
        assertEquals("nameNb eller nameEn må være med", read(nameless).problems().get(0).message());
        Locale.setDefault(Locale.of("nn", "NO"));
        assertEquals("nameNb eller nameEn må vere med", read(nameless).problems().get(0).message());
        Locale.setDefault(Locale.ENGLISH);
        assertEquals("nameNb or nameEn is required", read(nameless).problems().get(0).message());
    }

    private static SetFiles read(String text) {
        return SetFiles.read("test.pack", "sets/", List.of(new PackFile() {
            @Override
            public String path() {
                return "sets/tospraak.json";
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
            }
        }));
    }
}
