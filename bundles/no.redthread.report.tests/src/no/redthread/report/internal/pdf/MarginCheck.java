package no.redthread.report.internal.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Collects every character that lies outside the text area, except the footer line below the bottom margin. */
final class MarginCheck extends PDFTextStripper {

    final List<String> outside = new ArrayList<>();
    int checked;

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        for (TextPosition position : positions) {
            checked++;
            float x = position.getXDirAdj();
            float right = x + position.getWidthDirAdj();
            float baseline = Pages.SIZE.getHeight() - position.getYDirAdj();
            boolean footer = baseline < Pages.BOTTOM - 0.8f * Pages.CM && baseline > Pages.CM;
            boolean inside = x >= Pages.LEFT - 0.5f && right <= Pages.LEFT + Pages.WIDTH + 0.5f
                    && baseline >= Pages.BOTTOM && baseline <= Pages.TOP;
            if (!footer && !inside && outside.size() < 20) {
                outside.add("page " + getCurrentPageNo() + " '" + position.getUnicode() + "' at " + x + "-" + right
                        + ", baseline " + baseline + " in «" + text + "»");
            }
        }
        super.writeString(text, positions);
    }
}
