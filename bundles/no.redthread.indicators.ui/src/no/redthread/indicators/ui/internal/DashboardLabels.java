package no.redthread.indicators.ui.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.core.catalogue.SdgEntry;
import no.redthread.core.catalogue.ThemeEntry;
import no.redthread.indicators.analysis.RollUps;

/**
 * Names, order and colours of the dashboard's groups from the catalogue: a theme by its name, an SDG as its number and
 * short name ("3 God helse og livskvalitet") with its UN colour. Works without a catalogue (names made from the ids).
 * No SWT.
 */
final class DashboardLabels {

    private final CatalogueService catalogue;

    DashboardLabels(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    /** The group's name in the UI language. */
    String label(DashboardGrouping grouping, String group) {
        if (group == null || group.isEmpty()) {
            return Messages.get(grouping == DashboardGrouping.SDG ? "dashboard.noSdg" : "dashboard.noTheme");
        }
        return grouping == DashboardGrouping.SDG ? sdgLabel(group) : themeLabel(group);
    }

    /** The theme's name from the catalogue, else made from its id ("theme-public-health" → "Public health"). */
    String themeLabel(String themeId) {
        Optional<ThemeEntry> entry = catalogue == null ? Optional.empty() : catalogue.theme(themeId);
        String name = entry.map(e -> english() ? e.nameEn() : e.nameNb()).orElse(null);
        if (name != null && !name.isEmpty()) {
            return name;
        }
        String label = themeId.startsWith("theme-") ? themeId.substring(6) : themeId;
        label = label.replace('-', ' ');
        return label.isEmpty() ? themeId : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    private String sdgLabel(String group) {
        int goal = RollUps.goalOf(group);
        String name = sdg(goal).map(e -> english() ? e.shortNameEn() : e.shortNameNb()).orElse(null);
        return name == null || name.isEmpty() ? Messages.get("dashboard.sdg", goal) : goal + " " + name;
    }

    /** The SDG's UN colour as {@code #RRGGBB}, if the group is an SDG the catalogue knows. */
    Optional<String> colour(DashboardGrouping grouping, String group) {
        return grouping == DashboardGrouping.SDG ? sdg(RollUps.goalOf(group)).map(SdgEntry::colour)
                : Optional.empty();
    }

    /**
     * The order of the groups: themes as the catalogue's frame lists them (unknown ones after, by id), SDGs by
     * number; the group without theme or SDG last.
     */
    Comparator<String> order(DashboardGrouping grouping) {
        List<String> themes = catalogue == null ? List.of() : catalogue.themes().stream().map(ThemeEntry::id).toList();
        Comparator<String> known = grouping == DashboardGrouping.SDG
                ? Comparator.comparingInt(RollUps::goalOf)
                : Comparator.comparingInt(id -> themes.contains(id) ? themes.indexOf(id) : themes.size());
        return Comparator.comparing(String::isEmpty).thenComparing(known).thenComparing(Comparator.naturalOrder());
    }

    private Optional<SdgEntry> sdg(int goal) {
        return catalogue == null || goal == 0 ? Optional.empty() : catalogue.sdg(goal);
    }

    private static boolean english() {
        return "en".equals(Locale.getDefault().getLanguage());
    }
}
