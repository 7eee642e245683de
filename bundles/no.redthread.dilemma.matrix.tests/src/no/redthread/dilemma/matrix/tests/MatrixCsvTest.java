package no.redthread.dilemma.matrix.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import no.redthread.dilemma.matrix.InteractionMatrix;
import no.redthread.dilemma.matrix.MatrixCsv;
import no.redthread.dilemma.matrix.MatrixCsvException;
import no.redthread.dilemma.matrix.Score;

class MatrixCsvTest {

    private static final Set<String> KNOWN = Set.of("7.2", "15.1", "11.7", "2.4");

    @TempDir
    Path folder;

    private Locale before;

    @BeforeEach
    void english() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void writesAndReadsBackOneParticipantsScores() throws IOException {
        InteractionMatrix matrix = InteractionMatrix.builder(List.of("7.2", "15.1", "11.7"))
                .score("Kari", "7.2", "15.1", -3, "vindkraft på myr").score("Kari", "15.1", "7.2", 2, "")
                .score("Kari", "11.7", "7.2", 0, "").score("Ola", "7.2", "11.7", 1, "").build();
        Path file = folder.resolve("kari.csv");
        MatrixCsv.write(file, matrix, "Kari");
        assertEquals(",7.2,15.1,11.7\r\n7.2,,-3,\r\n15.1,2,,\r\n11.7,0,,\r\n", Files.readString(file));

        InteractionMatrix read = MatrixCsv.read(file, "Kari", KNOWN);
        assertEquals(matrix.items(), read.items());
        assertEquals(List.of("Kari"), read.participants());
        for (String row : matrix.items()) {
            for (String column : matrix.items()) {
                assertEquals(matrix.score("Kari", row, column).map(Score::value),
                        read.score("Kari", row, column).map(Score::value), row + " → " + column);
            }
        }
    }

    @Test
    void readsSemicolonsAByteOrderMarkQuotesPlusSignsAndTheMinusSign() throws IOException {
        Path file = write("\uFEFF;\"7.2\";15.1\n7.2;;\u22122\n15.1;+3; \n\n");
        InteractionMatrix read = MatrixCsv.read(file, "p", KNOWN);
        assertEquals(List.of("7.2", "15.1"), read.items());
        assertEquals(Optional.of(new Score(-2, "")), read.score("p", "7.2", "15.1"));
        assertEquals(Optional.of(new Score(3, "")), read.score("p", "15.1", "7.2"));
    }

    @Test
    void rowsMayComeInAnotherOrderThanTheColumns() throws IOException {
        InteractionMatrix read = MatrixCsv.read(write(",7.2,15.1\n15.1,1,\n7.2,,-1\n"), "p", KNOWN);
        assertEquals(Optional.of(new Score(1, "")), read.score("p", "15.1", "7.2"));
        assertEquals(Optional.of(new Score(-1, "")), read.score("p", "7.2", "15.1"));
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', value = {
        ",7.2,15.1\\n7.2,,1\\n15.1,2|3|3|a ragged row (too short)",
        ",7.2,15.1\\n7.2,,1,2\\n15.1,2,|2|4|a ragged row (too long)",
        ",7.2,15.1\\n7.2,,4\\n15.1,2,|2|3|a score above +3",
        ",7.2,15.1\\n7.2,,1\\n15.1,-4,|3|2|a score below −3",
        ",7.2,15.1\\n7.2,,1.5\\n15.1,2,|2|3|a half step",
        ",7.2,15.1\\n7.2,,x\\n15.1,2,|2|3|not a number",
        ",7.2,9.9\\n7.2,,1\\n9.9,2,|1|3|an unknown id in the first row",
        ",7.2,15.1\\n7.2,,1\\n9.9,2,|3|1|an unknown id starting a row",
        ",7.2,15.1\\n7.2,,1\\n11.7,2,|3|1|a known id with a row but no column",
        ",7.2,15.1\\n7.2,,1\\n7.2,2,|3|1|a row twice",
        ",7.2,7.2\\n7.2,,1|1|3|a column twice",
        ",7.2,15.1\\n7.2,,1\\n|3|1|a missing row",
        ",7.2,15.1\\n7.2,2,1\\n15.1,2,|2|2|a score on the diagonal",
        "id,7.2,15.1\\n7.2,,1\\n15.1,2,|1|1|a first cell that is not empty",
        ",7.2,,15.1\\n7.2,,1\\n15.1,2,|1|3|an empty id",
    })
    void refusesAMalformedFileWithRowAndColumnAndImportsNothing(String content, int row, int column,
            String what) throws IOException {
        Path file = write(content.replace("\\n", "\n"));
        MatrixCsvException e = assertThrows(MatrixCsvException.class, () -> MatrixCsv.read(file, "p", KNOWN));
        assertEquals(file, e.file());
        assertEquals(List.of(row, column), List.of(e.row(), e.column()), what + ": " + e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ", row " + row + ", column " + column + ": "), e.getMessage());
        assertTrue(!e.problem().startsWith("!"), "the problem has a text: " + e.problem());
    }

    @Test
    void namesTheFileAndTheProblemInBokmaal() throws IOException {
        Locale.setDefault(Locale.forLanguageTag("nb-NO"));
        Path file = write(",7.2,15.1\n7.2,,5\n15.1,2,\n");
        MatrixCsvException e = assertThrows(MatrixCsvException.class, () -> MatrixCsv.read(file, "p", KNOWN));
        assertEquals(file + ", rad 2, kolonne 3: skåren 5 er utenfor skalaen −3 … +3", e.getMessage());
    }

    @Test
    void refusesAnEmptyFileAndOneThatIsNotUtf8() throws IOException {
        MatrixCsvException empty = assertThrows(MatrixCsvException.class,
                () -> MatrixCsv.read(write("\n\n"), "p", KNOWN));
        assertEquals(0, empty.row());
        Path latin1 = folder.resolve("latin1.csv");
        Files.write(latin1, ",7.2\n7.2,\u00e6\n".getBytes(StandardCharsets.ISO_8859_1));
        MatrixCsvException encoding = assertThrows(MatrixCsvException.class,
                () -> MatrixCsv.read(latin1, "p", KNOWN));
        assertTrue(encoding.getMessage().contains("UTF-8"), encoding.getMessage());
        assertThrows(MatrixCsvException.class, () -> MatrixCsv.read(folder.resolve("missing.csv"), "p", KNOWN));
    }

    @Test
    void aWriteThatCannotHappenNamesTheFile() {
        Path file = folder.resolve("no such folder").resolve("matrix.csv");
        InteractionMatrix matrix = InteractionMatrix.builder(List.of("7.2")).build();
        IOException e = assertThrows(IOException.class, () -> MatrixCsv.write(file, matrix, "p"));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(Files.notExists(file));
    }

    private Path write(String content) throws IOException {
        return Files.writeString(folder.resolve("matrix.csv"), content);
    }
}
