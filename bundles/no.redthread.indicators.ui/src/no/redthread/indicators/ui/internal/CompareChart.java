package no.redthread.indicators.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;

/**
 * A horizontal bar chart of a ranking: one bar per municipality, best at the top, the focus municipality's bar in
 * another colour. SWTChart colours a whole bar series alike, so the focus is a second series that is zero except at
 * the focus and overlays the first ({@code setBarOverlay}) instead of standing beside it. Public (in this unexported
 * package) for bench/indicators, which times its redraw.
 */
public final class CompareChart {

    static final String PEERS = "peers";
    static final String FOCUS = "focus";
    /** Above this many bars the names no longer fit beside them; the table has them. */
    static final int MAX_LABELLED = 40;

    private final Chart chart;
    private final Color peerColour = new Color(150, 180, 215);
    private final Color focusColour = new Color(220, 110, 20);

    public CompareChart(Composite parent) {
        chart = new Chart(parent, SWT.NONE);
        chart.setOrientation(SWT.VERTICAL); // the category axis stands up, so the bars lie down
        chart.getLegend().setVisible(false);
        chart.getTitle().setVisible(false); // the part's heading names the indicator; a long title would be cut off
        IAxis categories = chart.getAxisSet().getXAxis(0);
        categories.getTitle().setText("");
        categories.setReversed(true); // category 0 (the best) at the top
        chart.getAxisSet().getYAxis(0).getTitle().setText("");
    }

    public Chart chart() {
        return chart;
    }

    /**
     * Shows the bars.
     *
     * @param names the municipalities' names, best first
     * @param values their values, in the same order
     * @param focus the index of the focus municipality, or -1
     */
    public void show(String title, String unit, List<String> names, double[] values, int focus) {
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(series.getId());
        }
        chart.getTitle().setText(title);
        chart.getAxisSet().getYAxis(0).getTitle().setText(Units.label(unit));
        IAxis categories = chart.getAxisSet().getXAxis(0);
        categories.setCategorySeries(names.isEmpty() ? new String[] { "" } : names.toArray(String[]::new));
        categories.enableCategory(true);
        boolean labelled = names.size() <= MAX_LABELLED;
        categories.getTick().setVisible(labelled);
        // a grid line per bar would hatch the chart grey when the bars are thinner than the line spacing
        categories.getGrid().setStyle(labelled ? LineStyle.DOT : LineStyle.NONE);
        if (!names.isEmpty()) {
            bars(PEERS, values, peerColour);
            double[] highlighted = new double[values.length];
            if (focus >= 0) {
                highlighted[focus] = values[focus];
            }
            bars(FOCUS, highlighted, focusColour);
        }
        chart.getAxisSet().adjustRange();
        chart.redraw();
    }

    private void bars(String id, double[] values, Color colour) {
        IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, id);
        bars.setYSeries(values);
        bars.setBarColor(colour);
        bars.setBarOverlay(true);
        bars.setBarPadding(values.length > MAX_LABELLED ? 0 : 20);
    }

    Color focusColour() {
        return focusColour;
    }

    Color peerColour() {
        return peerColour;
    }
}
