package no.redthread.assessment.report.internal.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * The fonts of a PDF report: Helvetica of the Standard 14 fonts, with WinAnsiEncoding. They need no font file, in
 * the bundle or on the machine, and cover Norwegian (æ, ø, å, and the Sami á and š). Text they cannot encode is
 * replaced rather than failing the export: a letter by its base letter (č → c, ŋ → n), anything else by "?".
 */
final class Fonts {

    /** Letters of Sami names that have no decomposition into a WinAnsi letter. */
    private static final Map<Integer, String> SUBSTITUTES = Map.of((int) 'ŋ', "n", (int) 'Ŋ', "N", (int) 'đ', "d",
            (int) 'Đ', "D", (int) 'ŧ', "t", (int) 'Ŧ', "T", 0x2010, "-", 0x2011, "-", 0x2212, "-");

    /**
     * PDFBox warns on every export that no system font stands in for Helvetica; a stand-in only matters for drawing
     * PDF pages on screen, which the report never does. Held here because JUL keeps its loggers only weakly.
     */
    private static final Logger FALLBACK_WARNINGS = quiet("org.apache.pdfbox.pdmodel.font.PDType1Font");

    final PDFont regular = new PDType1Font(FontName.HELVETICA);
    final PDFont bold = new PDType1Font(FontName.HELVETICA_BOLD);
    final PDFont italic = new PDType1Font(FontName.HELVETICA_OBLIQUE);

    private final Map<Integer, Boolean> encodable = new HashMap<>();

    /** The text with every character the fonts cannot show replaced; line breaks kept, other spacing made spaces. */
    String clean(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        normalised.codePoints().forEach(c -> {
            if (c == '\n') {
                clean.append('\n');
            } else if (c == 0xAD || c == 0x200B) {
                // soft hyphen and zero-width space: invisible, leave out
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                clean.append(' ');
            } else if (canEncode(c)) {
                clean.appendCodePoint(c);
            } else {
                clean.append(substitute(c));
            }
        });
        return clean.toString();
    }

    /** The width of cleaned text in points. */
    static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String substitute(int c) {
        String substitute = SUBSTITUTES.get(c);
        if (substitute != null) {
            return substitute;
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFD);
        int base = decomposed.codePointAt(0);
        return base != c && canEncode(base) ? new String(Character.toChars(base)) : "?";
    }

    private boolean canEncode(int c) {
        return encodable.computeIfAbsent(c, key -> {
            try {
                // all three faces share WinAnsiEncoding and the same glyph set
                regular.encode(new String(Character.toChars(key)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }
}
