package no.redthread.assessment.internal.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.TemplateProblem;

/** A worksheet's texts given by language ({"nb", "nn", "en"}): the UI language's is read, bokmål when it is missing. */
class LocalizedTemplateTextTest {

    private static final String LOCALIZED = TestTemplates.edit(TestTemplates.edit(TestTemplates.edit(TestTemplates.SMALL,
            "\"titleNb\": \"Test small\"",
            "\"titleNb\": {\"nb\": \"Regional plan\", \"nn\": \"Regional plan, nynorsk\", \"en\": \"Regional plan, English\"}"),
            "\"labelNb\": \"Ivaretatt\"", "\"labelNb\": {\"nb\": \"Ivaretatt\", \"nn\": \"Teke vare på\", \"en\": \"Addressed\"}"),
            "\"textNb\": \"Spørsmål A1-1\\?\"", "\"textNb\": {\"nb\": \"Spørsmål A1-1?\", \"en\": \"Question A1-1?\"}");

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void theTextsOfTheUiLanguageAreRead() {
        assertEquals(List.of("Regional plan", "Ivaretatt", "Spørsmål A1-1?"), texts(Locale.of("nb", "NO")));
        assertEquals(List.of("Regional plan, nynorsk", "Teke vare på", "Spørsmål A1-1?"), texts(Locale.of("nn", "NO")),
                "bokmål where nynorsk is missing");
        assertEquals(List.of("Regional plan, English", "Addressed", "Question A1-1?"), texts(Locale.ENGLISH));
    }

    @Test
    void aTextWithoutBokmalOrNotAStringIsRefusedAtItsLanguage() {
        TemplateProblem missing = TestTemplates.problem(LOCALIZED.replace("{\"nb\": \"Regional plan\", ", "{"));
        assertEquals("titleNb.nb", missing.field(), missing.toString());
        assertTrue(missing.message().contains("bokmål"), missing.toString());
        TemplateProblem number = TestTemplates.problem(LOCALIZED.replace("\"en\": \"Addressed\"", "\"en\": 1"));
        assertEquals("scales[0].options[0].labelNb.en", number.field(), number.toString());
    }

    @Test
    void theReasonsAreToldInTheUiLanguage() {
        String badVersion = TestTemplates.edit(LOCALIZED, "\"version\": \"1.0.0\"", "\"version\": \"v1\"");
        Locale.setDefault(Locale.of("nb", "NO"));
        assertEquals("«v1» er ikke en versjon som 1, 1.2 eller 1.2.0", TestTemplates.problem(badVersion).message());
        Locale.setDefault(Locale.of("nn", "NO"));
        assertEquals("«v1» er ikkje ein versjon som 1, 1.2 eller 1.2.0", TestTemplates.problem(badVersion).message());
        Locale.setDefault(Locale.ENGLISH);
        assertEquals("\"v1\" is not a version such as 1, 1.2 or 1.2.0", TestTemplates.problem(badVersion).message());
    }

    private static List<String> texts(Locale language) {
        Locale.setDefault(language);
        FormTemplate template = TestTemplates.parse(LOCALIZED);
        return List.of(template.titleNb(), template.scales().get(0).options().get(0).labelNb(),
                template.dimensions().get(0).themes().get(0).rules().get(0).questions().get(0).textNb());
    }
}
