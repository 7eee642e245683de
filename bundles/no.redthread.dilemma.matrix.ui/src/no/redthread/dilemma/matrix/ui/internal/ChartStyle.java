package no.redthread.dilemma.matrix.ui.internal;

import java.text.DecimalFormat;

import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ISeries;

/** What the analysis charts share: Norwegian titles, whole numbers on the value axes, a clean start. */
final class ChartStyle {

    private ChartStyle() {
    }

    static void titles(Chart chart, String title, String x, String y) {
        chart.getTitle().setText(title);
        chart.getAxisSet().getXAxis(0).getTitle().setText(x);
        chart.getAxisSet().getYAxis(0).getTitle().setText(y);
    }

    /** Scores are whole steps of a scale: a tick at 2.5 would suggest a precision the matrix does not have. */
    static void wholeNumbers(IAxis axis) {
        axis.getTick().setFormat(new DecimalFormat("0"));
    }

    static void clear(Chart chart) {
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(series.getId());
        }
    }
}
