package no.redthread.assessment.report.internal;

import static no.redthread.assessment.report.internal.TestAssessments.answer;
import static no.redthread.assessment.report.internal.TestAssessments.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.model.AssessmentStatus;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.report.ReportWriter;
import no.redthread.workbench.settings.UserProfile;

/**
 * What issue 9 (defect 10) found in the case document: it never named the municipality, said "Opprettet av root",
 * worded a missing justification two ways, and had no chart.
 */
class CaseDocumentTest {

    /** The profile of a user whose login is "root" and who has set a full name in Preferences. */
    private static final UserProfile KARI = new UserProfile() {
        @Override
        public Optional<String> fullName() {
            return Optional.of("Kari Nordmann");
        }

        @Override
        public void setFullName(String fullName) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String loginName() {
            return "root";
        }
    };

    private final DefaultAssessmentReports reports = new DefaultAssessmentReports(service(), KARI,
            TestAssessments.find(ReportWriter.class),
            Clock.fixed(Instant.parse("2025-03-14T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void theMunicipalityOfThePlanSystemIsNamedInTheTextAndTheSubject() throws IOException {
        Assessment assessment = TestAssessments.inMunicipality(TestAssessments.sample(), "Rosse - Røros", "5025");

        String html = html(assessment);

        assertTrue(html.contains("Vurdert: " + TestAssessments.PLAN_NAME + " i Rosse - Røros kommune (5025). Skjema:"),
                html);
        assertTrue(html.contains("<meta name=\"description\" content=\"Rosse - Røros kommune (5025): "
                + TestAssessments.PLAN_NAME + ": "), html);
    }

    @Test
    void whatWasRecordedUnderTheLoginNameReadsAsTheFullNameSetInPreferences() throws IOException {
        Assessment assessment = service().create(TestAssessments.samfunnsdel(),
                TestAssessments.assessment().getPlan(), "root");
        TestAssessments.samfunnsdel().questions().forEach(question -> service().answer(assessment,
                question.question().id(), "ivaretatt", null, "root"));
        service().changeStatus(assessment, AssessmentStatus.COMPLETED, "root");

        String html = html(assessment);

        assertTrue(html.contains("Status: fullført (Kari Nordmann, "), html);
        assertTrue(html.contains("Opprettet av Kari Nordmann "), html);
        assertTrue(html.contains("<meta name=\"author\" content=\"Kari Nordmann\">"), html);
        assertFalse(html.contains("root"), html);
    }

    @Test
    void aMissingJustificationIsWordedTheSameInTheThemeTableAndInTheGaps() throws IOException {
        Assessment assessment = TestAssessments.assessment();
        answer(assessment, "sd-housing-4", "ikke-ivaretatt", null);

        String html = html(assessment);

        assertEquals(2, html.split("<td[^>]*>\\(Begrunnelse mangler\\.\\)</td>", -1).length - 1, html);
        assertFalse(html.contains("Ingen begrunnelse"), html);
    }

    @Test
    void theSummaryChartIsAnSvgFigureWithABarPerDimensionColouredByMeaningAndDescribedInWords() throws IOException {
        String html = html(TestAssessments.sample());

        int figure = html.indexOf("<figure");
        assertTrue(figure > html.indexOf(">Svar per dimensjon</h3>") && figure < html.indexOf(">Klima og miljø</h3>"),
                "after the overview, before the dimensions");
        String svg = html.substring(figure, html.indexOf("</figure>"));
        assertTrue(svg.contains("role=\"img\" width=\"640\""), svg);
        FormTemplate template = TestAssessments.samfunnsdel();
        long[] questions = template.dimensions().stream().mapToLong(dimension -> template.questions().stream()
                .filter(question -> question.dimension().id().equals(dimension.id())).count()).toArray();
        assertTrue(svg.contains("aria-label=\"Stolpediagram over svarene per dimensjon. Klima og miljø: "
                + "1 delvis ivaretatt og " + (questions[0] - 1) + " ikke besvart. Sosial: 1 ivaretatt, "
                + "1 ikke ivaretatt, 1 ikke relevant og " + (questions[1] - 3) + " ikke besvart. Økonomi: "
                + "1 ivaretatt og " + (questions[2] - 1) + " ikke besvart.\""), svg);
        for (String part : new String[] {"fill=\"#388e3c\"", "fill=\"#ffb300\"", "fill=\"#d32f2f\"",
                "fill=\"#8c8c8c\"", "fill=\"#e1e1e1\"", ">Klima og miljø</text>", ">Ivaretatt</text>",
                ">Ikke besvart</text>", ">Antall spørsmål</text>"}) {
            assertTrue(svg.contains(part), () -> part + " in " + svg);
        }
        assertEquals(2 + 4 + 2 + 5, svg.split("<rect ", -1).length - 1, "2 + 4 + 2 segments and 5 legend swatches");
    }

    private String html(Assessment assessment) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.writeHtml(assessment, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
