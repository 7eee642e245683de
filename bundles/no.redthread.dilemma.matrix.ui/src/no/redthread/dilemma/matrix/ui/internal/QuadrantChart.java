package no.redthread.dilemma.matrix.ui.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

import no.redthread.dilemma.matrix.ItemRole;

/**
 * Vester's roles: every item at its active sum (x) and passive sum (y); the means split the plane into the four
 * roles, named in the corners. Item ids are drawn beside their points (SWTChart labels points by value only).
 */
final class QuadrantChart {

    private final Chart chart;
    private final Color points = new Color(60, 60, 60);
    private final Color means = new Color(150, 150, 150);
    private List<ItemRole> roles = List.of();
    private double meanActive;
    private double meanPassive;

    QuadrantChart(Composite parent) {
        chart = new Chart(parent, SWT.NONE);
        chart.getLegend().setVisible(false);
        ChartStyle.titles(chart, Messages.get("analysis.roles"), Messages.get("analysis.active"),
                Messages.get("analysis.passive"));
        ChartStyle.wholeNumbers(chart, chart.getAxisSet().getXAxis(0), true);
        ChartStyle.wholeNumbers(chart, chart.getAxisSet().getYAxis(0), false);
        chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
            @Override
            public void paintControl(PaintEvent e) {
                labels(e.gc);
            }

            @Override
            public boolean drawBehindSeries() {
                return false;
            }
        });
    }

    Chart chart() {
        return chart;
    }

    void show(List<ItemRole> newRoles) {
        roles = newRoles;
        ChartStyle.clear(chart);
        double[] active = newRoles.stream().mapToDouble(ItemRole::activeSum).toArray();
        double[] passive = newRoles.stream().mapToDouble(ItemRole::passiveSum).toArray();
        meanActive = Arrays.stream(active).average().orElse(0);
        meanPassive = Arrays.stream(passive).average().orElse(0);
        ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, "roles");
        series.setLineStyle(LineStyle.NONE);
        series.setSymbolType(PlotSymbolType.CIRCLE);
        series.setSymbolColor(points);
        series.setXSeries(active);
        series.setYSeries(passive);
        chart.getAxisSet().adjustRange();
        pad(chart.getAxisSet().getXAxis(0));
        pad(chart.getAxisSet().getYAxis(0));
        ChartStyle.wholeSteps(chart, chart.getAxisSet().getXAxis(0), true);
        ChartStyle.wholeSteps(chart, chart.getAxisSet().getYAxis(0), false);
        chart.redraw();
    }

    /** Room around the points for their ids and the role names; never below zero, sums are not negative. */
    private static void pad(IAxis axis) {
        Range range = axis.getRange();
        double span = Math.max(1, range.upper - range.lower);
        axis.setRange(new Range(Math.max(0, range.lower - span * 0.1), range.upper + span * 0.15));
    }

    private void labels(GC gc) {
        IAxis x = chart.getAxisSet().getXAxis(0);
        IAxis y = chart.getAxisSet().getYAxis(0);
        Point size = chart.getPlotArea().getSize();
        gc.setForeground(means);
        gc.setLineStyle(SWT.LINE_DASH);
        int meanX = x.getPixelCoordinate(meanActive);
        int meanY = y.getPixelCoordinate(meanPassive);
        gc.drawLine(meanX, 0, meanX, size.y);
        gc.drawLine(0, meanY, size.x, meanY);
        gc.setLineStyle(SWT.LINE_SOLID);
        corner(gc, Messages.get("analysis.role.REACTIVE"), 4, 4);
        corner(gc, Messages.get("analysis.role.CRITICAL"), size.x - gc.textExtent(Messages.get("analysis.role.CRITICAL")).x - 4, 4);
        int bottom = size.y - gc.getFontMetrics().getHeight() - 4;
        corner(gc, Messages.get("analysis.role.BUFFERING"), 4, bottom);
        corner(gc, Messages.get("analysis.role.ACTIVE"), size.x - gc.textExtent(Messages.get("analysis.role.ACTIVE")).x - 4, bottom);
        gc.setForeground(points);
        for (ItemRole role : roles) {
            gc.drawText(role.id(), x.getPixelCoordinate(role.activeSum()) + 5,
                    y.getPixelCoordinate(role.passiveSum()) - gc.getFontMetrics().getHeight(), true);
        }
    }

    private void corner(GC gc, String text, int x, int y) {
        gc.setForeground(means);
        gc.drawText(text, x, y, true);
    }
}
