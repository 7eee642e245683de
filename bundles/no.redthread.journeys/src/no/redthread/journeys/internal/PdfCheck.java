package no.redthread.journeys.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * What a reader of an exported PDF gets: its text, whether it is tagged, which fonts are not embedded, and the
 * alternate texts of its figures (charts) as a screen reader reads them.
 */
record PdfCheck(String text, boolean tagged, List<String> fontsNotEmbedded, List<String> figures) {

    static PdfCheck of(Path file) {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            var catalog = document.getDocumentCatalog();
            boolean tagged = catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked() && catalog.getStructureTreeRoot() != null;
            List<String> notEmbedded = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (font != null && !font.isEmbedded() && !notEmbedded.contains(font.getName())) {
                        notEmbedded.add(font.getName());
                    }
                }
            }
            List<String> figures = new ArrayList<>();
            if (catalog.getStructureTreeRoot() != null) {
                collectFigures(catalog.getStructureTreeRoot().getKids(), figures);
            }
            return new PdfCheck(new PDFTextStripper().getText(document), tagged, notEmbedded, figures);
        } catch (IOException e) {
            throw new JourneyFailure("cannot read the PDF " + file + ": " + e.getMessage(), e);
        }
    }

    private static void collectFigures(List<Object> kids, List<String> figures) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStructureType())) {
                    figures.add(String.valueOf(element.getAlternateDescription()));
                }
                collectFigures(element.getKids(), figures);
            }
        }
    }
}
