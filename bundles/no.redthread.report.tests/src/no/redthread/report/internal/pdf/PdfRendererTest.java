package no.redthread.report.internal.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.report.ReportFormat;
import no.redthread.report.internal.SampleReports;

/** The PDF of a report parsed back: its text, its tagged structure, its fonts, its language and the margins. */
class PdfRendererTest {

    @TempDir
    Path folder;

    @Test
    void theTextOfEverySectionIsThereWithItsMetadata() throws Exception {
        try (PDDocument pdf = write(Locale.forLanguageTag("nn-NO"), 3)) {
            String text = text(pdf);
            assertTrue(text.contains("Målkonflikter og avveiinger Økt: Vindkraft på Storheia, 14.03.2025. Funn"), text);
            assertTrue(text.contains("Beskrivelse: " + SampleReports.NOTE), text);
            assertTrue(text.contains("• Kari Nordmann: uenig i vurderingen"), text);
            assertTrue(text.contains("Bærekraftsvurdering Andre seksjon."), text);
            assertTrue(text.contains("Side 1 av " + pdf.getNumberOfPages()), text);
            assertEquals("nn-NO", pdf.getDocumentCatalog().getLanguage());
            assertEquals("Saksframlegg – Storheia", pdf.getDocumentInformation().getTitle());
            assertEquals("Kari Nordmann", pdf.getDocumentInformation().getAuthor());
            assertEquals("målkonflikter, bærekraftsvurdering, Osen kommune (5020)",
                    pdf.getDocumentInformation().getKeywords());
        }
    }

    @Test
    void anEnglishReportNumbersItsPagesInEnglish() throws Exception {
        try (PDDocument pdf = write(Locale.ENGLISH, 1)) {
            assertTrue(text(pdf).contains("Page 1 of 1"), text(pdf));
            assertEquals("en", pdf.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void theStructureHasSectionsHeadingsTablesListsAndTheFigureAndEveryFontIsEmbedded() throws Exception {
        try (PDDocument pdf = write(Locale.forLanguageTag("nb-NO"), 2)) {
            assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked());
            PDStructureElement document = (PDStructureElement) pdf.getDocumentCatalog().getStructureTreeRoot()
                    .getKids().get(0);
            List<String> types = types(document);
            assertEquals(List.of("H1", "P", "H2", "P", "Table", "L", "Figure", "P", "H1", "P"), types);
            PDStructureElement list = (PDStructureElement) document.getKids().get(types.indexOf("L"));
            assertEquals(List.of("LI", "LI"), types(list));
            assertEquals(List.of("Lbl", "LBody"), types((PDStructureElement) list.getKids().get(0)));
            PDStructureElement figure = (PDStructureElement) document.getKids().get(types.indexOf("Figure"));
            assertEquals("Stolpediagram: A har 3, B har 1.", figure.getAlternateDescription());
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                    fonts.add(font.getName());
                }
            }
            assertTrue(fonts.stream().anyMatch(name -> name.endsWith("LiberationSans")), fonts.toString());
        }
    }

    @Test
    void aLongTableStaysInsideTheMarginsOverSeveralPages() throws Exception {
        try (PDDocument pdf = write(Locale.forLanguageTag("nb-NO"), 120)) {
            assertTrue(pdf.getNumberOfPages() > 3, "pages: " + pdf.getNumberOfPages());
            MarginCheck check = new MarginCheck();
            check.getText(pdf);
            assertTrue(check.checked > 10_000, "characters checked: " + check.checked);
            assertEquals(List.of(), check.outside);
        }
    }

    @Test
    void aFailedWriteLeavesTheEarlierFileAndNamesTheFile() throws Exception {
        Path file = Files.writeString(folder.resolve("sak.pdf"), "last week's");
        Path notAFolder = file.resolve("sak.pdf");
        IOException e = assertThrows(IOException.class, () -> SampleReports.writer()
                .write(SampleReports.sample(Locale.ENGLISH, 1), ReportFormat.PDF, notAFolder));
        assertTrue(e.getMessage().contains(notAFolder.toString()), e.getMessage());
        assertEquals("last week's", Files.readString(file));
    }

    private PDDocument write(Locale language, int rows) throws IOException {
        Path file = folder.resolve("sak.pdf");
        SampleReports.writer().write(SampleReports.sample(language, rows), ReportFormat.PDF, file);
        return Loader.loadPDF(file.toFile());
    }

    private static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ").strip();
    }

    private static List<String> types(PDStructureElement element) {
        return element.getKids().stream().map(kid -> ((PDStructureElement) kid).getStructureType()).toList();
    }
}
