package no.redthread.indicators.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import no.redthread.indicators.imports.ImportException;

/** Every fault of a JSON-stat file stops the read with the file name and the position of the fault. */
@ExtendWith(EnglishTexts.class)
class JsonStatFaultTest {

    private static final String DIMENSIONS = """
            "id":["Region","Tid"],"size":[2,3],
            "dimension":{"Region":{"category":{"index":["3101","3103"]}},
                         "Tid":{"category":{"index":["2022","2023","2024"]}}}""";

    private static ImportException fault(String json) {
        return assertThrows(ImportException.class, () -> JsonStatReaderTest.parse(json));
    }

    @Test
    void tooFewValuesForTheSizesNameTheFirstMissingIndex() {
        ImportException e = fault("{\"version\":\"2.0\",\"class\":\"dataset\"," + DIMENSIONS + ",\"value\":[1,2,3,4,5]}");
        assertEquals("test.json", e.source());
        assertEquals("value index 5", e.position());
        assertEquals("test.json, value index 5: the file has 5 values, but its dimension sizes 2 × 3 give 6 cells",
                e.getMessage());
    }

    @Test
    void tooManyValuesNameTheFirstExtraIndex() {
        ImportException e = fault("{\"version\":\"2.0\",\"class\":\"dataset\"," + DIMENSIONS
                + ",\"value\":[1,2,3,4,5,6,7]}");
        assertEquals("value index 6", e.position());
    }

    @Test
    void valuesBeforeTheSizesAreCheckedToo() {
        ImportException e = fault("{\"version\":\"2.0\",\"class\":\"dataset\",\"value\":[1,2]," + DIMENSIONS + "}");
        assertEquals("value index 2", e.position());
    }

    @Test
    void aSparseIndexOutsideTheCellsIsAFault() {
        ImportException e = fault("{\"version\":\"2.0\",\"class\":\"dataset\"," + DIMENSIONS
                + ",\"value\":{\"0\":1,\"6\":2}}");
        assertEquals("value index 6", e.position());
        assertTrue(e.problem().contains("outside the 6 cells"), e.getMessage());
    }

    @Test
    void aSparseKeyThatIsNotAnIndexIsAFault() {
        ImportException e = fault("{\"version\":\"2.0\",\"class\":\"dataset\"," + DIMENSIONS
                + ",\"value\":{\"0\":1,\"x\":2}}");
        assertTrue(e.position().startsWith("value key 'x'"), e.position());
    }

    @Test
    void aNonNumericValueNamesItsIndexAndLine() {
        ImportException e = fault("{\"version\":\"2.0\",\"class\":\"dataset\"," + DIMENSIONS
                + ",\n\"value\":[1,2,\"n/a\",4,5,6]}");
        assertTrue(e.position().startsWith("value index 2 (line 4, column"), e.position());
        assertEquals("'n/a' is not a number", e.problem());
    }

    @Test
    void aStatusArrayOfTheWrongLengthIsAFault() {
        ImportException e = fault("{\"version\":\"2.0\",\"class\":\"dataset\"," + DIMENSIONS
                + ",\"value\":[1,2,3,4,5,6],\"status\":[null,\"..\"]}");
        assertEquals("status index 2", e.position());
    }

    @Test
    void aDimensionWhoseCategoriesDoNotMatchItsSizeIsAFault() {
        ImportException e = fault("""
                {"version":"2.0","class":"dataset","id":["Region","Tid"],"size":[3,1],
                 "dimension":{"Region":{"category":{"index":["3101","3103"]}},"Tid":{"category":{"index":["2024"]}}},
                 "value":[1,2,3]}""");
        assertEquals("dimension Region", e.position());
        assertEquals("has 2 categories but size gives 3", e.problem());
    }

    @Test
    void aDimensionMissingFromDimensionIsAFault() {
        ImportException e = fault("""
                {"version":"2.0","class":"dataset","id":["Region","Tid"],"size":[1,1],
                 "dimension":{"Region":{"category":{"index":["3101"]}}},"value":[1]}""");
        assertEquals("dimension Tid", e.position());
    }

    @Test
    void invalidJsonNamesLineAndColumn() {
        ImportException e = fault("{\"version\":\"2.0\",\n\"value\":[1,2,}");
        assertTrue(e.position().startsWith("line 2, column"), e.position());
        assertTrue(e.problem().startsWith("is not valid JSON"), e.problem());
    }

    @Test
    void jsonStatVersion1AndCollectionsAreRefused() {
        ImportException version1 = fault("{\"class\":\"dataset\"," + DIMENSIONS + ",\"value\":[1,2,3,4,5,6]}");
        assertEquals("field 'version'", version1.position());
        assertEquals("is not JSON-stat 2.0 (version null); ask for outputFormat=json-stat2", version1.problem());
        ImportException collection = fault("{\"version\":\"2.0\",\"class\":\"collection\",\"link\":{}}");
        assertEquals("test.json, field 'class': is a JSON-stat collection; only datasets can be imported",
                collection.getMessage());
    }
}
