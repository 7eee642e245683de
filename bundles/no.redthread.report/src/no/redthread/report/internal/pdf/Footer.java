package no.redthread.report.internal.pdf;

import java.io.IOException;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;

/**
 * The title and "Side n av m" ("Page n of m" in English) at the foot of every page, written once the number of
 * pages is known.
 */
final class Footer {

    private static final float SIZE = 8f;

    private Footer() {
    }

    static void write(PDDocument document, Fonts fonts, String title, Locale language) throws IOException {
        int count = document.getNumberOfPages();
        String cleanTitle = shortened(fonts, fonts.clean(title).replace('\n', ' '), Pages.WIDTH * 0.7f);
        float baseline = Pages.BOTTOM - 1.2f * Pages.CM;
        int number = 1;
        for (PDPage page : document.getPages()) {
            String pageText = pageOf(number++, count, language);
            try (PDPageContentStream stream = new PDPageContentStream(document, page, AppendMode.APPEND, true,
                    true)) {
                // a running footer is a pagination artifact, not part of the text a screen reader reads out
                Tags.beginArtifact(stream);
                stream.setNonStrokingColor(0.35f);
                text(stream, fonts, Pages.LEFT, baseline, cleanTitle);
                text(stream, fonts, Pages.LEFT + Pages.WIDTH - Fonts.width(fonts.regular, SIZE, pageText),
                        baseline, pageText);
                Tags.end(stream);
            }
        }
    }

    /** The page number in the report's language: bokmål and nynorsk say the same. */
    static String pageOf(int number, int count, Locale language) {
        return language.getLanguage().equals("en") ? "Page " + number + " of " + count
                : "Side " + number + " av " + count;
    }

    private static void text(PDPageContentStream stream, Fonts fonts, float x, float y, String text)
            throws IOException {
        stream.beginText();
        stream.setFont(fonts.regular, SIZE);
        stream.newLineAtOffset(x, y);
        stream.showText(text);
        stream.endText();
    }

    /** A long plan name is cut with "…" so that it never runs into the page number. */
    private static String shortened(Fonts fonts, String text, float width) {
        if (Fonts.width(fonts.regular, SIZE, text) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && Fonts.width(fonts.regular, SIZE, cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }
}
