package no.redthread.indicators.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import no.redthread.indicators.analysis.Assessment;
import no.redthread.indicators.analysis.IndicatorAnalysis;
import no.redthread.indicators.analysis.Observation;
import no.redthread.indicators.analysis.Status;
import no.redthread.indicators.analysis.TargetProgress;
import no.redthread.indicators.analysis.Trend;
import no.redthread.indicators.analysis.TrendDirection;
import no.redthread.indicators.model.Baseline;
import no.redthread.indicators.model.DesiredDirection;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.IndicatorTarget;
import no.redthread.indicators.model.IndicatorsFactory;
import no.redthread.indicators.model.Series;

/** The arithmetic of latest values, trends, progress from a baseline to a target, and status. */
class IndicatorAnalysisTest {

    private static final double EPSILON = 1e-9;

    static Series series(Indicator indicator, String organisation, String[] periods, double... values) {
        Series series = IndicatorsFactory.eINSTANCE.createSeries();
        series.setOrganisation(organisation);
        series.setPeriods(periods);
        series.setValues(values);
        indicator.getSeries().add(series);
        return series;
    }

    static String[] years(int from, int to) {
        String[] years = new String[to - from + 1];
        for (int i = 0; i < years.length; i++) {
            years[i] = String.valueOf(from + i);
        }
        return years;
    }

    static void target(Indicator indicator, String organisation, int year, double value) {
        IndicatorTarget target = IndicatorsFactory.eINSTANCE.createIndicatorTarget();
        target.setOrganisation(organisation);
        target.setYear(year);
        target.setValue(value);
        indicator.getTargets().add(target);
    }

    static void baseline(Indicator indicator, String organisation, int year, Double value) {
        Baseline baseline = IndicatorsFactory.eINSTANCE.createBaseline();
        baseline.setOrganisation(organisation);
        baseline.setYear(year);
        baseline.setValue(value);
        indicator.getBaselines().add(baseline);
    }

    @Test
    void latestSkipsPeriodsWithoutValue() {
        Indicator indicator = Fixtures.indicator("i", DesiredDirection.HIGHER_IS_BETTER);
        Series s = series(indicator, "3101", years(2020, 2023), 1, 2, 3, Double.NaN);
        Observation latest = IndicatorAnalysis.latest(s).orElseThrow();
        assertEquals("2022", latest.period());
        assertEquals(3, latest.value());
        assertEquals(2, IndicatorAnalysis.valueIn(s, 2021).orElseThrow().value());
        assertTrue(IndicatorAnalysis.valueIn(s, 2023).isEmpty());
    }

    @Test
    void theTrendIsTheLeastSquaresSlopeOfTheLastNValues() {
        Indicator indicator = Fixtures.indicator("i", DesiredDirection.HIGHER_IS_BETTER);
        // 2015..2022; the last four values rise by 2 a year from 10
        Series s = series(indicator, "3101", years(2015, 2022), 50, 40, 30, 20, 10, 12, 14, 16);
        Trend last4 = IndicatorAnalysis.trend(s, 4, DesiredDirection.HIGHER_IS_BETTER);
        assertEquals(4, last4.points());
        assertEquals("2019", last4.from());
        assertEquals("2022", last4.to());
        assertEquals(2.0, last4.slopePerYear(), EPSILON);
        assertEquals(2.0 / 13, last4.relativeSlope(), EPSILON, "slope over the mean 13");
        assertEquals(TrendDirection.IMPROVING, last4.direction());
        assertEquals(TrendDirection.WORSENING, IndicatorAnalysis.trend(s, 4, DesiredDirection.LOWER_IS_BETTER)
                .direction());
        assertEquals(TrendDirection.UNKNOWN, IndicatorAnalysis.trend(s, 4, DesiredDirection.NEUTRAL).direction());
        // all eight: x mean 2018.5, y mean 24, slope = sum((x-mx)(y-my)) / sum((x-mx)^2) = -216 / 42
        assertEquals(-216.0 / 42, IndicatorAnalysis.trend(s, 8, DesiredDirection.HIGHER_IS_BETTER).slopePerYear(),
                EPSILON);
    }

    @Test
    void quartersAreSpacedAQuarterOfAYearApart() {
        Indicator indicator = Fixtures.indicator("i", DesiredDirection.LOWER_IS_BETTER);
        Series s = series(indicator, "3101", new String[] {"2024K1", "2024K2", "2024K3"}, 10, 11, 12);
        assertEquals(4.0, IndicatorAnalysis.trend(s, 5, DesiredDirection.LOWER_IS_BETTER).slopePerYear(), EPSILON);
    }

    @Test
    void aSmallChangeIsStableAndOneValueIsNoTrend() {
        Indicator indicator = Fixtures.indicator("i", DesiredDirection.HIGHER_IS_BETTER);
        Series flat = series(indicator, "3101", years(2020, 2022), 100, 100.2, 100.4);
        assertEquals(TrendDirection.STABLE, IndicatorAnalysis.trend(flat, 5, DesiredDirection.HIGHER_IS_BETTER)
                .direction(), "0.2 % a year");
        Series one = series(indicator, "3103", years(2022, 2022), 5);
        Trend none = IndicatorAnalysis.trend(one, 5, DesiredDirection.HIGHER_IS_BETTER);
        assertEquals(TrendDirection.UNKNOWN, none.direction());
        assertTrue(Double.isNaN(none.slopePerYear()));
    }

