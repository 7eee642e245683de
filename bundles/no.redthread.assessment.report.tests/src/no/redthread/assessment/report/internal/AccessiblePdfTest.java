package no.redthread.assessment.report.internal;

import static no.redthread.assessment.report.internal.TestAssessments.reports;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.template.PlacedQuestion;

/**
 * The PDF for universell utforming, parsed back: a tagged PDF whose structure tree has the headings, paragraphs,
 * tables and the chart as a figure with a text alternative, marked content for everything it holds, the language,
 * the title shown by viewers, and embedded fonts only.
 */
class AccessiblePdfTest {

    @Test
    void thePdfIsTaggedWithHeadingsParagraphsTablesAndAFigureInReadingOrder() throws Exception {
        try (PDDocument pdf = export()) {
            assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), "MarkInfo Marked=true");
            assertEquals("nb-NO", pdf.getDocumentCatalog().getLanguage());
            assertTrue(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle());
            assertEquals("Bærekraftsvurdering – " + TestAssessments.PLAN_NAME, pdf.getDocumentInformation().getTitle());
            PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
            assertNotNull(root, "a structure tree");
            List<Object> top = root.getKids();
            assertEquals(1, top.size());
            PDStructureElement document = (PDStructureElement) top.get(0);
            assertEquals("Document", document.getStructureType());

            List<String> types = document.getKids().stream().map(kid -> ((PDStructureElement) kid).getStructureType())
                    .toList();
            assertEquals(List.of("H1", "P", "P", "H2", "Figure", "H2", "P", "H3", "Table"), types.subList(0, 9),
                    types.toString());
            assertTrue(types.containsAll(List.of("H1", "H2", "H3", "P", "Table", "Figure")), types.toString());
            assertEquals(pdf.getNumberOfPages(), root.getParentTreeNextKey(), "a parent tree entry per page");

            PDStructureElement figure = (PDStructureElement) document.getKids().get(types.indexOf("Figure"));
            assertTrue(figure.getAlternateDescription().startsWith("Stolpediagram over svarene per dimensjon. "
                    + "Klima og miljø: 1 delvis ivaretatt og "), figure.getAlternateDescription());
            assertFalse(figure.getKids().isEmpty(), "the figure's drawing is marked content");

            PDStructureElement table = (PDStructureElement) document.getKids().get(types.indexOf("Table"));
            PDStructureElement header = (PDStructureElement) table.getKids().get(0);
            assertEquals("TR", header.getStructureType());
            assertEquals(List.of("TH", "TH", "TH"), types(header));
            assertEquals(List.of("Spørsmål", "Svar", "Begrunnelse"), texts(pdf, header));
            PDStructureElement row = (PDStructureElement) table.getKids().get(1);
            assertEquals(List.of("TD", "TD", "TD"), types(row));
        }
    }

    @Test
    void everyFontIsEmbeddedAndTheHeadingsAreMarkedContentOnTheirPage() throws Exception {
        try (PDDocument pdf = export()) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (var name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.add(font.getName());
                    assertTrue(font instanceof PDType0Font, font.getName());
                    assertTrue(font.isEmbedded(), font.getName() + " embedded");
                }
            }
            assertTrue(fonts.stream().anyMatch(name -> name.endsWith("LiberationSans")), fonts.toString());
            assertTrue(fonts.stream().anyMatch(name -> name.endsWith("LiberationSans-Bold")), fonts.toString());

            PDStructureElement document = (PDStructureElement) pdf.getDocumentCatalog().getStructureTreeRoot()
                    .getKids().get(0);
            PDStructureElement h1 = (PDStructureElement) document.getKids().get(0);
            assertEquals(List.of("Bærekraftsvurdering"), texts(pdf, h1));
        }
    }

    /**
     * A fuller report of a municipality's plan, written to {@code target/report-samples/} for people to look at (e.g.
     * rendered with pdftoppm), and checked the way a reader meets it: every page tagged, the Sami text intact.
     */
    @Test
    void aSampleReportForPeopleToLookAtIsTaggedOnEveryPage() throws Exception {
        Assessment assessment = TestAssessments.inMunicipality(TestAssessments.sample(), "Kárášjohka - Karasjok",
                "5610");
        String[] options = {"ivaretatt", "delvis-ivaretatt", "ivaretatt", "ikke-relevant", "ivaretatt"};
        List<PlacedQuestion> questions = TestAssessments.samfunnsdel().questions();
        for (int i = 0; i < questions.size() - 6; i += 2) {
            TestAssessments.answer(assessment, questions.get(i).question().id(), options[i % options.length],
                    "Planen omtaler samisk språk og kultur i Kárášjohka (á č đ ŋ š ŧ ž) → tiltak ≥ 2025–2028.");
        }
        Path samples = Files.createDirectories(Path.of("target", "report-samples"));
        reports().writePdf(assessment, samples.resolve("baerekraftsvurdering.pdf"));
        reports().writeHtml(assessment, samples.resolve("baerekraftsvurdering.html"));

        try (PDDocument pdf = Loader.loadPDF(samples.resolve("baerekraftsvurdering.pdf").toFile())) {
            assertTrue(pdf.getNumberOfPages() > 2, "pages: " + pdf.getNumberOfPages());
            for (PDPage page : pdf.getPages()) {
                assertTrue(page.getStructParents() >= 0, "every page has its parent tree entry");
            }
            String text = PdfReportTest.text(pdf, 1, pdf.getNumberOfPages());
            assertTrue(text.contains("i Kárášjohka - Karasjok kommune (5610)"), text);
            assertTrue(text.contains("Kárášjohka (á č đ ŋ š ŧ ž) → tiltak ≥ 2025–2028."), text);
        }
    }

    private static PDDocument export() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports().writePdf(TestAssessments.sample(), out);
        return Loader.loadPDF(out.toByteArray());
    }

    private static List<String> types(PDStructureNode node) {
        return node.getKids().stream().filter(PDStructureElement.class::isInstance)
                .map(kid -> ((PDStructureElement) kid).getStructureType()).toList();
    }

    /** The text of each child element of a node (or of the node itself if it has no child elements), by MCID. */
    private static List<String> texts(PDDocument pdf, PDStructureElement node) throws Exception {
        List<PDStructureElement> elements = node.getKids().stream().filter(PDStructureElement.class::isInstance)
                .map(PDStructureElement.class::cast).toList();
        if (elements.isEmpty()) {
            elements = List.of(node);
        }
        List<String> texts = new ArrayList<>();
        for (PDStructureElement element : elements) {
            texts.add(text(pdf, element).strip());
        }
        return texts;
    }

    /** The text of an element's marked content on the page of its first reference. */
    private static String text(PDDocument pdf, PDStructureElement element) throws Exception {
        StringBuilder text = new StringBuilder();
        for (Object kid : element.getKids()) {
            PDMarkedContentReference reference = (PDMarkedContentReference) kid;
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(reference.getPage());
            extractor.getMarkedContents().stream().filter(content -> content.getMCID() == reference.getMCID())
                    .forEach(content -> content.getContents().forEach(item -> text.append(
                            item instanceof TextPosition position ? position.getUnicode() : "")));
        }
        return text.toString();
    }
}
