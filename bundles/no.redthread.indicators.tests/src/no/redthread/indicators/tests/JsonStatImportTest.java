package no.redthread.indicators.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import no.redthread.indicators.RegionCodes;
import no.redthread.indicators.analysis.IndicatorAnalysis;
import no.redthread.indicators.imports.ImportException;
import no.redthread.indicators.imports.ImportResult;
import no.redthread.indicators.imports.IndicatorImporter;
import no.redthread.indicators.imports.JsonStatDataset;
import no.redthread.indicators.imports.JsonStatMapping;
import no.redthread.indicators.model.DesiredDirection;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.Series;

/** Importing JSON-stat datasets into indicators, all or nothing, through a command. */
@ExtendWith(EnglishTexts.class)
class JsonStatImportTest {

    private final Indicator points = Fixtures.indicator("points", DesiredDirection.HIGHER_IS_BETTER);
    private final Indicator groupSize = Fixtures.indicator("group-size", DesiredDirection.LOWER_IS_BETTER);

    private ImportResult importKostra() throws ImportException {
        JsonStatDataset data = Fixtures.jsonStat("kostra_sparse.json");
        JsonStatMapping mapping = JsonStatMapping.guess(data).withIndicator("KOSgrunnskolepoe0000", points)
                .withIndicator("KOSgrstr20000", groupSize);
        return IndicatorImporter.fromJsonStat(data, mapping, Fixtures.regions());
    }

    private static Series series(Indicator indicator, String organisation) {
        return IndicatorAnalysis.series(indicator, organisation).orElseThrow(() -> new AssertionError(
                "no series of " + indicator.getId() + " for " + organisation));
    }

    @Test
    void guessesRegionTimeAndContentFromRolesAndIds() throws ImportException {
        JsonStatMapping kostra = JsonStatMapping.guess(Fixtures.jsonStat("kostra_sparse.json"));
        assertEquals("KOKkommuneregion0000", kostra.regionDimension());
        assertEquals("Tid", kostra.timeDimension());
        assertEquals("ContentsCode", kostra.contentDimension());
        JsonStatDataset population = Fixtures.jsonStat("population_dense.json");
        JsonStatMapping guess = JsonStatMapping.guess(population);
        assertEquals(Map.of("Kjonn", "0", "Alder", "999"), guess.fixed(), "totals of the other dimensions");
        assertTrue(guess.unresolved(population).isEmpty());
        JsonStatMapping galicia = JsonStatMapping.guess(Fixtures.jsonStat("jsonstat_org_sample_galicia-2.0.json"));
        assertEquals("residence", galicia.regionDimension(), "of two geo dimensions, the one with region codes");
        assertEquals("time", galicia.timeDimension());
        assertEquals("concept", galicia.contentDimension());
        assertEquals(Map.of("birth", "T", "age", "T", "gender", "T"), galicia.fixed());
    }

    @Test
    void buildingTheImportLeavesTheModelUntouchedUntilTheCommandRuns() throws ImportException {
        ImportResult result = importKostra();
        assertTrue(points.getSeries().isEmpty());
        assertEquals(20, result.valueCount());
        assertEquals(3, result.markedCount());
        assertEquals(9, result.seriesCount());
        BasicCommandStack stack = new BasicCommandStack();
        stack.execute(result.command());
        assertEquals(5, points.getSeries().size());
        assertEquals(4, groupSize.getSeries().size());
    }