    @Test
    void progressFromA2015BaselineToA2030Target() {
        // 2015: 40, target 2030: 70 (needs +30); 2021: 55 is half the way after 6 of 15 years (40 %)
        Observation latest = new Observation("2021", 2021, 55, null);
        TargetProgress progress = IndicatorAnalysis.progress(2015, 40, 2030, 70, latest);
        assertEquals(0.4, progress.shareOfTimeElapsed(), EPSILON);
        assertEquals(0.5, progress.shareDone(), EPSILON);
        assertEquals(52, progress.expectedNow(), EPSILON);
        assertEquals(15, progress.distanceToTarget(), EPSILON);
        assertTrue(progress.onTrack());
        assertFalse(progress.reached());
        TargetProgress behind = IndicatorAnalysis.progress(2015, 40, 2030, 70, new Observation("2021", 2021, 50, null));
        assertEquals(1.0 / 3, behind.shareDone(), EPSILON);
        assertFalse(behind.onTrack());
    }

    @Test
    void progressTowardsALowerTargetAndATargetAlreadyReached() {
        // household waste 2015: 450 kg, target 2030: 300 kg; 2024: 380 kg is 70/150 of the way after 9/15 years
        TargetProgress waste = IndicatorAnalysis.progress(2015, 450, 2030, 300, new Observation("2024", 2024, 380,
                null));
        assertEquals(70.0 / 150, waste.shareDone(), EPSILON);
        assertEquals(0.6, waste.shareOfTimeElapsed(), EPSILON);
        assertEquals(360, waste.expectedNow(), EPSILON);
        assertFalse(waste.onTrack());
        assertEquals(-80, waste.distanceToTarget(), EPSILON);
        TargetProgress done = IndicatorAnalysis.progress(2015, 450, 2030, 300, new Observation("2024", 2024, 290,
                null));
        assertTrue(done.reached());
        assertTrue(done.onTrack());
    }

    @Test
    void statusFromTargetAndBaseline() {
        Indicator indicator = Fixtures.indicator("waste", DesiredDirection.LOWER_IS_BETTER);
        series(indicator, "3101", years(2015, 2024), 450, 440, 430, 420, 410, 400, 395, 390, 385, 380);
        target(indicator, "3101", 2030, 300);
        baseline(indicator, "3101", 2015, null);
        Assessment assessment = IndicatorAnalysis.assess(indicator, "3101");
        assertEquals(450, assessment.progress().baselineValue(), "taken from the series");
        assertEquals(Status.WATCH, assessment.status(), "part of the way, but behind");
        assertEquals(TrendDirection.IMPROVING, assessment.trend().direction());
        Indicator onTrack = Fixtures.indicator("waste2", DesiredDirection.LOWER_IS_BETTER);
        series(onTrack, "3101", years(2015, 2024), 450, 440, 430, 420, 410, 400, 390, 380, 370, 350);
        target(onTrack, "3101", 2030, 300);
        baseline(onTrack, "3101", 2015, 450.0);
        assertEquals(Status.GOOD, IndicatorAnalysis.assess(onTrack, "3101").status());
        Indicator away = Fixtures.indicator("waste3", DesiredDirection.LOWER_IS_BETTER);
        series(away, "3101", years(2015, 2024), 450, 455, 460, 465, 470, 475, 480, 485, 490, 500);
        target(away, "3101", 2030, 300);
        baseline(away, "3101", 2015, null);
        assertEquals(Status.POOR, IndicatorAnalysis.assess(away, "3101").status());
    }

    @Test
    void statusFromTrendWithoutTargetAndFromATargetWithoutBaseline() {
        Indicator up = Fixtures.indicator("up", DesiredDirection.HIGHER_IS_BETTER);
        series(up, "3101", years(2020, 2024), 80, 82, 84, 86, 88);
        assertEquals(Status.GOOD, IndicatorAnalysis.assess(up, "3101").status());
        series(up, "3103", years(2020, 2024), 88, 86, 84, 82, 80);
        assertEquals(Status.POOR, IndicatorAnalysis.assess(up, "3103").status());
        series(up, "3201", years(2020, 2024), 80, 80, 80, 80, 80);
        assertEquals(Status.WATCH, IndicatorAnalysis.assess(up, "3201").status());
        target(up, "3201", 2030, 75);
        assertEquals(Status.GOOD, IndicatorAnalysis.assess(up, "3201").status(), "target reached");
        target(up, "3103", 2030, 95);
        assertEquals(Status.POOR, IndicatorAnalysis.assess(up, "3103").status(), "below target and falling");
        target(up, "3101", 2030, 95);
        assertEquals(Status.WATCH, IndicatorAnalysis.assess(up, "3101").status(), "below target, improving");
        Assessment none = IndicatorAnalysis.assess(up, "0301");
        assertEquals(Status.UNKNOWN, none.status());
        assertNull(none.latest());
        Indicator neutral = Fixtures.indicator("population", DesiredDirection.NEUTRAL);
        series(neutral, "3101", years(2020, 2024), 1, 2, 3, 4, 5);
        assertEquals(Status.UNKNOWN, IndicatorAnalysis.assess(neutral, "3101").status());
    }

    @Test
    void theTargetThatCountsIsTheFirstNotYetPast() {
        Indicator indicator = Fixtures.indicator("i", DesiredDirection.HIGHER_IS_BETTER);
        target(indicator, "3101", 2030, 90);
        target(indicator, "3101", 2020, 70);
        target(indicator, "3101", 2025, 80);
        assertEquals(2025, IndicatorAnalysis.target(indicator, "3101", 2023).orElseThrow().getYear());
        assertEquals(2030, IndicatorAnalysis.target(indicator, "3101", 2031).orElseThrow().getYear());
        assertTrue(IndicatorAnalysis.target(indicator, "3103", 2023).isEmpty());
    }
}
