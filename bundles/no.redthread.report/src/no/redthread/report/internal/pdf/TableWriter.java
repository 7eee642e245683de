package no.redthread.report.internal.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.font.PDFont;

import no.redthread.report.Block;

/**
 * Draws a tagged table that may break across pages: the header row is repeated on each page, a row that does not fit
 * moves to the next page, and a tall row (a long justification) is split between pages rather than leaving half a
 * page empty.
 */
final class TableWriter {

    static final float SIZE = 9f;
    static final float LINE = SIZE * 1.25f;
    static final float PAD = 3f;
    /** A row is split only if it is taller than this many lines, and only if this many lines fit. */
    private static final int SPLIT_ABOVE = 6;
    private static final int MIN_PART = 3;

    private final Pages pages;
    private final Fonts fonts;
    /** Whether the page holds nothing but the table's header so far: moving a row on would not help. */
    private boolean onlyHeader;

    TableWriter(Pages pages, Fonts fonts) {
        this.pages = pages;
        this.fonts = fonts;
    }

    /** Draws the table, tagged as a Table element under the parent, with TR, TH and TD elements. */
    void write(Block.Table table, PDStructureElement parent) throws IOException {
        PDStructureElement element = Tags.add(parent, "Table");
        float[] widths = new float[table.columns().size()];
        int total = table.columns().stream().mapToInt(Block.Column::percent).sum();
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Pages.WIDTH * table.columns().get(i).percent() / total;
        }
        List<List<String>> header = lines(table.columns().stream().map(Block.Column::header).toList(), widths,
                fonts.bold);
        float headerHeight = height(header);
        List<List<List<String>>> rows = new ArrayList<>();
        for (List<String> row : table.rows()) {
            rows.add(lines(row, widths, fonts.regular));
        }
        // the header stays with the first row, or with the first part of a row tall enough to be split
        float first = rows.isEmpty() ? 0 : height(rows.get(0));
        if (first > SPLIT_ABOVE * LINE + 2 * PAD) {
            first = MIN_PART * LINE + 2 * PAD;
        }
        pages.ensure(headerHeight + first);
        header(header, widths, cells(element, "TH", header.size()));
        for (List<List<String>> row : rows) {
            row(row, widths, header, cells(element, "TD", row.size()));
        }
    }

    /** A TR element under the table with a cell element of the type per column; header cells name their scope. */
    private static List<PDStructureElement> cells(PDStructureElement table, String type, int count) {
        PDStructureElement row = Tags.add(table, "TR");
        List<PDStructureElement> cells = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            PDStructureElement cell = Tags.add(row, type);
            if (type.equals("TH")) {
                PDTableAttributeObject scope = new PDTableAttributeObject();
                scope.setScope(PDTableAttributeObject.SCOPE_COLUMN);
                cell.addAttribute(scope);
            }
            cells.add(cell);
        }
        return cells;
    }

    private void row(List<List<String>> cells, float[] widths, List<List<String>> header,
            List<PDStructureElement> elements) throws IOException {
        int[] next = new int[cells.size()];
        while (true) {
            int left = 0;
            for (int i = 0; i < cells.size(); i++) {
                left = Math.max(left, cells.get(i).size() - next[i]);
            }
            int fit = (int) Math.floor((pages.room() - 2 * PAD) / LINE);
            if (fit >= left) {
                draw(slice(cells, next, left), widths, fonts.regular, false, elements);
                onlyHeader = false;
                return;
            }
            if (left > SPLIT_ABOVE && fit >= MIN_PART || onlyHeader && fit >= 1) {
                draw(slice(cells, next, fit), widths, fonts.regular, false, elements);
            }
            pages.newPage();
            // the header repeated on the next page is an artifact: the structure has it once
            header(header, widths, null);
        }
    }

    private void header(List<List<String>> header, float[] widths, List<PDStructureElement> elements)
            throws IOException {
        onlyHeader = pages.empty();
        draw(header, widths, fonts.bold, true, elements);
    }

    private static List<List<String>> slice(List<List<String>> cells, int[] next, int count) {
        List<List<String>> slice = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            List<String> cell = cells.get(i);
            int end = Math.min(cell.size(), next[i] + count);
            slice.add(cell.subList(Math.min(next[i], end), end));
            next[i] = end;
        }
        return slice;
    }

    private List<List<String>> lines(List<String> cells, float[] widths, PDFont font) {
        List<List<String>> lines = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            lines.add(TextWrapper.wrap(fonts.clean(cells.get(i)), font, SIZE, widths[i] - 2 * PAD, 0));
        }
        return lines;
    }

    private static float height(List<List<String>> cells) {
        return cells.stream().mapToInt(List::size).max().orElse(1) * LINE + 2 * PAD;
    }

    /** Draws a row (or part of one); the cells' text belongs to the elements, null for an artifact. */
    private void draw(List<List<String>> cells, float[] widths, PDFont font, boolean header,
            List<PDStructureElement> elements) throws IOException {
        float top = pages.y();
        float height = height(cells);
        PDPageContentStream stream = pages.stream();
        Tags.beginArtifact(stream);
        if (header) {
            stream.setNonStrokingColor(0.9f);
            stream.addRect(Pages.LEFT, top - height, Pages.WIDTH, height);
            stream.fill();
            stream.setNonStrokingColor(0f);
        }
        stream.setStrokingColor(0.5f);
        stream.setLineWidth(0.5f);
        float x = Pages.LEFT;
        for (float width : widths) {
            stream.addRect(x, top - height, width, height);
            x += width;
        }
        stream.stroke();
        Tags.end(stream);
        x = Pages.LEFT;
        for (int i = 0; i < cells.size(); i++) {
            List<String> lines = cells.get(i);
            PDStructureElement element = elements == null ? null : elements.get(i);
            for (int line = 0; line < lines.size(); line++) {
                float baseline = top - PAD - line * LINE - SIZE;
                pages.text(element, x + PAD, baseline, font, SIZE, lines.get(line));
            }
            x += widths[i];
        }
        pages.down(height);
    }
}
