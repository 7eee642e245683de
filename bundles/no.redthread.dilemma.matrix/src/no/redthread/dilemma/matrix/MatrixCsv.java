package no.redthread.dilemma.matrix;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import no.redthread.dilemma.matrix.internal.CsvCells;
import no.redthread.dilemma.matrix.internal.MatrixCsvReader;
import no.redthread.dilemma.matrix.internal.Texts;
import no.redthread.workbench.io.AtomicFiles;

/**
 * One participant's scores as CSV (UTF-8): the first row is an empty cell and the item ids, then one row per item,
 * its id and its scores (row affects column); an empty cell is not scored. Reasons are not part of the file.
 * Reading accepts comma or semicolon separators, a byte-order mark, "+2" and the minus sign "−2".
 */
public final class MatrixCsv {

    private MatrixCsv() {
    }

    /**
     * Reads a file as the scores of one participant. Every id must be one of {@code knownItems}; every column
     * needs its row. Nothing is imported from a faulty file.
     *
     * @throws MatrixCsvException at the first fault, naming file, row and column
     */
    public static InteractionMatrix read(Path file, String participant, Set<String> knownItems)
            throws MatrixCsvException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new MatrixCsvException(file, 0, 0, Texts.get("csv.notUtf8"));
        } catch (IOException e) {
            throw new MatrixCsvException(file, 0, 0, Texts.get("csv.unreadable", e.toString()));
        }
        return new MatrixCsvReader(file, knownItems).read(lines, participant);
    }

    /**
     * Writes one participant's scores atomically: the file holds the old content or the new, never a mix.
     *
     * @throws IOException naming the file; an earlier file is then as it was
     */
    public static void write(Path file, InteractionMatrix matrix, String participant) throws IOException {
        List<String> items = matrix.items();
        AtomicFiles.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(line("", items));
            for (String row : items) {
                List<String> scores = new ArrayList<>(items.size());
                for (String column : items) {
                    Optional<Score> score = row.equals(column) ? Optional.empty()
                            : matrix.score(participant, row, column);
                    scores.add(score.map(s -> Integer.toString(s.value())).orElse(""));
                }
                writer.write(line(row, scores));
            }
            writer.flush();
        });
    }

    private static String line(String first, List<String> rest) {
        StringBuilder line = new StringBuilder(CsvCells.quote(first));
        rest.forEach(cell -> line.append(',').append(CsvCells.quote(cell)));
        return line.append("\r\n").toString();
    }
}
