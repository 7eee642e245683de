package no.redthread.report.internal.pdf;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;

import no.redthread.report.Block;

/**
 * Draws a bullet list, tagged as the PDF standard asks: L → LI → Lbl (the bullet) and LBody (the text), so a screen
 * reader announces a list and its number of items. Items wrap under their text, not under the bullet.
 */
final class ListWriter {

    private static final String BULLET = "•";
    private static final float INDENT = 14f;

    private final Pages pages;
    private final Fonts fonts;
    private final float size;

    ListWriter(Pages pages, Fonts fonts, float size) {
        this.pages = pages;
        this.fonts = fonts;
        this.size = size;
    }

    void write(Block.BulletList list, PDStructureElement parent) throws IOException {
        PDStructureElement element = Tags.add(parent, "L");
        float line = size * 1.3f;
        for (String item : list.items()) {
            PDStructureElement entry = Tags.add(element, "LI");
            PDStructureElement label = Tags.add(entry, "Lbl");
            PDStructureElement body = Tags.add(entry, "LBody");
            List<String> lines = TextWrapper.wrap(fonts.clean(item), fonts.regular, size, Pages.WIDTH - INDENT, 0);
            for (int i = 0; i < lines.size(); i++) {
                pages.ensure(line);
                float baseline = pages.y() - size;
                if (i == 0) {
                    pages.text(label, Pages.LEFT + 3, baseline, fonts.regular, size, BULLET);
                }
                pages.text(body, Pages.LEFT + INDENT, baseline, fonts.regular, size, lines.get(i));
                pages.down(line);
            }
            pages.down(2);
        }
    }
}
