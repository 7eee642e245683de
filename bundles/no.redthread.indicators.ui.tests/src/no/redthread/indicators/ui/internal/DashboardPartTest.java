package no.redthread.indicators.ui.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.demo.DemoPlanSystem;
import no.redthread.indicators.model.DesiredDirection;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.IndicatorSet;
import no.redthread.indicators.model.IndicatorsFactory;
import no.redthread.indicators.model.IndicatorsPackage;
import no.redthread.indicators.model.Series;
import no.redthread.model.plan.Frame;
import no.redthread.model.plan.PlanPackage;
import no.redthread.model.plan.Sdg;
import no.redthread.model.plan.SdgTarget;
import no.redthread.model.plan.Theme;

/**
 * The dashboard under Xvfb in bokmål: grouping per SDG (an indicator under each goal it serves), the filter, the
 * linked selection of a plan-model Sdg, SdgTarget and Theme, and the tiles' sparklines.
 */
class DashboardPartTest {

    @TempDir
    Path folder;

    private ViewFixture fixture;
    private Locale locale;
    private IndicatorSet set;
    /** Targets 3.4 and 11.6, a theme, twelve years rising: SDGs 3 and 11. */
    private Indicator health;
    /** Goal 13 and target 13.2 (once under 13), another theme, one value: no sparkline. */
    private Indicator climate;
    /** Neither SDG nor theme, three periods of which the middle one has no value. */
    private Indicator plain;

