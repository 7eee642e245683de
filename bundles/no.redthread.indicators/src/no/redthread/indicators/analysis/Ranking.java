package no.redthread.indicators.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import no.redthread.indicators.Periods;
import no.redthread.indicators.model.DesiredDirection;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.Series;

/**
 * Organisations ranked on an indicator in one period, best first by the indicator's desired direction (highest first
 * when higher is better, lowest first when lower is better; highest first for neutral indicators, which have no
 * best). Equal values share a rank (1, 2, 2, 4).
 *
 * <p>The period is the focus organisation's latest period with a value, or without one the latest period any of the
 * organisations has. An organisation without a value in that period takes its latest earlier value (its row says
 * which period); one without any value up to then is listed in {@link #withoutValue()}.
 *
 * @param period the period compared, or null when no organisation has a value
 * @param entries the ranked organisations, best first
 * @param withoutValue the organisations without a value up to the period
 * @since 1.1
 */
public record Ranking(String period, List<Ranking.Entry> entries, List<String> withoutValue) {

    /**
     * One row of the ranking.
     *
     * @param rank 1 for the best
     * @param organisation the region code
     * @param value the value ranked
     * @param period the period of the value (earlier than the ranking's when the organisation has none for it)
     * @param status the organisation's status on the indicator ({@link IndicatorAnalysis#assess})
     */
    public record Entry(int rank, String organisation, double value, String period, Status status) {
    }

    public Ranking {
        entries = List.copyOf(entries);
        withoutValue = List.copyOf(withoutValue);
    }

    /** Ranks the organisations (region codes) on the indicator; {@code focus} may be null. */
    public static Ranking of(Indicator indicator, Collection<String> organisations, String focus) {
        String period = period(indicator, organisations, focus);
        List<Entry> unranked = new ArrayList<>();
        List<String> without = new ArrayList<>();
        for (String organisation : organisations) {
            Optional<Observation> value = period == null ? Optional.empty()
                    : IndicatorAnalysis.series(indicator, organisation).flatMap(s -> valueUpTo(s, period));
            if (value.isEmpty()) {
                without.add(organisation);
            } else {
                unranked.add(new Entry(0, organisation, value.get().value(), value.get().period(),
                        IndicatorAnalysis.assess(indicator, organisation).status()));
            }
        }
        Comparator<Entry> byValue = Comparator.comparingDouble(Entry::value);
        if (indicator.getDirection() != DesiredDirection.LOWER_IS_BETTER) {
            byValue = byValue.reversed();
        }
        unranked.sort(byValue.thenComparing(Entry::organisation));
        List<Entry> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            Entry entry = unranked.get(i);
            boolean tie = i > 0 && unranked.get(i - 1).value() == entry.value();
            int rank = tie ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Entry(rank, entry.organisation(), entry.value(), entry.period(), entry.status()));
        }
        return new Ranking(period, ranked, without);
    }

    /** The row of an organisation, if it is ranked. */
    public Optional<Entry> entry(String organisation) {
        return entries.stream().filter(e -> e.organisation().equals(organisation)).findFirst();
    }

    /** The position (0-based) of an organisation among the entries, or -1. */
    public int indexOf(String organisation) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).organisation().equals(organisation)) {
                return i;
            }
        }
        return -1;
    }

    private static String period(Indicator indicator, Collection<String> organisations, String focus) {
        if (focus != null) {
            Optional<Observation> own = IndicatorAnalysis.series(indicator, focus).flatMap(IndicatorAnalysis::latest);
            if (own.isPresent()) {
                return own.get().period();
            }
        }
        return organisations.stream().map(o -> IndicatorAnalysis.series(indicator, o).flatMap(IndicatorAnalysis::latest))
                .flatMap(Optional::stream).map(Observation::period).max(Periods::compare).orElse(null);
    }

    /** The value in the period, else the latest earlier one. */
    private static Optional<Observation> valueUpTo(Series series, String period) {
        Observation found = null;
        for (Observation observation : IndicatorAnalysis.observations(series)) {
            if (observation.hasValue() && Periods.compare(observation.period(), period) <= 0) {
                found = observation;
            }
        }
        return Optional.ofNullable(found);
    }
}
