package no.redthread.report.internal.pdf;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** Breaks cleaned text into lines that fit a width: at spaces, and inside words only if a word alone is too wide. */
final class TextWrapper {

    private TextWrapper() {
    }

    /**
     * @param firstIndent room taken on the first line (by a bold lead-in)
     * @return at least one line; an empty line for each empty paragraph
     */
    static List<String> wrap(String text, PDFont font, float size, float width, float firstIndent) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (Fonts.width(font, size, candidate) <= room(lines, width, firstIndent)) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty() || lines.isEmpty() && firstIndent > 0) {
                    // a full line, or a first word that does not fit beside the lead-in: the lead stands alone
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (Fonts.width(font, size, rest) > room(lines, width, firstIndent)) {
                    int cut = longestFit(rest, font, size, room(lines, width, firstIndent));
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static float room(List<String> lines, float width, float firstIndent) {
        return lines.isEmpty() ? width - firstIndent : width;
    }

    /** How many leading characters fit; at least one, so that wrapping always moves on. */
    private static int longestFit(String word, PDFont font, float size, float width) {
        int cut = 1;
        while (cut < word.length() && Fonts.width(font, size, word.substring(0, cut + 1)) <= width) {
            cut++;
        }
        return cut;
    }
}
