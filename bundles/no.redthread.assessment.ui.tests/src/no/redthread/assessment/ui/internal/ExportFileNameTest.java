package no.redthread.assessment.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The file name the export proposes for an assessment's title. */
class ExportFileNameTest {

    @Test
    void aColonInTheTitleBecomesADashNotAnUnderscoreBeforeASpace() {
        assertEquals("Bærekraftvurdering – saksbehandling", ExportAssessmentCommand.fileName("Bærekraftvurdering: saksbehandling"));
    }

    @Test
    void slashesAndQuestionMarksAreReplacedAndTheEndsTrimmed() {
        assertEquals("Plan 2025 – 2037 – ferdig", ExportAssessmentCommand.fileName("Plan 2025/2037? ferdig"));
        assertEquals("Kommuneplan", ExportAssessmentCommand.fileName("Kommuneplan"));
    }
}
