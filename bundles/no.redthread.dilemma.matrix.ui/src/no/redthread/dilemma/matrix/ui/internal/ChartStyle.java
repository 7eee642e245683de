package no.redthread.dilemma.matrix.ui.internal;

import java.text.DecimalFormat;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.Range;

/** What the analysis charts share: Norwegian titles, whole numbers on the value axes, a clean start. */
final class ChartStyle {

    private ChartStyle() {
    }

    static void titles(Chart chart, String title, String x, String y) {
        chart.getTitle().setText(title);
        chart.getAxisSet().getXAxis(0).getTitle().setText(x);
        chart.getAxisSet().getYAxis(0).getTitle().setText(y);
    }

    /** SWTChart's own tick step hint in pixels. */
    private static final int DEFAULT_STEP_HINT = 64;

    /**
     * Scores are whole steps of a scale: a tick at 2.5 would suggest a precision the matrix does not have, and
     * ticks at half steps all labelled alike are drawn as "…". Whole-number labels, and a step of at least one
     * kept through every resize; call {@link #wholeSteps} again after the range changes.
     */
    static void wholeNumbers(Chart chart, IAxis axis, boolean horizontal) {
        axis.getTick().setFormat(new DecimalFormat("0"));
        chart.addListener(SWT.Resize, e -> wholeSteps(chart, axis, horizontal));
    }

    /** SWTChart steps near {@code range / pixels × hint}: a hint of one unit's width in pixels gives whole steps. */
    static void wholeSteps(Chart chart, IAxis axis, boolean horizontal) {
        Range range = axis.getRange();
        double units = Math.max(range.upper - range.lower, 1e-6);
        Point plot = chart.getPlotArea().getSize();
        int pixels = Math.max(horizontal ? plot.x : plot.y, 1);
        int oneUnit = (int) Math.min(Integer.MAX_VALUE / 2, Math.ceil(pixels / units));
        axis.getTick().setTickMarkStepHint(Math.max(DEFAULT_STEP_HINT, oneUnit));
    }

    static void clear(Chart chart) {
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(series.getId());
        }
    }
}
