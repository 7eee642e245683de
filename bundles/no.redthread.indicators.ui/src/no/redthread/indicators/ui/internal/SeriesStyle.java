package no.redthread.indicators.ui.internal;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swtchart.ILineSeries;

/**
 * How the indicator charts draw their lines. A chart of many municipalities draws most of them as background: thin,
 * grey, without symbols and without legend entries; only the few series a reader looks at (the own municipality)
 * are highlighted with symbols and a legend entry.
 *
 * <p>Why: SWTChart draws every symbol as an antialiased filled oval, one Cairo call each; 357 series × 28 years are
 * 10,000 ovals, most of a redraw. bench/indicators (357 × 28, 1200×800, two cores under Xvfb) measured a median
 * redraw of about 80 ms with a symbol and a legend entry per series, about 35 ms without the symbols, the same 80 ms
 * without the legend entries (which cost half the chart's width, not time), and about 32 ms in this style. Switching
 * antialiasing off for the background lines made no measurable difference, so it stays on.
 */
public final class SeriesStyle {

    /** The grey of background lines (light enough that a highlighted line stands out). */
    public static final int BACKGROUND_GREY = 200;

    private SeriesStyle() {
    }

    /** A series the reader looks at: coloured, thicker, with circles and a legend entry. */
    public static void highlight(ILineSeries<?> line, Color colour) {
        line.setLineColor(colour);
        line.setSymbolColor(colour);
        line.setLineWidth(2);
        line.setSymbolType(ILineSeries.PlotSymbolType.CIRCLE);
        line.setSymbolSize(3);
        line.setVisibleInLegend(true);
    }

    /** One of many series drawn for context: thin grey line, no symbols, no legend entry. */
    public static void background(ILineSeries<?> line, Color grey) {
        line.setLineColor(grey);
        line.setLineWidth(1);
        line.setSymbolType(ILineSeries.PlotSymbolType.NONE);
        line.setVisibleInLegend(false);
    }

    /** The background grey (SWT colours made from RGB need no disposal since SWT 3.118). */
    public static Color grey() {
        return new Color(BACKGROUND_GREY, BACKGROUND_GREY, BACKGROUND_GREY);
    }
}
