package no.redthread.indicators.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's grouping (per theme or per SDG) and filter (one group, or all), and what they make of the tiles:
 * the groups to choose from and the groups shown in order. No SWT.
 */
final class DashboardState {

    private DashboardGrouping grouping = DashboardGrouping.THEME;
    private String filter;
    private final DashboardLabels labels;

    DashboardState(DashboardLabels labels) {
        this.labels = labels;
    }

    DashboardGrouping grouping() {
        return grouping;
    }

    /** The group shown alone (a theme id or {@code sdg-N}), or null for all. */
    String filter() {
        return filter;
    }

    /** Changes the grouping; a change clears the filter. True when it changed. */
    boolean group(DashboardGrouping value) {
        if (value == grouping) {
            return false;
        }
        grouping = value;
        filter = null;
        return true;
    }

    void filter(String group) {
        filter = group;
    }

    /** Takes grouping and filter from a selection that names a theme or an SDG; true when it did. */
    boolean follow(List<?> selection) {
        DashboardFocus focus = DashboardFocus.of(selection);
        if (focus == null) {
            return false;
        }
        grouping = focus.grouping();
        filter = focus.group();
        return true;
    }

    /** The groups to filter by, in order: those of the tiles, and the filter's even without tiles ("" not). */
    List<String> choices(List<DashboardTile> all) {
        List<String> groups = new ArrayList<>(all.stream().map(DashboardTile::group).distinct().toList());
        if (filter != null && !groups.contains(filter)) {
            groups.add(filter);
        }
        groups.sort(labels.order(grouping));
        return groups.stream().filter(g -> !g.isEmpty()).toList();
    }

    /** The filter's items: "all" and the choices' names. */
    List<String> choiceLabels(List<String> choices) {
        List<String> items = new ArrayList<>();
        items.add(Messages.get(grouping == DashboardGrouping.SDG ? "dashboard.allSdgs" : "dashboard.allThemes"));
        choices.forEach(group -> items.add(labels.label(grouping, group)));
        return items;
    }

    /** The tiles the filter lets through, per group in order (the group without theme or SDG last). */
    Map<String, List<DashboardTile>> shown(List<DashboardTile> all) {
        Comparator<String> order = labels.order(grouping);
        List<DashboardTile> sorted = all.stream().filter(t -> filter == null || filter.equals(t.group()))
                .sorted((a, b) -> order.compare(a.group(), b.group())).toList();
        Map<String, List<DashboardTile>> shown = new LinkedHashMap<>();
        sorted.forEach(tile -> shown.computeIfAbsent(tile.group(), g -> new ArrayList<>()).add(tile));
        return shown;
    }

    String label(String group) {
        return labels.label(grouping, group);
    }

    String colour(String group) {
        return labels.colour(grouping, group).orElse(null);
    }
}
