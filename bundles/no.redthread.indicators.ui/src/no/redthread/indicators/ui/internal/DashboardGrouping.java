package no.redthread.indicators.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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
            goals(indicator).forEach(goal -> groups.add(sdgKey(goal)));
        }
        return groups.isEmpty() ? List.of(NONE) : groups;
    }

    /** The SDG numbers an indicator serves: its goals and the goals of its target codes ("3.4" serves 3). */
    static Set<Integer> goals(Indicator indicator) {
        Set<Integer> goals = new TreeSet<>();
        indicator.getSdgGoals().stream().filter(g -> g != null && valid(g)).forEach(goals::add);
        for (String code : indicator.getSdgTargetCodes()) {
            int goal = goalOf(code);
            if (goal > 0) {
                goals.add(goal);
            }
        }
        return goals;
    }

    static String sdgKey(int goal) {
        return SDG_PREFIX + goal;
    }

    /**
     * The goal named by a target code ({@code "3.4"}, {@code "1.a"}), a goal number ({@code "3"}) or a plan-model
     * id ({@code "sdg-3"}, {@code "sdg-3.4"}); 0 when it names none of the 17.
     */
    static int goalOf(String code) {
        if (code == null) {
            return 0;
        }
        String text = code.trim();
        text = text.startsWith(SDG_PREFIX) ? text.substring(SDG_PREFIX.length()) : text;
        int dot = text.indexOf('.');
        text = dot >= 0 ? text.substring(0, dot) : text;
        if (text.isEmpty() || text.length() > 2 || !text.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        int goal = Integer.parseInt(text);
        return valid(goal) ? goal : 0;
    }

    private static boolean valid(int goal) {
        return goal >= 1 && goal <= 17;
    }
}
