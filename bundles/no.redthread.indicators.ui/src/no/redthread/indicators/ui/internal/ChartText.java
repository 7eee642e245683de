package no.redthread.indicators.ui.internal;

import java.text.DecimalFormat;

import org.eclipse.swt.SWT;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.Range;

/**
 * The texts of the indicator charts. The view's heading names the indicator, so the chart draws no title of its own
 * (SWTChart cuts a long title off instead of wrapping it); SWTChart's default axis titles ("X Axis", "Y Axis") are
 * replaced before the first paint; the x-axis shows whole years only.
 */
final class ChartText {

    private ChartText() {
    }

    /** An x-axis of years with the given title, no chart title and no "Y Axis". */
    static void yearsOnXAxis(Chart chart, String title) {
        chart.getTitle().setVisible(false);
        IAxis years = chart.getAxisSet().getXAxis(0);
        years.getTitle().setText(title);
        years.getTick().setFormat(new DecimalFormat("0"));
        chart.getAxisSet().getYAxis(0).getTitle().setText("");
        int defaultHint = years.getTick().getTickMarkStepHint();
        chart.addListener(SWT.Resize, e -> wholeYears(chart, defaultHint));
        chart.setData(ChartText.class.getName(), defaultHint);
    }

    /**
     * Call after the x range changes. SWTChart picks a tick step of 1, 2 or 5 times a power of ten near
     * {@code range / pixels × step hint}; a hint of at least one year's width in pixels makes the step a whole
     * number of years (no 2021,2).
     */
    static void wholeYears(Chart chart) {
        Object hint = chart.getData(ChartText.class.getName());
        wholeYears(chart, hint instanceof Integer value ? value : 64);
    }

    private static void wholeYears(Chart chart, int defaultHint) {
        Range range = chart.getAxisSet().getXAxis(0).getRange();
        double years = Math.max(range.upper - range.lower, 1e-6);
        int pixels = Math.max(chart.getSize().x, 1);
        int oneYear = (int) Math.min(Integer.MAX_VALUE / 2, Math.ceil(pixels / years));
        chart.getAxisSet().getXAxis(0).getTick().setTickMarkStepHint(Math.max(defaultHint, oneYear));
    }
}
