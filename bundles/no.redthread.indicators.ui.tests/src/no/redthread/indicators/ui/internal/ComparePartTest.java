package no.redthread.indicators.ui.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.indicators.RegionCodes;
import no.redthread.indicators.analysis.IndicatorAnalysis;
import no.redthread.indicators.analysis.PeerGroup;
import no.redthread.indicators.analysis.Ranking;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.Series;

/**
 * The compare view under Xvfb: ranking order, highlight of the selected municipality in chart and table, the peer
 * choices (county, KOSTRA group from an imported KLASS file) and the comparison row; the indicator view's peers.
 */
class ComparePartTest {

    /** Trøndelag (50) and two others; the county, the country and a KOSTRA group as references. */
    static final List<String> REGIONS = List.of("5025", "5001", "5006", "5014", "5021", "5026", "3101", "4601", "50", "0",
            "EKG01");
    /** 2022 and 2023 per region; the 2023 order (higher is better) is 5001, 3101, 5014, 5026, 5025, 4601, 5006, 5021. */
    static final double[] VALUES = { 78, 80, 94, 95, 71, 70, 86, 88, 61, 60, 84, 85, 89, 90, 74, 75, 83, 84, 82, 83,
        77, 79 };
    /**
     * An INVENTED membership in KLASS's correspondence layout (not SSB's KOSTRA grouping): Røros, Holtålen, Oppdal and
     * Bergen in EKG01.
     */
    static final String INVENTED_GROUPS = "\"sourceCode\";\"sourceName\";\"sourceShortName\";\"targetCode\";\"targetName\"\n"
            + "\"5025\";\"Rosse - Røros\";\"\";\"EKG01\";\"Oppdiktet testgruppe\"\n"
            + "\"5026\";\"Holtålen\";\"\";\"EKG01\";\"Oppdiktet testgruppe\"\n"
            + "\"5021\";\"Oppdal\";\"\";\"EKG01\";\"Oppdiktet testgruppe\"\n"
            + "\"4601\";\"Bergen\";\"\";\"EKG01\";\"Oppdiktet testgruppe\"\n";

    @TempDir
    Path folder;

    private ViewFixture fixture;
    private Indicator indicator;

