package no.redthread.indicators.analysis;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.core.catalogue.ThemeEntry;
import no.redthread.indicators.model.Indicator;

/** Counts the statuses of assessments per theme, per dimension and per SDG. An indicator counts once per key. */
public final class RollUps {

    private RollUps() {
    }

    /** Per theme id of the indicators. */
    public static Map<String, RollUp> byTheme(Collection<Assessment> assessments) {
        return rollUp(assessments, a -> Set.copyOf(a.indicator().getThemeIds()));
    }

    /** Per dimension id, through the themes' dimensions (theme id to dimension id). */
    public static Map<String, RollUp> byDimension(Collection<Assessment> assessments,
            Map<String, String> dimensionOfTheme) {
        return rollUp(assessments, a -> a.indicator().getThemeIds().stream().map(dimensionOfTheme::get)
                .filter(d -> d != null).collect(Collectors.toSet()));
    }

    /** Per dimension id, with the catalogue's themes. */
    public static Map<String, RollUp> byDimension(Collection<Assessment> assessments, CatalogueService catalogue) {
        return byDimension(assessments, catalogue.themes().stream()
                .collect(Collectors.toMap(ThemeEntry::id, ThemeEntry::dimensionId)));
    }

    /** Per SDG ({@code sdg-1} to {@code sdg-17}, in goal order): the indicator's goals and its targets' goals. */
    public static Map<String, RollUp> bySdg(Collection<Assessment> assessments) {
        Map<String, RollUp> byNumber = rollUp(assessments, a -> goals(a.indicator()).stream()
                .map(n -> String.format("%02d", n)).collect(Collectors.toSet()));
        Map<String, RollUp> result = new LinkedHashMap<>();
        byNumber.forEach((number, rollUp) -> {
            String key = "sdg-" + Integer.parseInt(number);
            result.put(key, new RollUp(key, rollUp.good(), rollUp.watch(), rollUp.poor(), rollUp.unknown()));
        });
        return result;
    }

    /**
     * The SDG numbers an indicator measures: its goals and the goals of its target codes ("3.4" measures 3), each once
     * and in order; numbers outside 1 to 17 and codes that name no goal are left out.
     */
    public static Set<Integer> goals(Indicator indicator) {
        Set<Integer> goals = new TreeSet<>();
        indicator.getSdgGoals().stream().filter(goal -> goal != null && goal >= 1 && goal <= 17).forEach(goals::add);
        for (String code : indicator.getSdgTargetCodes()) {
            int goal = goalOf(code);
            if (goal > 0) {
                goals.add(goal);
            }
        }
        return goals;
    }

    /**
     * The goal a code names: a target code ({@code "3.4"}, {@code "1.a"}), a goal number ({@code "3"}) or a plan-model
     * id ({@code "sdg-3"}, {@code "sdg-3.4"}); 0 when it names none of the 17.
     */
    public static int goalOf(String code) {
        if (code == null) {
            return 0;
        }
        String text = code.trim();
        text = text.startsWith("sdg-") ? text.substring(4) : text;
        int dot = text.indexOf('.');
        text = dot >= 0 ? text.substring(0, dot) : text;
        if (text.isEmpty() || text.length() > 2 || !text.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        int goal = Integer.parseInt(text);
        return goal >= 1 && goal <= 17 ? goal : 0;
    }

    private static Map<String, RollUp> rollUp(Collection<Assessment> assessments,
            Function<Assessment, Set<String>> keys) {
        Map<String, RollUp> result = new TreeMap<>();
        for (Assessment assessment : assessments) {
            for (String key : keys.apply(assessment)) {
                result.merge(key, new RollUp(key, 0, 0, 0, 0).add(assessment.status()),
                        (a, b) -> a.add(assessment.status()));
            }
        }
        return result;
    }
}
