package no.redthread.indicators.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchPart;
import no.redthread.workspace.WorkspaceService;
import no.redthread.workspace.ui.WorkspaceWatch;

/**
 * Tiles for every indicator of the workspace that has data, grouped per theme or per SDG ({@link DashboardBar}):
 * status colour, latest value and a sparkline ({@link DashboardTiles}). Clicking a tile selects the indicator, so the
 * indicator view shows it. The filter shows one theme or SDG; a theme, SDG or SDG target selected anywhere in the
 * workbench ({@link DashboardFocus}) sets grouping and filter, other selections leave them as they are.
 */
final class DashboardPart implements WorkbenchPart {

    private final WorkspaceService workspaces;
    private final CatalogueService catalogue;
    private final PartSite site;
    private final DashboardState state;
    private DashboardBar bar;
    private DashboardTiles content;
    private final List<DashboardTile> tiles = new ArrayList<>();
    private final IndicatorChanges changes = new IndicatorChanges();

    DashboardPart(WorkspaceService workspaces, CatalogueService catalogue, PartSite site) {
        this.workspaces = workspaces;
        this.catalogue = catalogue;
        this.site = site;
        this.state = new DashboardState(new DashboardLabels(catalogue));
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayout bodyLayout = new GridLayout(5, false);
        bodyLayout.marginWidth = 0;
        bodyLayout.marginHeight = 0;
        body.setLayout(bodyLayout);
        bar = new DashboardBar(body, this::group, this::filter);
        content = new DashboardTiles(body, this::open, code -> RegionNames.of(catalogue, code));
        content.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
        new WorkspaceWatch(workspaces, content.control(), this::workspaceChanged);
        content.control().addDisposeListener(e -> changes.dispose());
        site.followSelection(this::follow);
        state.follow(site.currentSelection());
        changes.takeChanged(workspaces.current());
        refresh();
    }

    /** Rebuilds only when the indicator data changed, not on the workspace's other edits. */
    private void workspaceChanged() {
        if (changes.takeChanged(workspaces.current())) {
            refresh();
        }
    }

    /** A selection elsewhere: a theme or an SDG (target) sets grouping and filter; anything else changes nothing. */
    void follow(List<?> selection) {
        if (state.follow(selection)) {
            refresh();
        }
    }

    /** Groups per theme or per SDG (the radio buttons); a change clears the filter. */
    void group(DashboardGrouping grouping) {
        if (state.group(grouping)) {
            refresh();
        }
    }

    /** Shows only one group of the current grouping (a theme id or {@code sdg-N}), or all when null. */
    void filter(String group) {
        state.filter(group);
        refresh();
    }

    DashboardGrouping grouping() {
        return state.grouping();
    }

    String filterGroup() {
        return state.filter();
    }

    /** The filter's items as shown: "all", then the groups' names. */
    List<String> filterItems() {
        return bar.items();
    }

    String selectedFilterItem() {
        return bar.selectedItem();
    }

    /** The tiles shown, group by group. */
    List<DashboardTile> tiles() {
        return List.copyOf(tiles);
    }

    /** The groups' titles as shown, top to bottom. */
    List<String> groupTitles() {
        return content.titles();
    }

    /** The canvas of a tile of {@link #tiles()}, with its sparkline. */
    DashboardTileCanvas canvas(DashboardTile tile) {
        return content.canvas(tile);
    }

    String label(String group) {
        return state.label(group);
    }

    @Override
    public void setFocus() {
        content.control().setFocus();
    }

    /** Selects the tile's indicator (a click on the tile; tests). */
    void open(DashboardTile tile) {
        site.publishSelection(List.of(tile.indicator()));
    }

    private void refresh() {
        if (content.control().isDisposed()) {
            return;
        }
        List<DashboardTile> all = workspaces.current().map(w -> DashboardTile.of(w, state.grouping())).orElse(List.of());
        List<String> choices = state.choices(all);
        bar.show(state.grouping(), choices, state.choiceLabels(choices), state.filter());
        Map<String, List<DashboardTile>> shown = state.shown(all);
        tiles.clear();
        content.begin();
        if (all.isEmpty()) {
            content.message(Messages.get("dashboard.empty"));
        } else if (shown.isEmpty()) {
            content.message(Messages.get("dashboard.noneFor", state.label(state.filter())));
        }
        shown.forEach((group, groupTiles) -> {
            content.group(state.label(group), state.colour(group), groupTiles);
            tiles.addAll(groupTiles);
        });
        content.end();
        site.setStatusMessage(Messages.get("dashboard.label") + ": " + tiles.size());
    }
}