    @BeforeEach
    void importData() throws Exception {
        fixture = new ViewFixture(folder);
        indicator = fixture.importInto(ViewFixture.jsonStat(folder, "compare.json", REGIONS, List.of("2022", "2023"), VALUES));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private ComparePart openCompare() {
        ComparePart part = new ComparePart(fixture.workspaces, fixture.catalogue, fixture.site(CompareDescriptor.ID));
        part.createControl(fixture.shell);
        fixture.shell.open();
        return part;
    }

    private static List<String> order(ComparePart part) {
        return part.ranking().entries().stream().map(Ranking.Entry::organisation).toList();
    }

    @Test
    void aSelectedIndicatorIsRankedBestFirstWithTheOwnMunicipalityHighlighted() {
        ComparePart part = openCompare();
        fixture.selection.publish("test", List.of(indicator));
        fixture.flush();
        assertEquals(List.of("5001", "3101", "5014", "5026", "5025", "4601", "5006", "5021"), order(part),
                "municipalities only, highest first");
        assertEquals("2023", part.ranking().period());
        ISeries<?> peers = part.chart().chart().getSeriesSet().getSeries(CompareChart.PEERS);
        assertArrayEquals(new double[] { 95, 90, 88, 85, 80, 75, 70, 60 }, peers.getYSeries(), 1e-9);
        assertEquals("Trondheim - Tråante", part.chart().chart().getAxisSet().getXAxis(0).getCategorySeries()[0]);
        assertHighlighted(part, 4, 80);
        assertTrue(part.referencesText().contains("84") && part.referencesText().contains("83"),
                "county 50 and the country: " + part.referencesText());
    }

    @Test
    void theHighlightFollowsASelectedSeriesAndARowClick() {
        ComparePart part = openCompare();
        Series holtalen = IndicatorAnalysis.series(indicator, "5026").orElseThrow();
        fixture.selection.publish("test", List.of(holtalen));
        fixture.flush();
        assertEquals("5026", part.focus(), "a series names indicator and municipality");
        assertHighlighted(part, 3, 85);
        part.select("5006");
        fixture.flush();
        assertHighlighted(part, 6, 70);
        assertEquals(List.of(IndicatorAnalysis.series(indicator, "5006").orElseThrow()), fixture.selection.current(),
                "a row click publishes the municipality's series");
    }

    @Test
    void peersOfTheCountyAndOfAnImportedKostraGroup() throws Exception {
        ComparePart part = openCompare();
        fixture.selection.publish("test", List.of(indicator));
        part.showPeers(PeerGroup.COUNTY);
        assertEquals(List.of("5001", "5014", "5026", "5025", "5006", "5021"), order(part), "Trøndelag only");
        assertHighlighted(part, 3, 80);
        part.showPeers(PeerGroup.KOSTRA_GROUP);
        assertTrue(part.ranking().entries().isEmpty(), "no groups loaded yet");
        assertTrue(part.referencesText().contains(Messages.get("compare.noGroup")), part.referencesText());

        Path groups = folder.resolve("kostra.csv");
        Files.write(groups, INVENTED_GROUPS.getBytes(StandardCharsets.ISO_8859_1));
        boolean couldUndo = fixture.workspace.commandStack().canUndo();
        ImportKostraGroupsCommand.load(groups, fixture.workspace, RegionCodes.of(fixture.catalogue));
        fixture.flush();
        assertEquals(List.of("5026", "5025", "4601", "5021"), order(part), "the group's members, best first");
        assertHighlighted(part, 1, 80);
        assertTrue(part.referencesText().contains("EKG01") && part.referencesText().contains("79"),
                "the KOSTRA group's value: " + part.referencesText());
        fixture.workspace.commandStack().undo();
        fixture.flush();
        assertEquals(couldUndo, fixture.workspace.commandStack().canUndo());
        assertTrue(part.ranking().entries().isEmpty(), "undo takes the groups away again");
    }

    @Test
    void theIndicatorViewDrawsPeersBehindTheOwnSeries() {
        IndicatorPart part = new IndicatorPart(fixture.workspaces, fixture.catalogue, fixture.site(IndicatorDescriptor.ID));
        part.createControl(fixture.shell);
        fixture.shell.open();
        part.show(indicator);
        assertTrue(part.peers().isEmpty(), "no peers until asked");
        part.showPeers(PeerGroup.COUNTY);
        assertEquals(List.of("5001", "5006", "5014", "5021", "5026"), part.peers());
        ISeries<?>[] drawn = part.chart().getSeriesSet().getSeries();
        List<ILineSeries<?>> peers = Arrays.stream(drawn).filter(s -> s.getId().startsWith(IndicatorPart.PEER_PREFIX))
                .<ILineSeries<?>>map(s -> (ILineSeries<?>) s).toList();
        assertEquals(5, peers.size());
        assertTrue(peers.stream().allMatch(p -> p.getSymbolType() == ILineSeries.PlotSymbolType.NONE
                && !p.isVisibleInLegend()), "peers are background lines");
        ILineSeries<?> own = (ILineSeries<?>) part.chart().getSeriesSet().getSeries("5025");
        assertEquals(ILineSeries.PlotSymbolType.CIRCLE, own.getSymbolType());
        assertTrue(own.isVisibleInLegend());
        assertTrue(Arrays.asList(drawn).indexOf(own) > Arrays.asList(drawn).indexOf(peers.get(4)), "drawn over them");
    }

    /** The focus bar has the value at its index only, in the focus colour; its row is selected and bold. */
    private static void assertHighlighted(ComparePart part, int index, double value) {
        IBarSeries<?> focus = (IBarSeries<?>) part.chart().chart().getSeriesSet().getSeries(CompareChart.FOCUS);
        double[] expected = new double[part.ranking().entries().size()];
        expected[index] = value;
        assertArrayEquals(expected, focus.getYSeries(), 1e-9);
        IBarSeries<?> peers = (IBarSeries<?>) part.chart().chart().getSeriesSet().getSeries(CompareChart.PEERS);
        assertNotEquals(peers.getBarColor().getRGB(), focus.getBarColor().getRGB(), "another colour");
        assertTrue(focus.isBarOverlay() && peers.isBarOverlay(), "the focus bar lies over its own bar");
        assertEquals(index, part.table().getTable().getSelectionIndex());
        TableItem[] items = part.table().getTable().getItems();
        for (int i = 0; i < items.length; i++) {
            boolean bold = (items[i].getFont().getFontData()[0].getStyle() & SWT.BOLD) != 0;
            assertEquals(i == index, bold, "row " + i + " bold");
        }
        assertFalse(part.ranking().entries().isEmpty());
    }
}
