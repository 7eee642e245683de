package no.redthread.dilemma.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import no.redthread.dilemma.HandlingOption;
import no.redthread.dilemma.Interaction;
import no.redthread.dilemma.Scenario;
import no.redthread.dilemma.ScenarioProblem;

/** The hand-written validator: every fault names bundle, file, line, column and field; good files still load. */
class ScenarioValidatorTest {

    private static final String GOOD = TestScenarios.scenario("god", 1);

    @Test
    void aGoodFileGivesItsScenarioWithEveryField() {
        ScenarioFiles files = TestScenarios.read("scenarios/god.json", GOOD);

        assertEquals(List.of(), files.problems());
        Scenario scenario = files.scenarios().get(0);
        assertEquals("god", scenario.id());
        assertEquals(1, scenario.version());
        assertEquals(Scenario.Kind.DRAWN, scenario.kind());
        assertEquals(URI.create("https://example.org/myr"), scenario.facts().get(0).source());
        assertEquals(new Scenario.Stakeholder("Kommunestyret", ""), scenario.stakeholders().get(0));
        assertEquals("innsigelse", scenario.stakeholders().get(1).role());
        assertEquals("dim-climate-environment", scenario.perspectives().get(0).dimensionId());
        assertEquals(Set.of("theme-climate-hazards"), scenario.themeIds());
        assertEquals(List.of("8.9", "15.5"), List.copyOf(scenario.sdgTargets()));
        Interaction second = scenario.interactions().get(1);
        assertEquals("8.9", second.from());
        assertEquals(Interaction.Direction.NEGATIVE, second.direction());
        assertEquals("-2 [forslag]", second.suggested().toString());
        assertTrue(scenario.interactions().get(0).fromMeasure());
        assertEquals(HandlingOption.Approach.FURTHER_STUDY, scenario.handlingOptions().get(0).approach());
        assertEquals(List.of(URI.create("https://example.org/mer")), scenario.furtherReading());
        assertEquals("test.pack", scenario.origin());
    }

    /** Each row: what to replace in the good file, with what, the field, line and column reported, and a word of the message. */
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            "schemaVersion": 1           | "schemaVersion": 2         | schemaVersion                              | 2  | 20  | version 1
            "version": 1                 | "version": 0               | scenarios[0].version                       | 6  | 18  | from 1
            "kind": "drawn"              | "kind": "invented"         | scenarios[0].kind                          | 8  | 15  | real, drawn
            "setting":                   | "plassering":              | scenarios[0].plassering                    | 9  | 21  | unknown field
            "title": "Testscenario god", | ''                         | scenarios[0].title                         | 4  | 5   | is required
            "source": "https://example.org/myr" | "source": "example.org/myr" | scenarios[0].facts[0].source      | 10 | 60  | http(s)
            "role": "innsigelse"         | "rolle": "x"               | scenarios[0].stakeholders[1].rolle         | 11 | 93  | unknown field
            "themes": ["theme-climate-hazards"] | "themes": ["Klima"] | scenarios[0].perspectives[0].themes[0]     | 12 | 106 | theme id
            "from": "8.9"                | "from": "tiltaket"         | scenarios[0].interactions[1].from          | 15 | 19  | neither
            "to": "15.5"                 | "to": "15.x1"              | scenarios[0].interactions[1].to            | 15 | 32  | target code
            "score": -2                  | "score": -4                | scenarios[0].interactions[1].suggested.score | 15 | 89 | from -3 to 3
            "mark": "[forslag]" }, "why": "Leveområder." | "mark": "[funn]" }, "why": "Leveområder." | scenarios[0].interactions[1].suggested.mark | 15 | 101 | [forslag]
            "questions": ["Hvem bør avgjøre?"] | "questions": []       | scenarios[0].questions                     | 17 | 20  | at least 1
            "approach": "further-study"  | "approach": "utredning"    | scenarios[0].handlingOptions[0].approach   | 18 | 42  | further-study
            """)
    void aFaultIsReportedWithFileFieldLineAndColumn(String good, String bad, String field, int line, int column,
            String words) {
        String text = GOOD.replace(good, bad);
        assertNotEquals(GOOD, text, "the test's replacement did not apply: " + good);
        ScenarioFiles files = TestScenarios.read("scenarios/good.json", TestScenarios.scenario("other", 1),
                "scenarios/bad.json", text);

        assertEquals(1, files.scenarios().size(), "the other file still loads");
        ScenarioProblem problem = files.problems().get(0);
        assertEquals("test.pack", problem.bundle());
        assertEquals("scenarios/bad.json", problem.file());
        assertEquals(field, problem.field(), problem.toString());
        assertEquals(line + ":" + column, problem.line() + ":" + problem.column(), problem.toString());
        assertTrue(problem.message().contains(words), problem.message());
    }

    @Test
    void brokenJsonIsReportedWhereTheParserStopped() {
        ScenarioFiles files = TestScenarios.read("scenarios/bad.json", GOOD.replace("\"kind\": \"drawn\",", "\"kind\": \"drawn\""));

        ScenarioProblem problem = files.problems().get(0);
        assertEquals("(file)", problem.field());
        assertEquals(9, problem.line(), problem.toString());
        assertTrue(problem.message().startsWith("is not valid JSON"), problem.message());
        assertEquals("test.pack/scenarios/bad.json:9:" + problem.column() + " (file): " + problem.message(),
                problem.toString());
    }

    @Test
    void aScenarioIdRepeatedInALaterFileOfTheSameBundleIsRefused() {
        ScenarioFiles files = TestScenarios.read("scenarios/a.json", GOOD, "scenarios/b.json", GOOD);

        assertEquals(1, files.scenarios().size());
        ScenarioProblem problem = files.problems().get(0);
        assertEquals("scenarios/b.json", problem.file());
        assertEquals("scenarios[0].id", problem.field());
        assertEquals(5, problem.line());
        assertTrue(problem.message().contains("scenarios/a.json"), problem.message());
    }

    @Test
    void theHigherVersionWinsAndOnTheSameVersionTheFirstStays() {
        Scenario shipped = TestScenarios.read("a.json", TestScenarios.scenario("x", 2)).scenarios().get(0);
        Scenario older = TestScenarios.read("b.json", TestScenarios.scenario("x", 1).replace("Testscenario", "Eldre"))
                .scenarios().get(0);
        Scenario same = TestScenarios.read("c.json", TestScenarios.scenario("x", 2).replace("Testscenario", "Kopi"))
                .scenarios().get(0);
        Scenario newer = TestScenarios.read("d.json", TestScenarios.scenario("x", 3).replace("Testscenario", "Ny"))
                .scenarios().get(0);

        assertEquals(List.of(shipped), Versions.merge(List.of(List.of(shipped), List.of(older), List.of(same))));
        assertEquals(List.of(newer), Versions.merge(List.of(List.of(shipped), List.of(newer), List.of(same))));
    }
}
