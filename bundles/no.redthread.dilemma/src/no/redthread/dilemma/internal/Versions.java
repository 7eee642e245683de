package no.redthread.dilemma.internal;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.redthread.dilemma.Scenario;

/**
 * Merges the scenarios of all packs: where scenarios share an id, the higher version wins. On the same version the
 * one read first stays (the shipped scenario, else the pack installed earlier): a pack must raise the version to
 * replace a scenario, so an unchanged copy of a shipped scenario in a pack changes nothing.
 */
final class Versions {

    private static final Comparator<Scenario> BY_TITLE = Comparator.comparing(Scenario::title,
            Collator.getInstance(Locale.forLanguageTag("nb")));

    private Versions() {
    }

    /** The winning scenario per id, sorted by Norwegian title; {@code packs} with the shipped one first, then in bundle-id order. */
    static List<Scenario> merge(List<List<Scenario>> packs) {
        Map<String, Scenario> byId = new LinkedHashMap<>();
        for (List<Scenario> pack : packs) {
            for (Scenario scenario : pack) {
                byId.merge(scenario.id(), scenario, (earlier, later) -> later.version() > earlier.version() ? later : earlier);
            }
        }
        return byId.values().stream().sorted(BY_TITLE).toList();
    }
}