    @Test
    void seriesHoldPeriodsValuesAndStatusMarkersWithNormalisedRegionCodes() throws ImportException {
        new BasicCommandStack().execute(importKostra().command());
        Series halden = series(points, "3101");
        assertArrayEquals(new String[] {"2022", "2023", "2024"}, halden.getPeriods());
        assertArrayEquals(new double[] {39.0, 39.8, Double.NaN}, halden.getValues());
        assertArrayEquals(new String[] {null, null, ":"}, halden.getStatuses());
        assertEquals("kostra_sparse.json", halden.getOrigin());
        assertEquals("2025-06-15T06:00:00Z", halden.getUpdated());
        assertArrayEquals(new double[] {41.2, 41.5, 41.9}, series(points, RegionCodes.COUNTRY).getValues(), "EAK");
        assertArrayEquals(new double[] {40.1, 40.3, 40.2}, series(points, "31").getValues(), "EKA31");
        assertArrayEquals(new double[] {40.8, 41.0, 41.1}, series(points, "EKG13").getValues());
        assertNull(series(points, "3103").getStatuses(), "a series without markers has no status array");
        Series mossGroups = series(groupSize, "3103");
        assertArrayEquals(new String[] {"2022"}, mossGroups.getPeriods(), "absent cells are left out");
        assertArrayEquals(new String[] {"."}, mossGroups.getStatuses());
        assertSame(series(points, "0").getPeriods(), series(points, "3103").getPeriods(),
                "complete series share one period array");
    }

    @Test
    void undoRemovesEverythingAndRedoBringsItBack() throws ImportException {
        BasicCommandStack stack = new BasicCommandStack();
        stack.execute(importKostra().command());
        stack.undo();
        assertTrue(points.getSeries().isEmpty());
        assertTrue(groupSize.getSeries().isEmpty());
        stack.redo();
        assertEquals(5, points.getSeries().size());
    }

    @Test
    void aSecondImportMergesWithTheSeriesAnOrganisationHasAndUndoRestoresTheOld() throws ImportException {
        BasicCommandStack stack = new BasicCommandStack();
        stack.execute(importKostra().command());
        Series before = series(points, "3101");
        JsonStatDataset update = JsonStatReaderTest.parse("""
                {"version":"2.0","class":"dataset","id":["Region","Tid"],"size":[1,2],
                 "dimension":{"Region":{"category":{"index":["3101"]}},"Tid":{"category":{"index":["2024","2025"]}}},
                 "value":[40.0,40.6]}""");
        ImportResult result = IndicatorImporter.fromJsonStat(update,
                JsonStatMapping.guess(update).withIndicator(points), Fixtures.regions());
        stack.execute(result.command());
        Series after = series(points, "3101");
        assertArrayEquals(new String[] {"2022", "2023", "2024", "2025"}, after.getPeriods());
        assertArrayEquals(new double[] {39.0, 39.8, 40.0, 40.6}, after.getValues(), "the new value wins in 2024");
        assertEquals(5, points.getSeries().size(), "replaced, not added");
        stack.undo();
        assertSame(before, series(points, "3101"));
    }

    @Test
    void aCommandWhoseReplacedSeriesIsGoneCannotExecute() throws ImportException {
        BasicCommandStack stack = new BasicCommandStack();
        stack.execute(importKostra().command());
        ImportResult second = importKostra();
        points.getSeries().remove(series(points, "3101"));
        assertFalse(second.command().canExecute());
    }

    @Test
    void importsTheFiveDimensionPopulationFileWithTotalsAndMarkers() throws ImportException {
        Indicator population = Fixtures.indicator("population", DesiredDirection.NEUTRAL);
        JsonStatDataset data = Fixtures.jsonStat("population_dense.json");
        ImportResult result = IndicatorImporter.fromJsonStat(data,
                JsonStatMapping.guess(data).withIndicator("Personer1", population), Fixtures.regions());
        new BasicCommandStack().execute(result.command());
        assertEquals(3, population.getSeries().size());
        assertArrayEquals(new double[] {31444, 31595, 31800, Double.NaN}, series(population, "3101").getValues(),
                "K-3101, both sexes, all ages");
        assertArrayEquals(new String[] {null, null, null, ".."}, series(population, "3101").getStatuses());
        assertArrayEquals(new double[] {297000, 300000, 303000, 306000}, series(population, "31").getValues());
        assertEquals(5550203, series(population, "0").getValues()[3]);
        JsonStatMapping women67 = JsonStatMapping.guess(data).withFixed("Kjonn", "2").withFixed("Alder", "067+")
                .withIndicator(population);
        ImportResult older = IndicatorImporter.fromJsonStat(data, women67, Fixtures.regions());
        assertArrayEquals(new double[] {3600, 3650, 3700, 3750}, older.seriesFor(population).stream()
                .filter(s -> s.getOrganisation().equals("3101")).findFirst().orElseThrow().getValues());
    }

