package no.redthread.assessment.report.internal;

import static no.redthread.assessment.report.internal.TestAssessments.HOUSING_GAP;
import static no.redthread.assessment.report.internal.TestAssessments.SOCIAL_CONCLUSION;
import static no.redthread.assessment.report.internal.TestAssessments.WATER_GAP;
import static no.redthread.assessment.report.internal.TestAssessments.answer;
import static no.redthread.assessment.report.internal.TestAssessments.reports;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.template.PlacedQuestion;

/** The PDF export through the published service, parsed back with PDFBox's text stripper. */
class PdfReportTest {

    @TempDir
    Path folder;

    @Test
    void theTextHasTheSectionThemesAnswersJustificationsAndConclusionWithNorwegianLetters() throws Exception {
        Path file = folder.resolve("vurdering.pdf");
        reports().writePdf(TestAssessments.sample(), file);

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = text(pdf, 1, pdf.getNumberOfPages());
            assertTrue(text.startsWith("Bærekraftsvurdering Vurdert: " + TestAssessments.PLAN_NAME + "."), text);
            for (String expected : List.of("5 av 32 spørsmål besvart.", "Klima og miljø", "Sosial", "Økonomi",
                    "Klima og naturfare", "Bolig", "Vann og avløp", "Samfunnssikkerhet og beredskap", "Kommuneøkonomi",
                    "Ikke ivaretatt", "Delvis ivaretatt", "Ikke relevant", "Ikke besvart", HOUSING_GAP, WATER_GAP,
                    TestAssessments.MARKUP, "Konklusjon: " + SOCIAL_CONCLUSION, "Mangler og avvik",
                    "Mulige målkonflikter", "Konklusjon (laget ut fra svarene): 1 av 8 spørsmål er besvart")) {
                assertTrue(text.contains(expected), () -> "missing «" + expected + "» in " + text);
            }
            int pages = pdf.getNumberOfPages();
            assertTrue(text(pdf, 1, 1).endsWith("Side 1 av " + pages), text(pdf, 1, 1));
            assertEquals("Bærekraftsvurdering – " + TestAssessments.PLAN_NAME, pdf.getDocumentInformation().getTitle());
            assertEquals("Kari Nordmann", pdf.getDocumentInformation().getAuthor());
            assertEquals("nb-NO", pdf.getDocumentCatalog().getLanguage());
            assertEquals(595.3f, pdf.getPage(0).getMediaBox().getWidth(), 0.1f, "A4");
            assertEquals(841.9f, pdf.getPage(0).getMediaBox().getHeight(), 0.1f, "A4");
        }
    }

    @Test
    void aLongWorksheetRunsOverSeveralPagesWithEveryJustificationAndAPageNumberOnEachPage() throws Exception {
        Assessment assessment = TestAssessments.assessment();
        List<PlacedQuestion> questions = TestAssessments.samfunnsdel().questions();
        String[] options = {"ivaretatt", "delvis-ivaretatt", "ikke-ivaretatt", "ikke-relevant"};
        for (int i = 0; i < questions.size(); i++) {
            String justification = "Begrunnelse nr. " + i + ": "
                    + "Kommunen har vurdert dette grundig i arbeidet med samfunnsdelen, og tiltakene må følges opp i "
                            .repeat(4)
                    + "handlings- og økonomiplanen før vedtak i kommunestyret (slutt " + i + ").";
            if (i == 20) {
                // taller than a page: the row must be split between pages
                justification = "START-LANG " + ("Utredningen av flom og skred langs Glåma viser behov for mer "
                        + "kunnskap før nye boligfelt kan legges ut.\n").repeat(90) + "SLUTT-LANG";
            }
            answer(assessment, questions.get(i).question().id(), options[i % options.length], justification);
        }
        Path file = folder.resolve("lang.pdf");
        reports().writePdf(assessment, file);

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 5, "pages: " + pages);
            String text = text(pdf, 1, pages);
            for (int i = 0; i < questions.size(); i++) {
                if (i != 20) {
                    assertTrue(text.contains("Begrunnelse nr. " + i + ": Kommunen"), "justification " + i);
                    assertTrue(text.contains("(slutt " + i + ")."), "end of justification " + i);
                }
            }
            assertTrue(text.contains("START-LANG Utredningen") && text.contains("SLUTT-LANG"), "both ends of the split row");
            assertEquals(90, text.split("Utredningen av flom og skred", -1).length - 1, "every paragraph of it");
            assertTrue(text.contains("32 av 32 spørsmål besvart."));
            for (int page = 1; page <= pages; page++) {
                assertTrue(text(pdf, page, page).endsWith("Side " + page + " av " + pages), "page " + page);
            }
        }
    }

    @Test
    void samiLettersAndSymbolsOutsideWinAnsiSurviveAndOnlyWhatTheFontLacksIsReplaced() throws Exception {
        Assessment assessment = TestAssessments.assessment();
        String justification = "Samisk språk i Porsáŋgu og Čáhcesuolu (á š ŧ đ ž) er omtalt → andel ≥ 40 % – "
                + "sørsamisk i Snåase mangler";
        answer(assessment, "sd-inclusion-5", "delvis-ivaretatt", justification + " ✓ 😀.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports().writePdf(assessment, out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = text(pdf, 1, pdf.getNumberOfPages());
            assertTrue(text.contains(justification + " ? ?."), text);
        }
    }

    /** The text of some pages, whitespace (line breaks of the layout) made single spaces. */
    static String text(PDDocument pdf, int first, int last) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(first);
        stripper.setEndPage(last);
        return stripper.getText(pdf).replaceAll("\\s+", " ").strip();
    }
}
