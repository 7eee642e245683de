package no.redthread.report.internal.pdf;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The pages of a PDF report and a cursor that moves down them: A4 with 2 cm margins at the sides and the top and
 * 2.5 cm at the bottom, where the page number goes. Coordinates are PDF points from the bottom left.
 */
final class Pages {

    static final PDRectangle SIZE = PDRectangle.A4;
    static final float CM = 72f / 2.54f;
    static final float LEFT = 2 * CM;
    static final float WIDTH = SIZE.getWidth() - 4 * CM;
    static final float TOP = SIZE.getHeight() - 2 * CM;
    static final float BOTTOM = 2.5f * CM;

    private final PDDocument document;
    private final Tags tags;
    private PDPage page;
    private PDPageContentStream stream;
    private float y;
    private boolean empty = true;

    Pages(PDDocument document, Tags tags) {
        this.document = document;
        this.tags = tags;
    }

    /** Starts a page; the cursor goes to its top. */
    void newPage() throws IOException {
        close();
        page = new PDPage(SIZE);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = TOP;
        empty = true;
    }

    /** Starts a page unless there is room for the given height here, or this page is still empty. */
    void ensure(float height) throws IOException {
        if (stream == null || height > room() && !empty) {
            newPage();
        }
    }

    /** The height left above the bottom margin. */
    float room() {
        return y - BOTTOM;
    }

    boolean empty() {
        return empty;
    }

    float y() {
        return y;
    }

    /** Moves the cursor down after drawing; space at the top of a page is dropped. */
    void down(float height) {
        y -= height;
        empty = false;
    }

    /** Moves the cursor down for spacing before a block, unless at the top of a page. */
    void space(float height) {
        if (!empty) {
            y = Math.max(BOTTOM, y - height);
        }
    }

    /**
     * Draws a line of text as content of a structure element, or as an artifact if the element is null (e.g. a
     * table header repeated on a new page).
     */
    void text(PDStructureElement element, float x, float baseline, PDFont font, float size, String text)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        begin(element);
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(text);
        stream.endText();
        Tags.end(stream);
    }

    /** Starts marked content of the element on this page, or of an artifact if it is null; end with {@link Tags#end}. */
    void begin(PDStructureElement element) throws IOException {
        if (element == null) {
            Tags.beginArtifact(stream);
        } else {
            tags.begin(page, stream, element);
        }
    }

    PDPageContentStream stream() {
        return stream;
    }

    void close() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