    @BeforeEach
    void openTheDemo() throws Exception {
        locale = Locale.getDefault();
        Locale.setDefault(Locale.of("nb", "NO"));
        fixture = new ViewFixture(folder);
        fixture.selection.publish("test", List.of()); // the selection service outlives a test: start from nothing
        set = IndicatorsFactory.eINSTANCE.createIndicatorSet();
        set.setId("test-dashboard");
        set.setNameNb("Testsett for oversikten");
        String themeA = fixture.catalogue.themes().get(0).id();
        String themeB = fixture.catalogue.themes().get(1).id();
        health = indicator("t-health", List.of(themeA), List.of("3.4", "11.6"), List.of(), years(2012, 12),
                new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 });
        climate = indicator("t-climate", List.of(themeB), List.of("13.2"), List.of(13), years(2023, 1), new double[] { 4 });
        plain = indicator("t-plain", List.of(), List.of(), List.of(), years(2021, 3), new double[] { 5, Double.NaN, 7 });
        indicator("t-empty", List.of(themeA), List.of("3.1"), List.of(), new String[0], new double[0]);
        fixture.workspace.commandStack().execute(AddCommand.create(fixture.workspace.editingDomain(),
                IndicatorModel.root(fixture.workspace).orElseThrow(), IndicatorsPackage.Literals.INDICATOR_WORKSPACE__SETS, set));
    }

    @AfterEach
    void close() {
        fixture.close();
        Locale.setDefault(locale);
    }

    private Indicator indicator(String id, List<String> themes, List<String> targets, List<Integer> goals,
            String[] periods, double[] values) {
        Indicator indicator = IndicatorsFactory.eINSTANCE.createIndicator();
        indicator.setId(id);
        indicator.setNameNb(id);
        indicator.setDirection(DesiredDirection.HIGHER_IS_BETTER);
        indicator.getThemeIds().addAll(themes);
        indicator.getSdgTargetCodes().addAll(targets);
        indicator.getSdgGoals().addAll(goals);
        if (periods.length > 0) {
            Series series = IndicatorsFactory.eINSTANCE.createSeries();
            series.setOrganisation(DemoPlanSystem.MUNICIPALITY_NUMBER);
            series.setPeriods(periods);
            series.setValues(values);
            indicator.getSeries().add(series);
        }
        set.getIndicators().add(indicator);
        return indicator;
    }

    private static String[] years(int first, int count) {
        String[] years = new String[count];
        for (int i = 0; i < count; i++) {
            years[i] = Integer.toString(first + i);
        }
        return years;
    }

    private DashboardPart open() {
        DashboardPart part = new DashboardPart(fixture.workspaces, fixture.catalogue, fixture.site(DashboardDescriptor.ID));
        part.createControl(fixture.shell);
        fixture.shell.layout(true, true);
        fixture.shell.open();
        fixture.flush();
        return part;
    }

    /** The groups of an indicator's tiles as shown. */
    private static Set<String> groupsOf(DashboardPart part, Indicator indicator) {
        return part.tiles().stream().filter(t -> t.indicator() == indicator).map(DashboardTile::group)
                .collect(Collectors.toSet());
    }

    private static <T extends Control> T find(Composite parent, Class<T> type, String text) {
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child) && (text == null || text.equals(child instanceof Button b ? b.getText() : null))) {
                return type.cast(child);
            }
            if (child instanceof Composite composite) {
                T found = find(composite, type, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private Frame frame() {
        return fixture.workspace.planSystem().orElseThrow().getFrame();
    }

    @Test
    void perSdgTheTilesAreGroupedUnderTheGoalsTheyServe() {
        DashboardPart part = open();
        assertEquals(DashboardGrouping.THEME, part.grouping());
        String themeA = fixture.catalogue.themes().get(0).id();
        assertEquals(Set.of(themeA), groupsOf(part, health));
        assertTrue(part.groupTitles().contains(fixture.catalogue.themes().get(0).nameNb()), part.groupTitles().toString());

        Button bySdg = find(fixture.shell, Button.class, "B\u00e6rekraftsm\u00e5l");
        assertNotNull(bySdg, "a radio button per grouping");
        bySdg.setSelection(true);
        bySdg.notifyListeners(SWT.Selection, null);
        fixture.flush();
        assertEquals(DashboardGrouping.SDG, part.grouping());
        assertEquals(Set.of("sdg-3", "sdg-11"), groupsOf(part, health), "under each goal of its targets");
        assertEquals(Set.of("sdg-13"), groupsOf(part, climate), "goal 13 and target 13.2 give one tile");
        assertEquals(Set.of(""), groupsOf(part, plain));
        assertTrue(part.tiles().stream().noneMatch(t -> t.indicator().getId().equals("t-empty")), "no data, no tile");
        List<String> titles = part.groupTitles();
        assertEquals(List.of("3 God helse og livskvalitet", "11 B\u00e6rekraftige byer og lokalsamfunn",
                "13 Stoppe klimaendringene", "Uten b\u00e6rekraftsm\u00e5l"), titles.stream()
                        .filter(t -> t.startsWith("3 ") || t.startsWith("11 ") || t.startsWith("13 ") || t.startsWith("Uten"))
                        .toList(), "SDG headers in goal order, those without SDG last");
        List<String> items = part.filterItems();
        assertEquals("Alle b\u00e6rekraftsm\u00e5l", items.get(0));
        assertTrue(items.indexOf("3 God helse og livskvalitet") > 0
                && items.indexOf("3 God helse og livskvalitet") < items.indexOf("13 Stoppe klimaendringene"), items.toString());

        Combo combo = find(fixture.shell, Combo.class, null);
        combo.select(items.indexOf("11 B\u00e6rekraftige byer og lokalsamfunn"));
        combo.notifyListeners(SWT.Selection, null);
        assertEquals("sdg-11", part.filterGroup());
        assertEquals(List.of(health), part.tiles().stream().map(DashboardTile::indicator).distinct().toList());
        assertEquals(List.of("11 B\u00e6rekraftige byer og lokalsamfunn"), part.groupTitles());

        Button byTheme = find(fixture.shell, Button.class, "Tema");
        bySdg.setSelection(false);
        byTheme.setSelection(true);
        byTheme.notifyListeners(SWT.Selection, null);
        assertEquals(DashboardGrouping.THEME, part.grouping());
        assertNull(part.filterGroup(), "a new grouping shows all");
        assertEquals("Alle tema", part.filterItems().get(0));
        assertEquals(Set.of(themeA), groupsOf(part, health));
    }

    @Test
    void aSelectedSdgOrSdgTargetFiltersTheDashboard() {
        DashboardPart part = open();
        Sdg eleven = frame().getSdgs().stream().filter(s -> s.getNumber() == 11).findFirst().orElseThrow();
        fixture.selection.publish("test", List.of(eleven));
        fixture.flush();
        assertEquals(DashboardGrouping.SDG, part.grouping(), "an SDG switches to per-SDG grouping");
        assertEquals("sdg-11", part.filterGroup());
        assertEquals(List.of(health), part.tiles().stream().map(DashboardTile::indicator).distinct().toList());
        assertEquals("11 B\u00e6rekraftige byer og lokalsamfunn", part.selectedFilterItem());

        SdgTarget target = frame().getSdgs().stream().flatMap(s -> s.getTargets().stream())
                .filter(t -> "13.2".equals(t.getCode())).findFirst().orElseThrow();
        fixture.selection.publish("test", List.of(target));
        fixture.flush();
        assertEquals("sdg-13", part.filterGroup(), "a target filters its goal");
        assertEquals(List.of(climate), part.tiles().stream().map(DashboardTile::indicator).distinct().toList());

        fixture.selection.publish("test", List.of(health));
        fixture.flush();
        assertEquals("sdg-13", part.filterGroup(), "a selection without theme or SDG changes nothing");

        Sdg one = frame().getSdgs().stream().filter(s -> s.getNumber() == 1).findFirst().orElseThrow();
        fixture.selection.publish("test", List.of(one));
        fixture.flush();
        assertTrue(part.tiles().isEmpty(), "no indicator serves SDG 1");
        assertEquals("1 Utrydde fattigdom", part.selectedFilterItem(), "the filter names it even without data");

        Theme theme = frame().getDimensions().stream().flatMap(d -> d.getThemes().stream())
                .filter(t -> t.getId().equals(fixture.catalogue.themes().get(1).id())).findFirst().orElseThrow();
        fixture.selection.publish("test", List.of(theme));
        fixture.flush();
        assertEquals(DashboardGrouping.THEME, part.grouping(), "a theme switches back to themes");
        assertEquals(List.of(climate), part.tiles().stream().map(DashboardTile::indicator).distinct().toList());

        Combo combo = find(fixture.shell, Combo.class, null);
        combo.select(0);
        combo.notifyListeners(SWT.Selection, null);
        assertNull(part.filterGroup(), "the filter's first item clears it");
        assertEquals(Set.of(health, climate, plain), part.tiles().stream().map(DashboardTile::indicator)
                .filter(i -> i.eContainer() == set).collect(Collectors.toSet()));

        fixture.selection.publish("test", List.of(target));
        DashboardPart second = open();
        assertEquals("sdg-13", second.filterGroup(), "a dashboard opened later starts from the current selection");
    }

    @Test
    void theSparklineShowsTheLastTenValuesAndMarksTheLatest() {
        DashboardPart part = open();
        DashboardTile tile = part.tiles().stream().filter(t -> t.indicator() == health).findFirst().orElseThrow();
        DashboardTileCanvas canvas = part.canvas(tile);
        assertNotNull(canvas);
        assertTrue(canvas.text().startsWith("t-health\n"), canvas.text());
        assertTrue(canvas.text().contains("Siste 12 (2023)"), canvas.text());
        Sparkline sparkline = canvas.sparkline();
        assertArrayEquals(new double[] { 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 }, sparkline.values(), "the last ten of twelve");
        assertEquals(12, sparkline.latest());
        assertEquals(tile.assessment().latest().value(), sparkline.latest(), "the tile's latest value");
        Rectangle area = canvas.sparklineArea();
        Rectangle client = canvas.control().getClientArea();
        assertTrue(area.width > 150 && area.height == Sparkline.HEIGHT, "laid out in the tile: " + area);
        assertEquals(client.height - DashboardTileCanvas.PADDING, area.y + area.height, "at the bottom of the tile");
        List<Point> points = canvas.sparklinePoints();
        assertEquals(10, points.size());
        for (int i = 1; i < points.size(); i++) {
            assertTrue(points.get(i).x > points.get(i - 1).x && points.get(i).y < points.get(i - 1).y, points.toString());
        }
        Point latest = points.get(9);
        assertEquals(area.x + area.width - Sparkline.MARGIN, latest.x, "the latest value at the right");
        assertEquals(area.y + Sparkline.MARGIN, latest.y, "the highest value at the top");
        assertTrue(canvas.control().getToolTipText().endsWith("2023: 12"), canvas.control().getToolTipText());

        DashboardTile one = part.tiles().stream().filter(t -> t.indicator() == climate).findFirst().orElseThrow();
        assertEquals(0, part.canvas(one).sparklinePoints().size(), "one value draws nothing");
        assertEquals(4, part.canvas(one).sparkline().latest());
        DashboardTile gap = part.tiles().stream().filter(t -> t.indicator() == plain).findFirst().orElseThrow();
        assertArrayEquals(new double[] { 5, 7 }, part.canvas(gap).sparkline().values(), "a period without value is skipped");
        assertEquals(2, part.canvas(gap).sparklinePoints().size());
    }

    @Test
    void theSparklineIsPaintedWithItsLatestPointMarked() {
        DashboardPart part = open();
        DashboardTile tile = part.tiles().stream().filter(t -> t.indicator() == health).findFirst().orElseThrow();
        Sparkline sparkline = part.canvas(tile).sparkline();
        SparklineDrawing drawn = SparklineDrawing.of(fixture.display, sparkline, 200, Sparkline.HEIGHT);
        Point latest = sparkline.points(drawn.area()).get(9);
        assertEquals(Sparkline.MARK_COLOUR.getRGB(), drawn.rgb(latest.x, latest.y), "the latest point is marked");
        Point first = sparkline.points(drawn.area()).get(0);
        assertTrue(drawn.dark(first.x, first.y), "the line starts at the oldest value");
        assertEquals(SparklineDrawing.WHITE, drawn.rgb(first.x, Sparkline.MARGIN), "nothing above the line's start");
        DashboardTile one = part.tiles().stream().filter(t -> t.indicator() == climate).findFirst().orElseThrow();
        assertEquals(0, SparklineDrawing.of(fixture.display, part.canvas(one).sparkline(), 200, Sparkline.HEIGHT).darkPixels(),
                "one value: nothing drawn");

        SparklineDrawing tileImage = SparklineDrawing.print(fixture.display, part.canvas(tile).control());
        int border = part.canvas(tile).control().getBorderWidth();
        Point onCanvas = part.canvas(tile).sparklinePoints().get(9);
        assertEquals(Sparkline.MARK_COLOUR.getRGB(), tileImage.rgb(onCanvas.x + border, onCanvas.y + border),
                "the tile's canvas paints the mark");
        assertEquals(DashboardTileCanvas.GOOD.getRGB(), tileImage.rgb(border + 1, tileImage.area().height - border - 2),
                "in the status colour (rising, no target: good)");
    }

    @Test
    void aHundredAndFiftyTilesWithSparklines() {
        set = IndicatorsFactory.eINSTANCE.createIndicatorSet();
        set.setId("test-dashboard-many");
        for (int i = 0; i < 150; i++) {
            double[] values = new double[20];
            for (int j = 0; j < values.length; j++) {
                values[j] = Math.sin(i + j);
            }
            indicator("t-many-" + i, List.of(), List.of((i % 17 + 1) + ".1"), List.of(), years(2004, 20), values);
        }
        fixture.workspace.commandStack().execute(AddCommand.create(fixture.workspace.editingDomain(),
                IndicatorModel.root(fixture.workspace).orElseThrow(), IndicatorsPackage.Literals.INDICATOR_WORKSPACE__SETS, set));
        long start = System.nanoTime();
        DashboardPart part = open();
        long opened = System.nanoTime();
        part.group(DashboardGrouping.SDG);
        fixture.flush();
        long regrouped = System.nanoTime();
        List<DashboardTile> many = new ArrayList<>(part.tiles().stream()
                .filter(t -> t.indicator().getId().startsWith("t-many-")).toList());
        assertEquals(150, many.size());
        assertTrue(many.stream().allMatch(t -> part.canvas(t).sparklinePoints().size() == DashboardTile.SPARKLINE_VALUES));
        System.out.printf("Dashboard with %d tiles: opened in %d ms, regrouped per SDG in %d ms%n", part.tiles().size(),
                (opened - start) / 1_000_000, (regrouped - opened) / 1_000_000);
    }

    @Test
    void onlyAChangeOfTheIndicatorDataRebuildsTheTiles() {
        DashboardPart part = open();
        DashboardTile tile = part.tiles().stream().filter(t -> t.indicator() == health).findFirst().orElseThrow();
        DashboardTileCanvas before = part.canvas(tile);

        var system = fixture.workspace.planSystem().orElseThrow();
        fixture.workspace.commandStack().execute(SetCommand.create(fixture.workspace.editingDomain(), system,
                PlanPackage.Literals.PLAN_SYSTEM__NAME, "Et annet navn"));
        fixture.flush();
        assertTrue(!before.control().isDisposed() && part.canvas(tile) == before,
                "another edit leaves the tiles as they are");

        fixture.workspace.commandStack().execute(SetCommand.create(fixture.workspace.editingDomain(), health,
                IndicatorsPackage.Literals.INDICATOR__NAME_NB, "Helse, nytt navn"));
        fixture.flush();
        assertTrue(before.control().isDisposed(), "an indicator's change rebuilds them");
        fixture.workspace.commandStack().undo();
        fixture.flush();
        assertEquals(health.getNameNb(), part.tiles().stream().filter(t -> t.indicator() == health).findFirst()
                .orElseThrow().indicator().getNameNb());
    }
}
