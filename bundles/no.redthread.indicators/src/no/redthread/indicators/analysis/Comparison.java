package no.redthread.indicators.analysis;

import java.util.Optional;

import no.redthread.indicators.model.DesiredDirection;
import no.redthread.indicators.model.Indicator;

/**
 * A municipality's value beside those of its county, the country and its KOSTRA group, all for the same period:
 * the municipality's latest period with a value. A reference without a value for that period is NaN.
 *
 * @param period the period compared, or null if the municipality has no value
 * @param own the municipality's value
 * @param county the county's value
 * @param country the country's value
 * @param kostraGroup the KOSTRA group's value
 * @param direction the indicator's desired direction
 */
public record Comparison(String period, double own, double county, double country, double kostraGroup,
        DesiredDirection direction) {

    /** The references a municipality is compared with. */
    public enum Reference { COUNTY, COUNTRY, KOSTRA_GROUP }

    /** Compares the municipality of the scope with its references. */
    public static Comparison of(Indicator indicator, ComparisonScope scope) {
        Optional<Observation> latest = IndicatorAnalysis.series(indicator, scope.municipality())
                .flatMap(IndicatorAnalysis::latest);
        if (latest.isEmpty()) {
            return new Comparison(null, Double.NaN, Double.NaN, Double.NaN, Double.NaN, indicator.getDirection());
        }
        String period = latest.get().period();
        return new Comparison(period, latest.get().value(), valueOf(indicator, scope.county(), period),
                valueOf(indicator, scope.country(), period), valueOf(indicator, scope.kostraGroup(), period),
                indicator.getDirection());
    }

    private static double valueOf(Indicator indicator, String region, String period) {
        if (region == null) {
            return Double.NaN;
        }
        return IndicatorAnalysis.series(indicator, region).stream()
                .flatMap(series -> IndicatorAnalysis.observations(series).stream())
                .filter(o -> o.period().equals(period)).mapToDouble(Observation::value).findFirst()
                .orElse(Double.NaN);
    }

    /** The value of a reference. */
    public double value(Reference reference) {
        return switch (reference) {
            case COUNTY -> county;
            case COUNTRY -> country;
            case KOSTRA_GROUP -> kostraGroup;
        };
    }

    /** The municipality's value minus the reference's; NaN if either is missing. */
    public double difference(Reference reference) {
        return own - value(reference);
    }

    /**
     * Whether the municipality does better than the reference given the desired direction; empty if either value
     * is missing, the two are equal, or the indicator has no desired direction.
     */
    public Optional<Boolean> better(Reference reference) {
        double difference = difference(reference);
        if (Double.isNaN(difference) || difference == 0 || direction == DesiredDirection.NEUTRAL) {
            return Optional.empty();
        }
        return Optional.of(difference > 0 == (direction == DesiredDirection.HIGHER_IS_BETTER));
    }
}
