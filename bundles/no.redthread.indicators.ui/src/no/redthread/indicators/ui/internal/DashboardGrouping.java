package no.redthread.indicators.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import no.redthread.indicators.analysis.RollUps;
import no.redthread.indicators.model.Indicator;

/**
 * How the dashboard groups its tiles: per theme (the indicator's theme ids, e.g. {@code theme-housing}) or per SDG
 * ({@code sdg-1} to {@code sdg-17}: the indicator's goals and the goals of its SDG target codes). An indicator has a
 * tile in each of its groups; one without any is under {@link #NONE}. No SWT.
 */
enum DashboardGrouping {
    THEME, SDG;

    /** The group of indicators without a theme (or without an SDG). */
    static final String NONE = "";

    /** The prefix of SDG group keys, as the plan model's {@code Sdg} ids ({@code sdg-3}). */
    static final String SDG_PREFIX = "sdg-";

    /** The groups of an indicator, each once; {@link #NONE} when it has none. */
    List<String> groupsOf(Indicator indicator) {
        List<String> groups = new ArrayList<>();
        if (this == THEME) {
            Set<String> themes = new LinkedHashSet<>(indicator.getThemeIds());
            themes.stream().filter(t -> t != null && !t.isBlank()).forEach(groups::add);
        } else {
            RollUps.goals(indicator).forEach(goal -> groups.add(sdgKey(goal)));
        }
        return groups.isEmpty() ? List.of(NONE) : groups;
    }

    static String sdgKey(int goal) {
        return SDG_PREFIX + goal;
    }
}
