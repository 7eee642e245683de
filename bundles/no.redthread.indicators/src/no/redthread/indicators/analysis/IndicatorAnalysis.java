package no.redthread.indicators.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import no.redthread.indicators.Periods;
import no.redthread.indicators.model.Baseline;
import no.redthread.indicators.model.DesiredDirection;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.IndicatorTarget;
import no.redthread.indicators.model.Series;

/** The arithmetic of indicator dashboards: latest values, trends, progress to targets and status. */
public final class IndicatorAnalysis {

    /** How many of the last values a trend uses unless told otherwise. */
    public static final int DEFAULT_TREND_PERIODS = 5;

    /** A trend whose yearly change is below this share of the mean (0.5 %) counts as stable. */
    public static final double STABLE_CHANGE = 0.005;

    private IndicatorAnalysis() {
    }

    /** The indicator's series for an organisation (region code in normal form). */
    public static Optional<Series> series(Indicator indicator, String organisation) {
        return indicator.getSeries().stream().filter(s -> organisation.equals(s.getOrganisation())).findFirst();
    }

    /** All observations of a series, with or without value, in period order. */
    public static List<Observation> observations(Series series) {
        String[] periods = series.getPeriods();
        double[] values = series.getValues();
        String[] statuses = series.getStatuses();
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; periods != null && values != null && i < periods.length; i++) {
            observations.add(new Observation(periods[i], Periods.time(periods[i]), values[i],
                    statuses == null ? null : statuses[i]));
        }
        return observations;
    }

    /** The latest observation with a value. */
    public static Optional<Observation> latest(Series series) {
        List<Observation> all = observations(series);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).hasValue()) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    /** The last observation with a value in a calendar year. */
    public static Optional<Observation> valueIn(Series series, int year) {
        return observations(series).stream().filter(o -> o.hasValue() && o.year() == year)
                .max(Comparator.comparingDouble(Observation::time));
    }

    /** The least-squares trend of the last {@code periods} values (periods without value are skipped). */
    public static Trend trend(Series series, int periods, DesiredDirection direction) {
        List<Observation> values = observations(series).stream().filter(Observation::hasValue).toList();
        List<Observation> last = values.subList(Math.max(0, values.size() - periods), values.size());
        if (last.size() < 2) {
            return Trend.none(last.size());
        }
        double meanTime = last.stream().mapToDouble(Observation::time).average().orElseThrow();
        double meanValue = last.stream().mapToDouble(Observation::value).average().orElseThrow();
        double covariance = 0;
        double variance = 0;
        for (Observation o : last) {
            covariance += (o.time() - meanTime) * (o.value() - meanValue);
            variance += (o.time() - meanTime) * (o.time() - meanTime);
        }
        double slope = variance == 0 ? Double.NaN : covariance / variance;
        double relative = meanValue == 0 ? Double.NaN : slope / Math.abs(meanValue);
        return new Trend(last.size(), last.get(0).period(), last.get(last.size() - 1).period(), slope, relative,
                direction(slope, relative, direction));
    }

    private static TrendDirection direction(double slope, double relative, DesiredDirection desired) {
        if (Double.isNaN(slope) || desired == null || desired == DesiredDirection.NEUTRAL) {
            return TrendDirection.UNKNOWN;
        }
        if (Double.isNaN(relative) ? slope == 0 : Math.abs(relative) < STABLE_CHANGE) {
            return TrendDirection.STABLE;
        }
        boolean rising = slope > 0;
        return rising == (desired == DesiredDirection.HIGHER_IS_BETTER) ? TrendDirection.IMPROVING
                : TrendDirection.WORSENING;
    }

    /**
     * Progress from a baseline to a target at the latest observation: how much of the time has passed, how much of
     * the way is done, and whether that is on track (at least as far along the way as along the time).
     */
    public static TargetProgress progress(int baselineYear, double baselineValue, int targetYear, double targetValue,
            Observation latest) {
        double needed = targetValue - baselineValue;
        double achieved = latest.value() - baselineValue;
        double span = targetYear - baselineYear;
        double elapsed = span <= 0 ? 1 : Math.min(1, Math.max(0, (latest.time() - baselineYear) / span));
        boolean reached = needed >= 0 ? latest.value() >= targetValue : latest.value() <= targetValue;
        double done = needed == 0 ? (reached ? 1 : 0) : achieved / needed;
        boolean onTrack = reached || done >= elapsed - 1e-9;
        return new TargetProgress(baselineYear, baselineValue, targetYear, targetValue, latest, elapsed, done,
                baselineValue + needed * elapsed, targetValue - latest.value(), reached, onTrack);
    }

    /**
     * The progress of an organisation towards its target for the indicator, from its baseline (the baseline's value,
     * else the series value of the baseline year). Of several targets, the first whose year is not yet past at the
     * latest observation counts, else the last one.
     */
    public static Optional<TargetProgress> progress(Indicator indicator, String organisation) {
        Optional<Series> series = series(indicator, organisation);
        Optional<Observation> latest = series.flatMap(IndicatorAnalysis::latest);
        Optional<IndicatorTarget> target = latest.flatMap(l -> target(indicator, organisation, l.year()));
        Optional<Baseline> baseline = indicator.getBaselines().stream()
                .filter(b -> organisation.equals(b.getOrganisation())).findFirst();
        if (target.isEmpty() || baseline.isEmpty()) {
            return Optional.empty();
        }
        Double fixed = baseline.get().getValue();
        Optional<Double> baseValue = fixed != null ? Optional.of(fixed)
                : valueIn(series.get(), baseline.get().getYear()).map(Observation::value);
        return baseValue.map(value -> progress(baseline.get().getYear(), value, target.get().getYear(),
                target.get().getValue(), latest.get()));
    }

    /** The organisation's target that counts at a year (see {@link #progress(Indicator, String)}). */
    public static Optional<IndicatorTarget> target(Indicator indicator, String organisation, int year) {
        List<IndicatorTarget> targets = indicator.getTargets().stream()
                .filter(t -> organisation.equals(t.getOrganisation()))
                .sorted(Comparator.comparingInt(IndicatorTarget::getYear)).toList();
        return targets.stream().filter(t -> t.getYear() >= year).findFirst()
                .or(() -> targets.isEmpty() ? Optional.empty() : Optional.of(targets.get(targets.size() - 1)));
    }

    /**
     * The status. With a baseline and target: GOOD on track, WATCH behind but part of the way done, POOR otherwise.
     * With a target but no baseline: GOOD reached, WATCH improving, POOR otherwise. Without target: GOOD improving,
     * WATCH stable, POOR worsening. UNKNOWN without a latest value or when the trend cannot be judged.
     */
    public static Status status(Observation latest, Trend trend, TargetProgress progress, IndicatorTarget target,
            DesiredDirection direction) {
        if (latest == null) {
            return Status.UNKNOWN;
        }
        if (progress != null) {
            return progress.onTrack() ? Status.GOOD : progress.shareDone() > 0 ? Status.WATCH : Status.POOR;
        }
        if (target != null) {
            boolean higher = direction != DesiredDirection.LOWER_IS_BETTER;
            boolean reached = higher ? latest.value() >= target.getValue() : latest.value() <= target.getValue();
            return reached ? Status.GOOD : trend.direction() == TrendDirection.IMPROVING ? Status.WATCH : Status.POOR;
        }
        return switch (trend.direction()) {
            case IMPROVING -> Status.GOOD;
            case STABLE -> Status.WATCH;
            case WORSENING -> Status.POOR;
            case UNKNOWN -> Status.UNKNOWN;
        };
    }

    /** Assesses an indicator for an organisation with a trend over the last {@value #DEFAULT_TREND_PERIODS} values. */
    public static Assessment assess(Indicator indicator, String organisation) {
        return assess(indicator, organisation, DEFAULT_TREND_PERIODS);
    }

    public static Assessment assess(Indicator indicator, String organisation, int trendPeriods) {
        Optional<Series> series = series(indicator, organisation);
        Observation latest = series.flatMap(IndicatorAnalysis::latest).orElse(null);
        Trend trend = series.map(s -> trend(s, trendPeriods, indicator.getDirection())).orElse(Trend.none(0));
        TargetProgress progress = progress(indicator, organisation).orElse(null);
        IndicatorTarget target = latest == null ? null : target(indicator, organisation, latest.year()).orElse(null);
        Status status = status(latest, trend, progress, target, indicator.getDirection());
        return new Assessment(indicator, organisation, latest, trend, progress, status);
    }
}
