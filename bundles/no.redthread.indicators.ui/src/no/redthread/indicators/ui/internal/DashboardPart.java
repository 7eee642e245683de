package no.redthread.indicators.ui.internal;

import no.redthread.workspace.ui.WorkspaceWatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.indicators.analysis.Assessment;
import no.redthread.indicators.analysis.IndicatorAnalysis;
import no.redthread.indicators.analysis.Status;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.Series;
import no.redthread.model.plan.Theme;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchPart;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;

/**
 * Tiles per theme for every indicator of the workspace that has data: the status colour
 * (good/watch/poor from {@link IndicatorAnalysis}) and the latest value. Clicking a tile selects the
 * indicator, so the indicator view shows it. A theme chosen in the filter, or selected anywhere in the
 * workbench (a frame {@link Theme}), shows only that theme's tiles.
 */
final class DashboardPart implements WorkbenchPart {

    /** One tile: an indicator assessed for an organisation, under a theme. */
    record Tile(String theme, Indicator indicator, Assessment assessment) {
    }

    private final WorkspaceService workspaces;
    private final CatalogueService catalogue;
    private final PartSite site;
    private Combo themeCombo;
    private List<String> themeIds = List.of();
    private String themeFilter;
    private ScrolledComposite scroller;
    private Composite content;
    private final List<Tile> tiles = new ArrayList<>();
    private final Map<Tile, Composite> tileControls = new LinkedHashMap<>();

