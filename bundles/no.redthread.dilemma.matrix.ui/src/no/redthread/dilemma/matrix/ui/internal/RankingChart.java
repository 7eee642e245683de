package no.redthread.dilemma.matrix.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;

import no.redthread.dilemma.matrix.ItemFigures;

/**
 * SEI's ranking as lying bars, strongest at the top: each item's net influence and its second-order influence
 * stacked ({@link StackedBar}). SWTChart refuses negative values in a stacked series, and a hindering item's
 * influence is negative, so the chart gives the axes, titles and legend and the bars are painted on its plot area.
 * Only the first {@link #SHOWN} items: beyond that the names no longer fit.
 */
final class RankingChart {

    static final int SHOWN = 20;

    private final Chart chart;
    private final Color net = new Color(HeatColours.POSITIVE);
    private final Color secondOrder = new Color(146, 197, 222);
    private List<StackedBar> bars = List.of();

    RankingChart(Composite parent) {
        chart = new Chart(parent, SWT.NONE);
        chart.setOrientation(SWT.VERTICAL);
        chart.getLegend().setPosition(SWT.BOTTOM);
        ChartStyle.titles(chart, Messages.get("analysis.ranking"), "", Messages.get("analysis.influence"));
        chart.getAxisSet().getXAxis(0).setReversed(true);
        ChartStyle.wholeNumbers(chart, chart.getAxisSet().getYAxis(0), true); // bars lie: the value axis is across
        chart.getPlotArea().addCustomPaintListener(this::paintBars);
    }

    Chart chart() {
        return chart;
    }

    /** The bars shown, in rank order. */
    List<StackedBar> bars() {
        return bars;
    }

    void show(List<ItemFigures> ranking) {
        ChartStyle.clear(chart);
        List<ItemFigures> shown = ranking.subList(0, Math.min(SHOWN, ranking.size()));
        bars = shown.stream().map(item -> StackedBar.of(item.net(), item.secondOrder())).toList();
        IAxis categories = chart.getAxisSet().getXAxis(0);
        categories.setCategorySeries(shown.isEmpty() ? new String[] { "" }
                : shown.stream().map(ItemFigures::id).toArray(String[]::new));
        categories.enableCategory(true);
        legend("net", Messages.get("analysis.net"), net, shown.size());
        legend("secondOrder", Messages.get("analysis.secondOrder"), secondOrder, shown.size());
        chart.getAxisSet().adjustRange();
        double lowest = bars.stream().mapToDouble(StackedBar::lowest).min().orElse(0);
        double highest = bars.stream().mapToDouble(StackedBar::highest).max().orElse(0);
        double margin = Math.max(1, highest - lowest) * 0.05; // the longest bar should not touch the edge
        IAxis values = chart.getAxisSet().getYAxis(0);
        values.setRange(new Range(Math.min(lowest, 0) - margin, Math.max(highest, 0) + margin));
        ChartStyle.wholeSteps(chart, values, true);
        chart.redraw();
    }

    /** An empty series, for the legend and the category axis: the bars themselves are painted. */
    private void legend(String id, String name, Color colour, int items) {
        IBarSeries<?> series = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, id);
        series.setDescription(name);
        series.setYSeries(new double[Math.max(items, 1)]);
        series.setBarColor(colour);
    }

    private void paintBars(PaintEvent e) {
        IAxis categories = chart.getAxisSet().getXAxis(0);
        IAxis values = chart.getAxisSet().getYAxis(0);
        for (int i = 0; i < bars.size(); i++) {
            int centre = categories.getPixelCoordinate(i);
            int band = Math.abs(categories.getPixelCoordinate(i + 1) - centre);
            int height = Math.max(2, band * 2 / 3);
            StackedBar bar = bars.get(i);
            fill(e, values, bar.netFrom(), bar.netTo(), centre - height / 2, height, net);
            fill(e, values, bar.secondFrom(), bar.secondTo(), centre - height / 2, height, secondOrder);
        }
    }

    private static void fill(PaintEvent e, IAxis values, double from, double to, int top, int height, Color colour) {
        int left = values.getPixelCoordinate(Math.min(from, to));
        int right = values.getPixelCoordinate(Math.max(from, to));
        if (right > left) {
            e.gc.setBackground(colour);
            e.gc.fillRectangle(left, top, right - left, height);
        }
    }
}
