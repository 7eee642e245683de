package no.redthread.indicators.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.indicators.imports.ImportException;
import no.redthread.indicators.imports.JsonStatDataset;
import no.redthread.indicators.imports.JsonStatDimension;
import no.redthread.indicators.imports.JsonStatReader;

/** Reading JSON-stat 2.0: the json-stat.org sample, files made from the spec, and the forms the spec allows. */
class JsonStatReaderTest {

    static JsonStatDataset parse(String json) throws ImportException {
        return JsonStatReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    @Test
    void readsTheCanonicalGaliciaSampleWithItsSixDimensionsRolesAndValues() throws ImportException {
        JsonStatDataset galicia = Fixtures.jsonStat("jsonstat_org_sample_galicia-2.0.json");
        assertEquals(List.of("birth", "age", "gender", "time", "residence", "concept"),
                galicia.dimensions().stream().map(JsonStatDimension::id).toList());
        assertEquals(List.of(6, 22, 3, 2, 5, 1), galicia.dimensions().stream().map(JsonStatDimension::size).toList());
        assertEquals(3960, galicia.cellCount());
        assertEquals("2012-12-27T12:25:09Z", galicia.updated());
        assertEquals("INE and IGE", galicia.source());
        assertEquals("time", galicia.dimension("time").orElseThrow().role());
        assertEquals("geo", galicia.dimension("residence").orElseThrow().role());
        assertEquals("metric", galicia.dimension("concept").orElseThrow().role());
        assertNull(galicia.dimension("age").orElseThrow().role());
        // the time categories come as an index object, the others as arrays
        assertEquals(List.of("2001", "2011"), galicia.dimension("time").orElseThrow().codes());
        assertEquals("A Coruña", galicia.dimension("residence").orElseThrow().labelOf("15"));
        assertEquals(2695880, galicia.value(0));
        Map<String, String> lugo2011 = Map.of("birth", "T", "age", "T", "gender", "T", "time", "2011",
                "residence", "27", "concept", "pop");
        // row-major: the last dimensions vary fastest; cell 7 of the file is residence 27 in 2011
        assertEquals(7, galicia.index(lugo2011));
        assertEquals(348067, galicia.value(lugo2011));
        assertFalse(galicia.hasStatuses());
    }

    @Test
    void readsTheSparseValueObjectAndTheStatusObject() throws ImportException {
        JsonStatDataset kostra = Fixtures.jsonStat("kostra_sparse.json");
        assertEquals(30, kostra.cellCount());
        assertEquals(41.2, kostra.value(0));
        assertTrue(Double.isNaN(kostra.value(10)), "an absent cell is missing");
        assertTrue(Double.isNaN(kostra.value(9)));
        assertEquals("..", kostra.status(9));
        assertEquals(":", kostra.status(20));
        assertNull(kostra.status(0));
        assertEquals(List.of("Made for Redthread's tests: sparse value object, status object, KOSTRA region codes."),
                kostra.notes());
        assertEquals(List.of("EAK", "EKA31", "EKG13", "3101", "3103"),
                kostra.dimension("KOKkommuneregion0000").orElseThrow().codes());
    }

    @Test
    void readsNullValuesAndTheStatusArray() throws ImportException {
        JsonStatDataset population = Fixtures.jsonStat("population_dense.json");
        assertEquals(72, population.cellCount());
        int halden2024 = population.index(Map.of("Region", "K-3101", "Kjonn", "0", "Alder", "999",
                "ContentsCode", "Personer1", "Tid", "2024"));
        assertTrue(Double.isNaN(population.value(halden2024)));
        assertEquals("..", population.status(halden2024));
        assertEquals(31800, population.value(halden2024 - 1));
    }

    @Test
    void aSingleStatusStringAppliesToEveryCell() throws ImportException {
        JsonStatDataset data = parse("""
                {"version":"2.0","class":"dataset","id":["Region","Tid"],"size":[1,2],
                 "dimension":{"Region":{"category":{"index":["3101"]}},"Tid":{"category":{"index":["2023","2024"]}}},
                 "value":[1,2],"status":"p"}""");
        assertEquals("p", data.status(0));
        assertEquals("p", data.status(1));
    }

    @Test
    void aDimensionWithOnlyLabelsTakesTheLabelOrderAndNumericStringsAreNumbers() throws ImportException {
        JsonStatDataset data = parse("""
                {"version":"2.0","class":"dataset","id":["Region","Tid"],"size":[1,1],
                 "dimension":{"Region":{"label":"region","category":{"label":{"3101":"Halden"}}},
                              "Tid":{"category":{"index":{"2024":0}}}},
                 "value":["12.5"]}""");
        assertEquals(List.of("3101"), data.dimension("Region").orElseThrow().codes());
        assertEquals("region", data.dimension("Region").orElseThrow().label());
        assertEquals("Tid", data.dimension("Tid").orElseThrow().label());
        assertEquals(12.5, data.value(0));
    }

    @Test
    void readsFromAPathAndNamesTheFile(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("galicia.json");
        Files.write(file, Fixtures.bytes("jsonstat_org_sample_galicia-2.0.json"));
        assertEquals("galicia.json", JsonStatReader.read(file).origin());
    }
}
