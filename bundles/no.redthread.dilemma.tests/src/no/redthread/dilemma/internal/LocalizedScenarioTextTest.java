package no.redthread.dilemma.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.redthread.dilemma.Scenario;
import no.redthread.dilemma.ScenarioProblem;

/** A scenario's texts given by language ({"nb", "nn", "en"}): the UI language's is read, bokmål when it is missing. */
class LocalizedScenarioTextTest {

    private static final String LOCALIZED = TestScenarios.scenario("tospraak", 1)
            .replace("\"Testscenario tospraak\"", "{\"nb\": \"Myr eller hytter\", \"nn\": \"Myr eller hytter, nynorsk\", \"en\": \"Bog or cabins\"}")
            .replace("\"Kommunestyret\"", "{\"nb\": \"Kommunestyret\", \"en\": \"The municipal council\"}")
            .replace("[\"Hvem bør avgjøre?\"]", "[{\"nb\": \"Hvem bør avgjøre?\", \"nn\": \"Kven bør avgjere?\"}]");

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void theTextsOfTheUiLanguageAreRead() {
        assertEquals(List.of("Myr eller hytter", "Kommunestyret", "Hvem bør avgjøre?"), texts(Locale.of("nb", "NO")));
        assertEquals(List.of("Myr eller hytter, nynorsk", "Kommunestyret", "Kven bør avgjere?"), texts(Locale.of("nn", "NO")));
        assertEquals(List.of("Bog or cabins", "The municipal council", "Hvem bør avgjøre?"), texts(Locale.ENGLISH),
                "English where given, else bokmål");
    }

    @Test
    void aTextWithoutBokmalOrWithAnUnknownLanguageIsRefusedAtItsLanguage() {
        ScenarioProblem missing = problem(LOCALIZED.replace("{\"nb\": \"Myr eller hytter\", ", "{"));
        assertEquals("scenarios[0].title.nb", missing.field(), missing.toString());
        assertTrue(missing.toString().contains("bokmål"), missing.toString());
        ScenarioProblem unknown = problem(LOCALIZED.replace("\"en\": \"The municipal council\"", "\"se\": \"Gielda\""));
        assertEquals("scenarios[0].stakeholders[0].name.se", unknown.field(), unknown.toString());
        assertEquals(11, unknown.line(), unknown.toString());
    }

    private static List<String> texts(Locale language) {
        Locale.setDefault(language);
        ScenarioFiles files = TestScenarios.read("scenarios/tospraak.json", LOCALIZED);
        assertEquals(List.of(), files.problems());
        Scenario scenario = files.scenarios().get(0);
        return List.of(scenario.title(), scenario.stakeholders().get(0).name(), scenario.questions().get(0));
    }

    @Test
    void theReasonsAreToldInTheUiLanguage() {
        String sameTarget = LOCALIZED.replace("\"to\": \"15.5\"", "\"to\": \"8.9\"");
        Locale.setDefault(Locale.of("nb", "NO"));
        assertEquals("er samme delmål som «from»", problem(sameTarget).message());
        Locale.setDefault(Locale.of("nn", "NO"));
        assertEquals("er same delmål som «from»", problem(sameTarget).message());
        Locale.setDefault(Locale.ENGLISH);
        assertEquals("is the same target as \"from\"", problem(sameTarget).message());
    }

    private static ScenarioProblem problem(String text) {
        ScenarioFiles files = TestScenarios.read("scenarios/feil.json", text);
        assertEquals(1, files.problems().size(), files.problems().toString());
        return files.problems().get(0);
    }
}
