package no.redthread.assessment.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;

import no.redthread.assessment.AnswerDistribution;
import no.redthread.assessment.template.AnswerMeaning;
import no.redthread.assessment.template.AnswerOption;

/**
 * The answers per dimension as one stacked bar chart (SWTChart): a bar per dimension, a segment per answer option in
 * scale order and one for the unanswered questions, coloured by what the option means. One chart rather than one per
 * dimension, because the bars side by side show at once which dimension lags, and it fits the narrow right area.
 */
final class SummaryChart {

    /** The series of the unanswered questions; parentheses cannot occur in an option id. */
    static final String UNANSWERED = "(unanswered)";

    private final Chart chart;
    /** The series as created, so a refresh that keeps the worksheet only sets values (no new series, no flicker). */
    private List<String> seriesIds = List.of();

    SummaryChart(Composite parent) {
        chart = new Chart(parent, SWT.NONE);
        chart.getTitle().setVisible(false);
        chart.getLegend().setVisible(true);
        chart.getLegend().setPosition(SWT.BOTTOM);
        chart.getAxisSet().getXAxis(0).getTitle().setVisible(false);
        chart.getAxisSet().getYAxis(0).getTitle().setText(Messages.get("summary.chart.questions"));
        chart.getAxisSet().getXAxis(0).enableCategory(true);
        Color text = parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND);
        for (var axis : chart.getAxisSet().getAxes()) {
            axis.getTick().setForeground(text); // SWTChart draws axes in blue by default
            axis.getTitle().setForeground(text);
        }
    }

    Chart chart() {
        return chart;
    }

    /** Shows a distribution with the given category (dimension) names; an empty list clears the chart. */
    void show(List<String> dimensions, AnswerDistribution distribution) {
        List<String> ids = new ArrayList<>();
        if (distribution != null) {
            distribution.options().forEach(option -> ids.add(option.id()));
            ids.add(UNANSWERED);
        }
        chart.suspendUpdate(true);
        try {
            if (!ids.equals(seriesIds)) {
                recreate(distribution);
            }
            String[] categories = dimensions.toArray(String[]::new);
            if (!Arrays.equals(categories, chart.getAxisSet().getXAxis(0).getCategorySeries())) {
                chart.getAxisSet().getXAxis(0).setCategorySeries(categories);
            }
            for (String id : seriesIds) {
                ISeries<?> series = chart.getSeriesSet().getSeries(id);
                series.setYSeries(doubles(id.equals(UNANSWERED) ? distribution.unanswered() : distribution.count(id)));
                // SWTChart turns stacking off when a series' smallest value is 0, so it is turned on after every change
                series.enableStack(true);
            }
        } finally {
            chart.suspendUpdate(false);
        }
        chart.getAxisSet().adjustRange();
        chart.redraw();
    }

    private void recreate(AnswerDistribution distribution) {
        for (ISeries<?> old : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(old.getId());
        }
        List<String> ids = new ArrayList<>();
        if (distribution != null) {
            for (AnswerOption option : distribution.options()) {
                add(option.id(), option.labelNb(), colour(option.meaning()));
                ids.add(option.id());
            }
            add(UNANSWERED, Messages.get("summary.unansweredShort"), color(AnswerDistribution.UNANSWERED_RGB));
            ids.add(UNANSWERED);
        }
        seriesIds = List.copyOf(ids);
    }

    private void add(String id, String label, Color colour) {
        IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, id);
        bars.setDescription(label);
        bars.setBarColor(colour);
    }

    /** The meaning's colour, the same as in the report's chart ({@link AnswerDistribution#rgb}). */
    static Color colour(AnswerMeaning meaning) {
        return color(AnswerDistribution.rgb(meaning));
    }

    private static Color color(int rgb) {
        return new Color(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
    }

    private static double[] doubles(int[] values) {
        return Arrays.stream(values).asDoubleStream().toArray();
    }
}