    DashboardPart(WorkspaceService workspaces, CatalogueService catalogue, PartSite site) {
        this.workspaces = workspaces;
        this.catalogue = catalogue;
        this.site = site;
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayout bodyLayout = new GridLayout(2, false);
        bodyLayout.marginWidth = 0;
        bodyLayout.marginHeight = 0;
        body.setLayout(bodyLayout);
        new Label(body, SWT.NONE).setText(Messages.get("dashboard.theme"));
        themeCombo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
        themeCombo.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        themeCombo.setVisibleItemCount(20);
        themeCombo.addListener(SWT.Selection, e -> {
            int index = themeCombo.getSelectionIndex();
            filter(index <= 0 || index > themeIds.size() ? null : themeIds.get(index - 1));
        });
        scroller = new ScrolledComposite(body, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.addListener(SWT.Resize, e -> resize());
        new WorkspaceWatch(workspaces, scroller, this::refresh);
        site.followSelection(selected -> {
            if (!selected.isEmpty() && selected.get(0) instanceof Theme theme) {
                filter(theme.getId()); // a theme selected elsewhere (Explorer, red thread) filters the tiles
            }
        });
        refresh();
    }


    /** Shows only the tiles of one theme (catalogue id), or all when null. */
    void filter(String themeId) {
        themeFilter = themeId;
        refresh();
    }

    String themeFilter() {
        return themeFilter;
    }

    @Override
    public void setFocus() {
        scroller.setFocus();
    }

    List<Tile> tiles() {
        return List.copyOf(tiles);
    }

    /** Simulates a click on a tile (used by the mouse listener and tests). */
    void open(Tile tile) {
        site.publishSelection(List.of(tile.indicator()));
    }

    static List<Tile> tilesOf(Workspace workspace) {
        List<Tile> result = new ArrayList<>();
        String own = IndicatorModel.organisation(workspace);
        for (Indicator indicator : IndicatorModel.indicators(workspace)) {
            if (indicator.getSeries().isEmpty()) {
                continue;
            }
            String organisation = own != null && IndicatorAnalysis.series(indicator, own).isPresent() ? own
                    : indicator.getSeries().get(0).getOrganisation();
            Assessment assessment = IndicatorAnalysis.assess(indicator, organisation);
            List<String> themes = indicator.getThemeIds().isEmpty() ? List.of("") : indicator.getThemeIds();
            for (String theme : themes) {
                result.add(new Tile(theme, indicator, assessment));
            }
        }
        return result;
    }

    private void refresh() {
        if (scroller.isDisposed()) {
            return;
        }
        if (content != null) {
            content.dispose();
        }
        tiles.clear();
        tileControls.clear();
        List<Tile> all = workspaces.current().map(DashboardPart::tilesOf).orElse(List.of());
        themeIds = all.stream().map(Tile::theme).filter(t -> !t.isEmpty()).distinct().sorted().toList();
        List<String> items = new ArrayList<>();
        items.add(Messages.get("dashboard.allThemes"));
        themeIds.forEach(id -> items.add(themeLabel(id)));
        themeCombo.setItems(items.toArray(String[]::new));
        themeCombo.select(themeFilter == null ? 0 : themeIds.indexOf(themeFilter) + 1);
        all.stream().filter(t -> themeFilter == null || themeFilter.equals(t.theme())).forEach(tiles::add);
        content = new Composite(scroller, SWT.NONE);
        content.setLayout(new GridLayout(1, false));
        if (all.isEmpty()) {
            new Label(content, SWT.WRAP).setText(Messages.get("dashboard.empty"));
        } else if (tiles.isEmpty()) {
            new Label(content, SWT.WRAP).setText(Messages.get("dashboard.noneForTheme", themeLabel(themeFilter)));
        }
        Map<String, List<Tile>> byTheme = new LinkedHashMap<>();
        tiles.stream().sorted((a, b) -> a.theme().compareTo(b.theme()))
                .forEach(tile -> byTheme.computeIfAbsent(tile.theme(), k -> new ArrayList<>()).add(tile));
        byTheme.forEach((theme, themeTiles) -> {
            Group group = new Group(content, SWT.NONE);
            group.setText(theme.isEmpty() ? Messages.get("dashboard.noTheme") : themeLabel(theme));
            group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            RowLayout layout = new RowLayout(SWT.HORIZONTAL);
            layout.wrap = true;
            layout.spacing = 6;
            group.setLayout(layout);
            themeTiles.forEach(tile -> tileControls.put(tile, tile(group, tile)));
        });
        scroller.setContent(content);
        resize();
        site.setStatusMessage(Messages.get("dashboard.label") + ": " + tiles.size());
    }

    /** The theme's name from the catalogue in the UI language, else made from its id. */
    String themeLabel(String themeId) {
        if (catalogue != null) {
            var entry = catalogue.theme(themeId);
            if (entry.isPresent()) {
                boolean english = "en".equals(Locale.getDefault().getLanguage());
                String name = english ? entry.get().nameEn() : entry.get().nameNb();
                if (name != null && !name.isEmpty()) {
                    return name;
                }
            }
        }
        String label = themeId.startsWith("theme-") ? themeId.substring(6) : themeId;
        label = label.replace('-', ' ');
        return label.isEmpty() ? themeId : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    private Composite tile(Composite parent, Tile tile) {
        Composite box = new Composite(parent, SWT.BORDER);
        box.setLayoutData(new RowData(220, SWT.DEFAULT));
        box.setLayout(new GridLayout(1, false));
        Color colour = colour(box, tile.assessment().status());
        box.setBackground(colour);
        Label name = new Label(box, SWT.WRAP);
        name.setText(IndicatorModel.name(tile.indicator()));
        name.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Label value = new Label(box, SWT.WRAP);
        var latest = tile.assessment().latest();
        value.setText(Messages.get("status." + tile.assessment().status().name()) + " \u2013 "
                + (latest == null ? Messages.get("dashboard.noData")
                        : Messages.get("dashboard.latest", IndicatorPart.format(latest.value()), latest.period()))
                + "  [" + tile.assessment().organisation() + "]");
        value.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Listener click = e -> open(tile);
        for (Control control : new Control[] { box, name, value }) {
            control.setBackground(colour);
            control.addListener(SWT.MouseUp, click);
            control.setCursor(box.getDisplay().getSystemCursor(SWT.CURSOR_HAND));
        }
        box.setToolTipText(tile.indicator().getSeries().stream().map(Series::getOrganisation).limit(10).toList().toString());
        return box;
    }

    static Color colour(Control control, Status status) {
        return switch (status) {
            case GOOD -> new Color(200, 235, 200);
            case WATCH -> new Color(250, 235, 170);
            case POOR -> new Color(245, 195, 190);
            default -> control.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND);
        };
    }

    private void resize() {
        if (content == null || content.isDisposed()) {
            return;
        }
        int width = Math.max(200, scroller.getClientArea().width);
        Point size = content.computeSize(width, SWT.DEFAULT);
        scroller.setMinSize(size);
        content.layout(true, true);
    }
}
