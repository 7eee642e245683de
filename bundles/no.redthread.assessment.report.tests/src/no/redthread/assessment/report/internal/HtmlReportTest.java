package no.redthread.assessment.report.internal;

import static no.redthread.assessment.report.internal.TestAssessments.HOUSING_GAP;
import static no.redthread.assessment.report.internal.TestAssessments.SOCIAL_CONCLUSION;
import static no.redthread.assessment.report.internal.TestAssessments.WATER_GAP;
import static no.redthread.assessment.report.internal.TestAssessments.answer;
import static no.redthread.assessment.report.internal.TestAssessments.questionText;
import static no.redthread.assessment.report.internal.TestAssessments.reports;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.assessment.model.Answer;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.model.AssessmentFactory;

/** The HTML export through the published service, read back from the file. */
class HtmlReportTest {

    @TempDir
    Path folder;

    @Test
    void theSectionHasTheOverviewDimensionsThemesAnswersAndConclusions() throws Exception {
        String html = export(TestAssessments.sample());

        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"nb\">\n<head>\n<meta charset=\"UTF-8\">"), html);
        assertTrue(html.contains(">Bærekraftsvurdering</h2>"));
        assertTrue(html.contains("Vurdert: " + TestAssessments.PLAN_NAME + ". Skjema: Bærekraftvurdering: "
                + "kommuneplanens samfunnsdel med arealstrategi, versjon 1.0.0. Status: under arbeid. Opprettet av "
                + "Kari Nordmann "), html);
        assertTrue(html.contains("5 av 32 spørsmål besvart."));
        assertTrue(html.contains("Vurderingen er ikke ferdig: 27 spørsmål har ikke svar."), html);
        List<String> dimensions = headings(html, 3);
        assertEquals(List.of("Svar per dimensjon", "Klima og miljø", "Sosial", "Økonomi", "Mangler og avvik",
                "Mulige målkonflikter"), dimensions, "the chart, the dimensions in template order, then the findings");
        List<String> themes = headings(html, 4);
        assertEquals(16, themes.size(), themes.toString());
        assertEquals("Klima og naturfare", themes.get(0));
        assertTrue(themes.containsAll(List.of("Bolig", "Vann og avløp", "Kommuneøkonomi")), themes.toString());
        assertEquals(16 + 2, count(html, "<table "), "a table per theme, the gaps and the conflicts");

        assertTrue(html.contains(cell(questionText("sd-housing-4")) + cell("Ikke ivaretatt") + cell(HOUSING_GAP)), html);
        assertTrue(html.contains(cell(questionText("sd-water-1")) + cell("Delvis ivaretatt") + cell(WATER_GAP)));
        assertTrue(html.contains(cell(questionText("sd-water-3")) + cell("Ikke besvart") + cell("")));
        assertTrue(html.contains("<strong>Konklusjon:</strong> " + SOCIAL_CONCLUSION + "</p>"), "the assessor's own");
        assertTrue(html.contains("<strong>Konklusjon (laget ut fra svarene):</strong> 1 av 8 spørsmål er besvart: "
                + "1 delvis ivaretatt. Svakt tema: Vann og avløp (1 delvis ivaretatt). Manglene er listet under "
                + "«Mangler og avvik».</p>"), html);
        assertTrue(html.contains("<strong>Konklusjon (laget ut fra svarene):</strong> 1 av 10 spørsmål er besvart: "
                + "1 ivaretatt. Ingen temaer er vurdert som svake.</p>"), html);
        assertFalse(html.contains("Svar på spørsmål som er tatt ut av skjemaet"), "no orphaned answers");
    }

    @Test
    void gapsAndConflictsAreListedWithTheirThemes() throws Exception {
        String html = export(TestAssessments.sample());
        String gaps = html.substring(html.indexOf(">Mangler og avvik</h3>"), html.indexOf(">Mulige målkonflikter</h3>"));
        assertTrue(gaps.contains(cell("Bolig") + cell(questionText("sd-housing-4")) + cell("Ikke ivaretatt")
                + cell(HOUSING_GAP)), gaps);
        assertTrue(gaps.contains(cell("Vann og avløp")));
        assertEquals(2, count(gaps, "<tr>") - 1, "two gaps under the header row");
        String conflicts = html.substring(html.indexOf(">Mulige målkonflikter</h3>"));
        assertTrue(conflicts.contains(cell("Bolig") + cell("• " + questionText("sd-housing-1"))
                + cell("• " + questionText("sd-housing-4"))), conflicts);
    }

    @Test
    void userTextIsEscaped() throws Exception {
        String html = export(TestAssessments.sample());
        assertFalse(html.contains("<script>"), "markup in a justification must not become markup");
        assertTrue(html.contains("Dekkes av folkehelseplanen &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; "
                + "øvrige planer."), html);
        assertEquals(0, count(html.replace("&amp;", "").replace("&lt;", "").replace("&gt;", "")
                .replace("&quot;", "").replace("&#39;", ""), "&"), "every ampersand is an entity");
    }

    @Test
    void orphanedAnswersAreListedAndMarked() throws Exception {
        Assessment assessment = TestAssessments.sample();
        Answer orphan = AssessmentFactory.eINSTANCE.createAnswer();
        orphan.setQuestionId("sd-housing-9");
        orphan.setQuestionText("Har samfunnsdelen et mål for utleieboliger?");
        orphan.setDimensionId("dim-social");
        orphan.setThemeId("theme-housing");
        orphan.setOptionId("delvis-ivaretatt");
        orphan.setJustification("Omtalt i boligplanen.");
        orphan.setOrphaned(true);
        assessment.getAnswers().add(orphan);

        String html = export(assessment);
        assertTrue(html.contains(">Svar på spørsmål som er tatt ut av skjemaet</h3>"));
        assertTrue(html.contains("finnes i versjon 1.0.0 av skjemaet"));
        assertTrue(html.contains(cell("Bolig") + cell("Har samfunnsdelen et mål for utleieboliger? (utgått spørsmål)")
                + cell("Delvis ivaretatt") + cell("Omtalt i boligplanen.")), html);
        assertTrue(html.contains("5 av 32 spørsmål besvart."), "an orphan does not count");
    }

    @Test
    void aFullyAnsweredDimensionWithoutGapsConcludesSoAndTheStreamGetsTheSameAsTheFile() throws Exception {
        Assessment assessment = TestAssessments.assessment();
        TestAssessments.samfunnsdel().questions().stream()
                .filter(question -> question.dimension().id().equals("dim-climate-environment"))
                .forEach(question -> answer(assessment, question.question().id(), "ivaretatt", null));
        String html = export(assessment);
        assertTrue(html.contains("</strong> Alle 8 spørsmål er besvart: 8 ivaretatt. Ingen temaer er vurdert som "
                + "svake.</p>"), html);
        assertTrue(html.contains("Ingen av de 14 spørsmålene er besvart ennå."));
        assertTrue(html.contains("Ingen svar viser mangler eller avvik."));
        assertFalse(html.contains("Mulige målkonflikter"));

        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        reports().writeHtml(assessment, stream);
        assertEquals(html, stream.toString(StandardCharsets.UTF_8));
    }

    private String export(Assessment assessment) throws Exception {
        Path file = folder.resolve("bærekraftsvurdering.html");
        reports().writeHtml(assessment, file);
        // strict decoding: the file must be valid UTF-8
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    }

    private static String cell(String text) {
        return "<td style=\"border:1px solid #808080;padding:3pt 5pt;vertical-align:top;text-align:left;\">" + text
                + "</td>";
    }

    private static List<String> headings(String html, int level) {
        return Pattern.compile("<h" + level + "[^>]*>([^<]*)</h" + level + ">").matcher(html).results()
                .map(match -> match.group(1)).toList();
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
