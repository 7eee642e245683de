package no.redthread.assessment.internal.templates;

import static no.redthread.assessment.internal.templates.TestTemplates.IVARETATT;
import static no.redthread.assessment.internal.templates.TestTemplates.SMALL;
import static no.redthread.assessment.internal.templates.TestTemplates.SMALL_DIMENSIONS;
import static no.redthread.assessment.internal.templates.TestTemplates.VIRKNING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import no.redthread.assessment.template.AnswerMeaning;
import no.redthread.assessment.template.AnswerScale;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.PlacedQuestion;
import no.redthread.assessment.template.PlanLevel;
import no.redthread.assessment.template.Question;
import no.redthread.assessment.template.TemplateProblem;

/** Template files against the schema: good files load, each broken one is refused naming bundle, file and field. */
class TemplateParserTest {

    private static final String Q = "dimensions[0].themes[0].rules[0].questions[0]";

    @Test
    void aGoodFileGivesItsDimensionsThemesRulesAndQuestionsInOrder() {
        FormTemplate template = TestTemplates.parse(SMALL);

        assertEquals("small", template.id());
        assertEquals("1.0.0", template.version());
        assertEquals(PlanLevel.SAMFUNNSDEL, template.planLevel());
        assertEquals("test.bundle", template.origin().bundle());
        assertEquals("templates/test.json", template.origin().file());
        assertEquals(List.of("dim-a", "dim-b"), template.dimensions().stream().map(d -> d.id()).toList());
        assertEquals(List.of("theme-a1", "theme-a2", "theme-b1"), template.themes().stream().map(t -> t.id()).toList());
        assertEquals(List.of("q-a1-1", "q-a1-2", "q-a1-3", "q-a2-1", "q-b1-1", "q-b1-2"),
                template.questions().stream().map(p -> p.question().id()).toList());
        PlacedQuestion placed = template.question("q-a1-3").orElseThrow();
        assertEquals("dim-a", placed.dimension().id());
        assertEquals("theme-a1", placed.theme().id());
        assertEquals("rule-a1-2", placed.rule().id());
        assertEquals("Tema A1", placed.theme().nameNb());
        assertFalse(template.example());
        assertEquals("", template.descriptionNb());
    }

    @Test
    void aQuestionWithoutScaleUsesTheFirstAndTakesItsJustificationRules() {
        FormTemplate template = TestTemplates.parse(SMALL);
        Question question = template.question("q-a1-1").orElseThrow().question();

        assertEquals("ivaretatt", question.scaleId());
        assertEquals(Set.of("delvis-ivaretatt", "ikke-ivaretatt", "ikke-relevant"), question.justificationRequiredFor());
        assertTrue(question.requiresJustification("ikke-ivaretatt"));
        assertFalse(question.requiresJustification("ivaretatt"));
        assertEquals("virkning", template.question("q-b1-1").orElseThrow().question().scaleId());
        assertFalse(template.question("q-b1-1").orElseThrow().question().requiresJustification("ikke-relevant"));
    }

    @Test
    void meaningsGiveDefaultDirectionsAndAnOptionMaySetItsOwn() {
        String json = SMALL.replace("\"labelNb\": \"Ingen vesentlig virkning\", \"meaning\": \"neutral\"",
                "\"labelNb\": \"Ingen vesentlig virkning\", \"meaning\": \"neutral\", \"direction\": -1");
        FormTemplate template = TestTemplates.parse(json);
        AnswerScale ivaretatt = template.scale("ivaretatt").orElseThrow();
        AnswerScale virkning = template.scale("virkning").orElseThrow();

        assertEquals(1, ivaretatt.option("ivaretatt").orElseThrow().direction());
        assertEquals(0, ivaretatt.option("delvis-ivaretatt").orElseThrow().direction());
        assertEquals(-1, ivaretatt.option("ikke-ivaretatt").orElseThrow().direction());
        assertEquals(AnswerMeaning.NOT_ASSESSED, ivaretatt.option("ikke-vurdert").orElseThrow().meaning());
        assertEquals(-1, virkning.option("ingen-vesentlig-virkning").orElseThrow().direction());
    }

