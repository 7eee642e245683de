package no.redthread.dilemma.matrix.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.redthread.dilemma.matrix.InteractionMatrix;
import no.redthread.dilemma.matrix.MatrixCsvException;
import no.redthread.dilemma.matrix.Score;

/** Checks a matrix CSV's lines completely before it builds the matrix, so a faulty file imports nothing. */
public final class MatrixCsvReader {

    private final Path file;
    private final Set<String> knownItems;

    public MatrixCsvReader(Path file, Set<String> knownItems) {
        this.file = file;
        this.knownItems = knownItems;
    }

    public InteractionMatrix read(List<String> lines, String participant) throws MatrixCsvException {
        int count = lines.size();
        while (count > 0 && lines.get(count - 1).isBlank()) {
            count--;
        }
        if (count == 0) {
            throw new MatrixCsvException(file, 0, 0, Texts.get("csv.empty"));
        }
        String header = lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(0);
        char separator = CsvCells.separator(header);
        List<String> items = header(CsvCells.split(header, separator));
        InteractionMatrix.Builder builder = InteractionMatrix.builder(items);
        Map<String, Integer> rows = new HashMap<>();
        for (int r = 1; r < count; r++) {
            List<String> cells = CsvCells.split(lines.get(r), separator);
            if (cells.size() != items.size() + 1) {
                throw fault(r + 1, Math.min(cells.size(), items.size() + 1) + 1,
                        Texts.get("csv.ragged", cells.size(), items.size() + 1));
            }
            String id = cells.get(0);
            checkId(id, r + 1, 1);
            if (!items.contains(id)) {
                throw fault(r + 1, 1, Texts.get("csv.rowNotInHeader", id));
            }
            if (rows.putIfAbsent(id, r + 1) != null) {
                throw fault(r + 1, 1, Texts.get("csv.duplicateRow", id, rows.get(id)));
            }
            for (int c = 1; c < cells.size(); c++) {
                score(builder, participant, id, items.get(c - 1), cells.get(c), r + 1, c + 1);
            }
        }
        for (String item : items) {
            if (!rows.containsKey(item)) {
                throw fault(count + 1, 1, Texts.get("csv.missingRow", item));
            }
        }
        return builder.build();
    }

    private List<String> header(List<String> cells) throws MatrixCsvException {
        if (!cells.get(0).isEmpty()) {
            throw fault(1, 1, Texts.get("csv.cornerNotEmpty", cells.get(0)));
        }
        List<String> items = new ArrayList<>();
        for (int c = 1; c < cells.size(); c++) {
            String id = cells.get(c);
            checkId(id, 1, c + 1);
            if (items.contains(id)) {
                throw fault(1, c + 1, Texts.get("csv.duplicateColumn", id, items.indexOf(id) + 2));
            }
            items.add(id);
        }
        if (items.isEmpty()) {
            throw fault(1, 2, Texts.get("csv.noItems"));
        }
        return items;
    }

    private void checkId(String id, int row, int column) throws MatrixCsvException {
        if (id.isEmpty()) {
            throw fault(row, column, Texts.get("csv.emptyId"));
        }
        if (!knownItems.contains(id)) {
            throw fault(row, column, Texts.get("csv.unknownId", id));
        }
    }

    private void score(InteractionMatrix.Builder builder, String participant, String row, String column,
            String cell, int r, int c) throws MatrixCsvException {
        if (cell.isEmpty()) {
            return;
        }
        int value;
        try {
            value = Integer.parseInt(cell.replace('\u2212', '-'));
        } catch (NumberFormatException e) {
            throw fault(r, c, Texts.get("csv.notScore", cell));
        }
        if (value < Score.MIN || value > Score.MAX) {
            throw fault(r, c, Texts.get("csv.outOfRange", cell));
        }
        if (row.equals(column)) {
            if (value != 0) {
                throw fault(r, c, Texts.get("csv.selfScore", row, cell));
            }
            return;
        }
        builder.score(participant, row, column, value, "");
    }

    private MatrixCsvException fault(int row, int column, String problem) {
        return new MatrixCsvException(file, row, column, problem);
    }
}
