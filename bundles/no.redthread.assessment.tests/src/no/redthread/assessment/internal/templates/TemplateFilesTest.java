package no.redthread.assessment.internal.templates;

import static no.redthread.assessment.internal.templates.TestTemplates.SMALL;
import static no.redthread.assessment.internal.templates.TestTemplates.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.TemplateProblem;

/** The files of one bundle: each is read on its own; a repeated id and version is refused. */
class TemplateFilesTest {

    @Test
    void aBrokenFileDoesNotStopTheOthers() {
        TemplateFiles files = TemplateFiles.read("pack", List.of(source("templates/a.json", SMALL),
                source("templates/b.json", "{ \"schemaVersion\": 1 "), source("templates/c.json",
                        SMALL.replace("\"id\": \"small\"", "\"id\": \"other\""))));

        assertEquals(List.of("small", "other"), files.templates().stream().map(FormTemplate::id).toList());
        assertEquals(1, files.problems().size());
        TemplateProblem problem = files.problems().get(0);
        assertEquals("pack", problem.bundle());
        assertEquals("templates/b.json", problem.file());
        assertTrue(problem.message().contains("well-formed"), problem.message());
    }

    @Test
    void theSameIdAndVersionInTwoFilesIsRefusedInTheSecond() {
        TemplateFiles files = TemplateFiles.read("pack", List.of(source("templates/a.json", SMALL),
                source("templates/b.json", SMALL.replace("\"version\": \"1.0.0\"", "\"version\": \"1\""))));

        assertEquals(1, files.templates().size());
        assertEquals("templates/a.json", files.templates().get(0).origin().file());
        TemplateProblem problem = files.problems().get(0);
        assertEquals("templates/b.json", problem.file());
        assertEquals("id", problem.field());
        assertTrue(problem.message().contains("templates/a.json"), problem.message());
    }

    @Test
    void twoVersionsOfOneTemplateBothLoad() {
        TemplateFiles files = TemplateFiles.read("pack", List.of(source("templates/a.json", SMALL),
                source("templates/b.json", SMALL.replace("\"version\": \"1.0.0\"", "\"version\": \"1.1\""))));

        assertEquals(2, files.templates().size());
        assertTrue(files.problems().isEmpty(), files.problems().toString());
    }

    @Test
    void versionsCompareNumericallyPartByPart() {
        assertTrue(Versions.compare("1.2", "1.10") < 0);
        assertTrue(Versions.compare("2", "1.10.3") > 0);
        assertEquals(0, Versions.compare("1.0.0", "1"));
        assertTrue(Versions.compare("1.0.1", "1") > 0);
    }
}