    @Test
    void optionalFieldsAreRead() {
        String json = SMALL
                .replace("\"schemaVersion\": 1,", "\"$schema\": \"../schema/form-template.schema.json\", \"schemaVersion\": 1,"
                        + " \"descriptionNb\": \"Til test.\", \"publisher\": \"Testfylket\", \"example\": true,")
                .replace("{ \"id\": \"q-a1-1\", \"textNb\": \"Spørsmål A1-1?\" }",
                        "{ \"id\": \"q-a1-1\", \"textNb\": \"Spørsmål A1-1?\", \"guidanceNb\": \"Se planen.\","
                                + " \"justificationRequiredFor\": [\"ivaretatt\"], \"tags\": [\"arealstrategi\"] }");
        FormTemplate template = TestTemplates.parse(json);
        Question question = template.question("q-a1-1").orElseThrow().question();

        assertEquals("Til test.", template.descriptionNb());
        assertEquals("Testfylket", template.publisher());
        assertTrue(template.example());
        assertEquals("Se planen.", question.guidanceNb());
        assertEquals(Set.of("ivaretatt"), question.justificationRequiredFor(), "the question's list replaces the scale's");
        assertEquals(List.of("arealstrategi"), question.tags());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void aBrokenFileIsRefusedNamingBundleFileAndField(String fault, String json, String field, String message) {
        TemplateProblem problem = TestTemplates.problem(json);

        assertNotNull(problem, fault + " was not refused");
        assertEquals("test.bundle", problem.bundle());
        assertEquals("templates/test.json", problem.file());
        assertEquals(field, problem.field(), fault + ": " + problem);
        assertTrue(problem.message().contains(message), fault + ": " + problem.message());
        assertTrue(problem.toString().startsWith("test.bundle: templates/test.json: " + field + ": "), problem.toString());
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                broken("empty file", "", "(file)", "empty"),
                broken("not an object", "[1, 2]", "(file)", "JSON object"),
                broken("missing comma", replace(SMALL, "\"textNb\": \"Spørsmål A1-3?\"", "\"textNb\": \"Spørsmål A1-3?\" \"x\": 1"),
                        "dimensions[0].themes[0].rules[1].questions[0].textNb", "well-formed"),
                broken("key twice", replace(SMALL, "\"id\": \"q-a1-1\",", "\"id\": \"q-a1-1\", \"id\": \"q-a1-9\","),
                        Q + ".id", "Duplicate field"),
                broken("no schemaVersion", replace(SMALL, "\"schemaVersion\": 1,", ""), "schemaVersion", "required"),
                broken("future schemaVersion", replace(SMALL, "\"schemaVersion\": 1,", "\"schemaVersion\": 2,"),
                        "schemaVersion", "version 1"),
                broken("no id", replace(SMALL, "\"id\": \"small\",", ""), "id", "required"),
                broken("bad id", replace(SMALL, "\"id\": \"small\",", "\"id\": \"Small Template\","), "id", "not a valid id"),
                broken("bad version", replace(SMALL, "\"version\": \"1.0.0\"", "\"version\": \"v1\""), "version", "not a version"),
                broken("unknown level", replace(SMALL, "\"planLevel\": \"samfunnsdel\"", "\"planLevel\": \"budsjett\""),
                        "planLevel", "not a plan level"),
                broken("blank title", replace(SMALL, "\"titleNb\": \"Test small\"", "\"titleNb\": \"  \""), "titleNb", "non-empty"),
                broken("unknown root field", replace(SMALL, "\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"author\": \"x\","),
                        "author", "unknown field"),
                broken("unknown question field", replace(SMALL, "\"textNb\": \"Spørsmål A1-1?\"",
                        "\"textNb\": \"Spørsmål A1-1?\", \"guidenceNb\": \"typo\""), Q + ".guidenceNb", "unknown field"),
                broken("no scales", TestTemplates.template("small", "1", "samfunnsdel", SMALL_DIMENSIONS)
                        .replace("\"scales\": [ " + IVARETATT + ", " + VIRKNING + " ]", "\"scales\": []"), "scales", "at least 1"),
                broken("one option", replace(SMALL, IVARETATT, "{ \"id\": \"ivaretatt\", \"options\": ["
                        + " { \"id\": \"ja\", \"labelNb\": \"Ja\", \"meaning\": \"fulfilled\" } ] }"), "scales[0].options", "at least 2"),
                broken("unknown meaning", replace(SMALL, "\"meaning\": \"fulfilled\" }", "\"meaning\": \"good\" }"),
                        "scales[0].options[0].meaning", "not a meaning"),
                broken("direction out of range", replace(SMALL, "\"meaning\": \"fulfilled\" }", "\"meaning\": \"fulfilled\", \"direction\": 2 }"),
                        "scales[0].options[0].direction", "-1 to 1"),
                broken("unknown scale", replace(SMALL, "\"textNb\": \"Spørsmål B1-2?\", \"scale\": \"virkning\"",
                        "\"textNb\": \"Spørsmål B1-2?\", \"scale\": \"effekt\""),
                        "dimensions[1].themes[0].rules[0].questions[1].scale", "not one of the template's scales"),
                broken("justification for an unknown option", replace(SMALL, "\"textNb\": \"Spørsmål A1-1?\"",
                        "\"textNb\": \"Spørsmål A1-1?\", \"justificationRequiredFor\": [\"nei\"]"),
                        Q + ".justificationRequiredFor[0]", "not an option"),
                broken("no questions", replace(SMALL, "\"questions\": [ { \"id\": \"q-a2-1\", \"textNb\": \"Spørsmål A2-1?\" } ]",
                        "\"questions\": []"), "dimensions[0].themes[1].rules[0].questions", "at least 1"),
                broken("question text a number", replace(SMALL, "\"textNb\": \"Spørsmål A1-1?\"", "\"textNb\": 7"),
                        Q + ".textNb", "non-empty string"),
                broken("repeated question id", replace(SMALL, "\"id\": \"q-a1-2\"", "\"id\": \"q-a1-1\""),
                        "dimensions[0].themes[0].rules[0].questions[1].id", "repeats the question id \"q-a1-1\" already used at " + Q + ".id"),
                broken("repeated rule id", replace(SMALL, "\"id\": \"rule-a1-2\"", "\"id\": \"rule-a1-1\""),
                        "dimensions[0].themes[0].rules[1].id", "repeats the rule id"),
                broken("repeated theme id", replace(SMALL, "\"id\": \"theme-b1\"", "\"id\": \"theme-a1\""),
                        "dimensions[1].themes[0].id", "repeats the theme id"),
                broken("repeated dimension id", replace(SMALL, "\"id\": \"dim-b\"", "\"id\": \"dim-a\""),
                        "dimensions[1].id", "repeats the dimension id"),
                broken("repeated scale id", replace(SMALL, "{ \"id\": \"virkning\",", "{ \"id\": \"ivaretatt\","),
                        "scales[1].id", "repeats the scale id"),
                broken("repeated option id", replace(SMALL, "{ \"id\": \"ikke-vurdert\", \"labelNb\": \"Ikke vurdert\", \"meaning\": \"not-assessed\" } ] }, {",
                        "{ \"id\": \"ivaretatt\", \"labelNb\": \"Ikke vurdert\", \"meaning\": \"not-assessed\" } ] }, {"),
                        "scales[0].options[4].id", "repeats the option id"));
    }

    private static Arguments broken(String fault, String json, String field, String message) {
        return Arguments.of(fault, json, field, message);
    }

    /** Replaces exactly one occurrence, so a test cannot pass because its edit missed. */
    static String replace(String text, String target, String replacement) {
        int at = text.indexOf(target);
        if (at < 0 || text.indexOf(target, at + 1) >= 0) {
            throw new AssertionError("not exactly once in the test file: " + target);
        }
        return text.substring(0, at) + replacement + text.substring(at + target.length());
    }

    @Test
    void theGoodFileHasNoProblem() {
        assertNull(TestTemplates.problem(SMALL));
    }
}
