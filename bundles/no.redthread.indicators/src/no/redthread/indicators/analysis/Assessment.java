package no.redthread.indicators.analysis;

import no.redthread.indicators.model.Indicator;

/**
 * Where an indicator stands for one organisation.
 *
 * @param indicator the indicator
 * @param organisation the region code of the organisation
 * @param latest the latest observation with a value, or null
 * @param trend the trend of the last values
 * @param progress the progress towards the organisation's target, or null without target and baseline
 * @param status the status from target, trend and desired direction
 */
public record Assessment(Indicator indicator, String organisation, Observation latest, Trend trend,
        TargetProgress progress, Status status) {
}
