package no.redthread.dilemma.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import no.redthread.dilemma.Perspective;
import no.redthread.dilemma.Scenario;

/**
 * What the library shows: every word typed must occur in the scenario's title, setting, questions, stakeholders or
 * perspectives; a theme, a dimension and real/drawn narrow it when chosen (null: any). No SWT here.
 *
 * @param text words, in any case
 * @param themeId a theme of the core frame, or null
 * @param dimensionId a dimension of the core frame, or null
 * @param kind real or drawn, or null
 */
record ScenarioFilter(String text, String themeId, String dimensionId, Scenario.Kind kind) {

    static final ScenarioFilter ALL = new ScenarioFilter("", null, null, null);

    ScenarioFilter {
        text = text == null ? "" : text.strip();
    }

    ScenarioFilter withText(String newText) {
        return new ScenarioFilter(newText, themeId, dimensionId, kind);
    }

    ScenarioFilter withTheme(String newThemeId) {
        return new ScenarioFilter(text, newThemeId, dimensionId, kind);
    }

    ScenarioFilter withDimension(String newDimensionId) {
        return new ScenarioFilter(text, themeId, newDimensionId, kind);
    }

    ScenarioFilter withKind(Scenario.Kind newKind) {
        return new ScenarioFilter(text, themeId, dimensionId, newKind);
    }

    List<Scenario> apply(List<Scenario> scenarios) {
        return scenarios.stream().filter(this::matches).toList();
    }

    boolean matches(Scenario scenario) {
        return (kind == null || scenario.kind() == kind)
                && (themeId == null || scenario.themeIds().contains(themeId))
                && (dimensionId == null || scenario.perspectives().stream().map(Perspective::dimensionId).anyMatch(dimensionId::equals))
                && containsEveryWord(scenario);
    }

    private boolean containsEveryWord(Scenario scenario) {
        if (text.isEmpty()) {
            return true;
        }
        String haystack = searchable(scenario);
        return Stream.of(text.toLowerCase(Locale.ROOT).split("\\s+")).allMatch(haystack::contains);
    }

    private static String searchable(Scenario scenario) {
        StringBuilder all = new StringBuilder().append(scenario.title()).append('\n').append(scenario.setting());
        scenario.questions().forEach(q -> all.append('\n').append(q));
        scenario.stakeholders().forEach(s -> all.append('\n').append(s.name()).append(' ').append(s.role()));
        scenario.perspectives().forEach(p -> all.append('\n').append(p.text()));
        return all.toString().toLowerCase(Locale.ROOT);
    }
}
