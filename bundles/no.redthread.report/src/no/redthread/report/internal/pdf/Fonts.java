package no.redthread.report.internal.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of a PDF report: Liberation Sans (SIL Open Font License 1.1, shipped in the bundle's {@code fonts/}),
 * embedded as subsets so that every reader shows the same letters: Norwegian, the Sami letters (á č đ ŋ š ŧ ž),
 * dashes, arrows and ≥. A character the font lacks is replaced rather than failing the export: a letter by its base
 * letter, anything else (emoji) by "?".
 */
final class Fonts {

    private static final String FOLDER = "/fonts/";

    final PDFont regular;
    final PDFont bold;
    final PDFont italic;

    private final Map<Integer, Boolean> encodable = new HashMap<>();

    Fonts(PDDocument document) throws IOException {
        regular = load(document, "LiberationSans-Regular.ttf");
        bold = load(document, "LiberationSans-Bold.ttf");
        italic = load(document, "LiberationSans-Italic.ttf");
    }

    private static PDFont load(PDDocument document, String file) throws IOException {
        try (InputStream in = Fonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IOException("The font " + FOLDER + file + " is missing from the report bundle");
            }
            // a subset: only the glyphs used are embedded, some kB instead of 400 kB per face
            return PDType0Font.load(document, in, true);
        }
    }

    /** The text with every character the fonts cannot show replaced; line breaks kept, other spacing made spaces. */
    String clean(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        String normalised = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
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
        String decomposed = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFD);
        int base = decomposed.codePointAt(0);
        return base != c && canEncode(base) ? new String(Character.toChars(base)) : "?";
    }

    private boolean canEncode(int c) {
        return encodable.computeIfAbsent(c, key -> {
            String character = new String(Character.toChars(key));
            try {
                // the three faces have the same character set; a text must not turn to "?" in bold only
                regular.encode(character);
                bold.encode(character);
                italic.encode(character);
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }
}