    @Test
    void importsTheGaliciaSampleWithItsOwnRegionCodes() throws ImportException {
        Indicator population = Fixtures.indicator("galicia", DesiredDirection.NEUTRAL);
        JsonStatDataset data = Fixtures.jsonStat("jsonstat_org_sample_galicia-2.0.json");
        RegionCodes provinces = RegionCodes.of(List.of(), List.of("15", "27", "32", "36"), List.of("T"));
        ImportResult result = IndicatorImporter.fromJsonStat(data,
                JsonStatMapping.guess(data).withIndicator(population), provinces);
        assertEquals(10, result.valueCount(), "5 provinces × 2 years, totals of birth, age and gender");
        new BasicCommandStack().execute(result.command());
        assertArrayEquals(new double[] {2695880, 2772928}, series(population, "T").getValues());
        assertArrayEquals(new double[] {357648, 348067}, series(population, "27").getValues());
    }

    @Test
    void aValueForAnUnknownRegionStopsTheImportWithItsIndexAndCategories() throws ImportException {
        JsonStatDataset data = Fixtures.jsonStat("kostra_sparse.json");
        RegionCodes withoutMoss = RegionCodes.of(List.of("3101"), List.of("31"), RegionCodes.kostraGroups());
        JsonStatMapping mapping = JsonStatMapping.guess(data).withIndicator("KOSgrunnskolepoe0000", points);
        ImportException e = assertThrows(ImportException.class,
                () -> IndicatorImporter.fromJsonStat(data, mapping, withoutMoss));
        assertEquals("value index 24 (KOKkommuneregion0000=3103, ContentsCode=KOSgrunnskolepoe0000, Tid=2022)",
                e.position());
        assertTrue(e.getMessage().startsWith("kostra_sparse.json, value index 24"), e.getMessage());
        assertTrue(points.getSeries().isEmpty(), "nothing imported");
    }

    @Test
    void aDimensionLeftOpenOrAMissingCategoryIsNamed() throws ImportException {
        JsonStatDataset data = Fixtures.jsonStat("population_dense.json");
        Indicator population = Fixtures.indicator("p", DesiredDirection.NEUTRAL);
        JsonStatMapping open = JsonStatMapping.of("Region", "Tid", "ContentsCode").withFixed("Kjonn", "0")
                .withIndicator(population);
        ImportException e = assertThrows(ImportException.class,
                () -> IndicatorImporter.fromJsonStat(data, open, Fixtures.regions()));
        assertEquals("dimension Alder", e.position());
        assertEquals("has 2 categories; choose the one to import", e.problem());
        ImportException missing = assertThrows(ImportException.class, () -> IndicatorImporter.fromJsonStat(data,
                open.withFixed("Alder", "100"), Fixtures.regions()));
        assertEquals("has no category '100'", missing.problem());
    }

    @Test
    void aTimeCategoryThatIsNotAPeriodIsAFault() throws ImportException {
        JsonStatDataset data = JsonStatReaderTest.parse("""
                {"version":"2.0","class":"dataset","id":["Region","Tid"],"size":[1,2],
                 "dimension":{"Region":{"category":{"index":["3101"]}},"Tid":{"category":{"index":["2024","last"]}}},
                 "value":[1,2]}""");
        ImportException e = assertThrows(ImportException.class, () -> IndicatorImporter.fromJsonStat(data,
                JsonStatMapping.guess(data).withIndicator(points), Fixtures.regions()));
        assertEquals("dimension Tid, category 1", e.position());
    }

    @Test
    void withoutAnIndicatorNothingCanBeImported() throws ImportException {
        JsonStatDataset data = Fixtures.jsonStat("kostra_sparse.json");
        assertThrows(ImportException.class,
                () -> IndicatorImporter.fromJsonStat(data, JsonStatMapping.guess(data), Fixtures.regions()));
    }
}
