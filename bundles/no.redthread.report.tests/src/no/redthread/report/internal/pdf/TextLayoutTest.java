package no.redthread.report.internal.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Keeping what the embedded font can show, replacing the rest, and word wrap. */
class TextLayoutTest {

    private final PDDocument document = new PDDocument();
    private final Fonts fonts = fonts(document);

    private static Fonts fonts(PDDocument document) {
        try {
            return new Fonts(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void close() throws IOException {
        document.close();
    }

    @Test
    void norwegianAndWinAnsiPunctuationAreKept() {
        String text = "Bærekraft: ÆØÅ æøå «sitat» – “Sámi” … 5 % & 100 €";
        assertEquals(text, fonts.clean(text));
    }

    @Test
    void samiLettersDashesArrowsAndComparisonsAreKept() {
        String text = "Porsáŋgu, Čáhcesuolu, Guovdageaidnu: á č đ ŋ š ŧ ž Á Č Đ Ŋ Š Ŧ Ž – — → ≥ ≤ ±";
        assertEquals(text, fonts.clean(text));
    }

    @Test
    void whatTheFontCannotShowIsReplacedByAQuestionMarkAndSpacingIsNormalised() {
        assertEquals("Porsáŋgu ? ? x", fonts.clean("Porsáŋgu ✓ 😀 x"), "a tick and an emoji become ?");
        assertEquals("a b\nc", fonts.clean("a\tb\r\nc"));
        assertEquals("kommuneplan", fonts.clean("kommune\u00ADplan"), "soft hyphens are dropped");
    }

    @Test
    void wrappedLinesFitTheWidthAndKeepEveryWord() {
        String text = "Arealstrategien sier ikke hvor nye boliger skal komme, og "
                + "Rødtrådsvurderingsarbeidsgruppesammensetningsprosessdokumentasjonen er et langt ord.\nNytt avsnitt.";
        float width = 120;
        List<String> lines = TextWrapper.wrap(text, fonts.regular, 9, width, 30);
        assertTrue(lines.size() > 4, lines.toString());
        assertTrue(Fonts.width(fonts.regular, 9, lines.get(0)) <= width - 30, "the first line leaves room for a lead");
        lines.forEach(line -> assertTrue(Fonts.width(fonts.regular, 9, line) <= width, line));
        assertEquals("Nytt avsnitt.", lines.get(lines.size() - 1), "a line break starts a new line");
        assertEquals(text.replace("\n", "").replace(" ", ""), String.join("", lines).replace(" ", ""),
                "no character lost or added");
    }
}
