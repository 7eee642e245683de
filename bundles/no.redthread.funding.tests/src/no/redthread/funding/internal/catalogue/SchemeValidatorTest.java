package no.redthread.funding.internal.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import no.redthread.funding.ApplicantType;
import no.redthread.funding.CatalogueProblem;
import no.redthread.funding.Deadline;
import no.redthread.funding.FundingScheme;

/** The hand-written validator: every fault names bundle, file, line, column and field; good files still load. */
class SchemeValidatorTest {

    private static final String GOOD = TestSchemes.scheme("god", "2026-03-01");

    @Test
    void aGoodFileGivesItsSchemeWithEveryField() {
        SchemeFiles files = TestSchemes.read("schemes/god.json", GOOD);

        assertEquals(List.of(), files.problems());
        FundingScheme scheme = files.schemes().get(0);
        assertEquals("god", scheme.id());
        assertEquals(java.util.Set.of(ApplicantType.MUNICIPALITY, ApplicantType.INTERMUNICIPAL), scheme.applicants());
        assertEquals(Deadline.Kind.ANNUAL, scheme.deadline().kind());
        assertEquals(List.of(MonthDay.of(2, 15)), scheme.deadline().annualDates());
        assertEquals(2025, scheme.deadline().checkedYear());
        assertEquals(500_000L, scheme.amount().maxPerApplication().getAsLong());
        assertEquals(0.5, scheme.amount().coFundingShare().getAsDouble());
        assertTrue(scheme.amount().yearlyBudget().isEmpty());
        assertEquals(LocalDate.of(2026, 3, 1), scheme.lastChecked());
        assertEquals("test.pack", scheme.origin());
        assertEquals("", scheme.nameEn());
    }

    /** Each row: what to replace in the good file, with what, the field, line and column reported, and a word of the message. */
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            "schemaVersion": 1                        | "schemaVersion": 2                     | schemaVersion                | 2  | 20 | version 1
            "kind": "annual"                          | "kind": "yearly"                       | schemes[0].deadline.kind     | 14 | 29 | annual, rounds
            "kind": "annual", "dates": ["02-15"],     | "kind": "annual",                      | schemes[0].deadline.dates    | 14 | 19 | is required
            "dates": ["02-15"]                        | "dates": ["02-30"]                     | schemes[0].deadline.dates[0] | 14 | 49 | no day of the year
            "kind": "annual"                          | "kind": "continuous"                   | schemes[0].deadline.dates    | 14 | 52 | kind annual only
            "checkedYear": 2025                       | "checkedYear": "2025"                  | schemes[0].deadline.checkedYear | 14 | 74 | whole number
            ["kommune", "interkommunalt samarbeid"]   | ["kommune", "kommunene"]               | schemes[0].applicants[1]     | 8  | 33 | not an applicant type
            "sdgTargets": ["13.1"]                    | "sdgTargets": ["11.1"]                 | schemes[0].sdgTargets[0]     | 13 | 22 | goal 11
            "sdgTargets": ["13.1"]                    | "sdgTargets": ["13.x1"]                | schemes[0].sdgTargets[0]     | 13 | 22 | target code
            "themes": ["theme-climate-hazards"]       | "themes": ["Klima"]                    | schemes[0].themes[0]         | 11 | 18 | theme id
            "coFundingShare": 0.5                     | "coFundingShare": 50                   | schemes[0].amount.coFundingShare | 15 | 66 | from 0 to 1
            "https://example.org/ordning"             | "www.example.org"                      | schemes[0].url               | 16 | 14 | http(s)
            "lastChecked": "2026-03-01"               | "lastChecked": "1. mars 2026"          | schemes[0].lastChecked       | 18 | 22 | YYYY-MM-DD
            "owner": "Testdirektoratet",              | "eier": "Testdirektoratet",            | schemes[0].eier              | 7  | 15 | unknown field
            "owner": "Testdirektoratet",              | ''                                     | schemes[0].owner             | 4  | 5  | is required
            "id": "god"                               | "id": "God ordning"                    | schemes[0].id                | 5  | 13 | not an id
            """)
    void aFaultIsReportedWithFileFieldLineAndColumn(String good, String bad, String field, int line, int column,
            String words) {
        String text = GOOD.replace(good, bad);
        assertTrue(!text.equals(GOOD), "the test's replacement did not apply: " + good);
        SchemeFiles files = TestSchemes.read("schemes/good.json", GOOD.replace("\"god\"", "\"other\""),
                "schemes/bad.json", text);

        assertEquals(1, files.schemes().size(), "the other file still loads");
        CatalogueProblem problem = files.problems().get(0);
        assertEquals("test.pack", problem.bundle());
        assertEquals("schemes/bad.json", problem.file());
        assertEquals(field, problem.field(), problem.toString());
        assertEquals(line + ":" + column, problem.line() + ":" + problem.column(), problem.toString());
        assertTrue(problem.message().contains(words), problem.message());
    }

    @Test
    void brokenJsonIsReportedWhereTheParserStopped() {
        SchemeFiles files = TestSchemes.read("schemes/bad.json", GOOD.replace("\"purpose\": \"Prøve ut tester\",",
                "\"purpose\": \"Prøve ut tester\""));

        CatalogueProblem problem = files.problems().get(0);
        assertEquals("(file)", problem.field());
        assertEquals(10, problem.line(), problem.toString());
        assertTrue(problem.message().startsWith("is not valid JSON"), problem.message());
        assertEquals("test.pack/schemes/bad.json:10:" + problem.column() + " (file): " + problem.message(),
                problem.toString());
    }

    @Test
    void aRepeatedFieldAndAnEmptyFileAreRefused() {
        SchemeFiles files = TestSchemes.read("schemes/a.json", GOOD.replace("\"nameNb\"", "\"owner\": \"x\", \"nameNb\""),
                "schemes/b.json", "");

        assertEquals(2, files.problems().size());
        assertTrue(files.problems().get(0).message().contains("Duplicate field 'owner'"), files.problems().get(0).message());
        assertEquals(7, files.problems().get(0).line(), "the second owner");
        assertEquals("schemes/b.json", files.problems().get(1).file());
        assertTrue(files.problems().get(1).message().contains("empty"), files.problems().get(1).message());
    }

    @Test
    void aSchemeIdRepeatedInALaterFileOfTheSameBundleIsRefused() {
        SchemeFiles files = TestSchemes.read("schemes/a.json", GOOD, "schemes/b.json", GOOD);

        assertEquals(1, files.schemes().size());
        CatalogueProblem problem = files.problems().get(0);
        assertEquals("schemes/b.json", problem.file());
        assertEquals("schemes[0].id", problem.field());
        assertEquals(5, problem.line());
        assertTrue(problem.message().contains("schemes/a.json"), problem.message());
    }
}
