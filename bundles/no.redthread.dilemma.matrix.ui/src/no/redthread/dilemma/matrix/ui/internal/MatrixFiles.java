package no.redthread.dilemma.matrix.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import no.redthread.dilemma.matrix.InteractionMatrix;
import no.redthread.dilemma.matrix.MatrixCsv;
import no.redthread.dilemma.matrix.MatrixCsvException;
import no.redthread.dilemma.matrix.Score;
import no.redthread.dilemma.matrix.ui.MatrixDocument;

/**
 * Opening a participant's matrix CSV: when its items are the session's, it becomes that participant's layer (named
 * after the file) in one undoable step; otherwise it opens as a new matrix over its own items. A faulty file changes
 * nothing: {@link MatrixCsv} checks it whole before anything is taken over.
 */
final class MatrixFiles {

    private MatrixFiles() {
    }

    /** Imports the file into the session; returns the participant whose layer it became. */
    static String open(MatrixSession session, Path file) throws MatrixCsvException {
        String participant = participant(file);
        MatrixDocument document = session.document();
        List<String> ids = headerIds(file);
        boolean sameItems = new HashSet<>(document.items()).containsAll(ids);
        Set<String> known = sameItems ? Set.copyOf(document.items()) : new LinkedHashSet<>(ids);
        InteractionMatrix read = MatrixCsv.read(file, participant, known);
        if (sameItems) {
            document.edit(Messages.get("matrix.undoImport", file.getFileName()), edits(document, read, participant));
        } else {
            MemoryMatrixDocument opened = new MemoryMatrixDocument(read.items(), List.of(participant));
            List<MatrixDocument.Edit> edits = edits(opened, read, participant);
            if (!edits.isEmpty()) {
                opened.edit(Messages.get("matrix.undoImport", file.getFileName()), edits);
            }
            session.show(opened);
        }
        return participant;
    }

    static void save(MatrixDocument document, String participant, Path file) throws IOException {
        MatrixCsv.write(file, document.matrix(), participant);
    }

    /** The file's layer over the document's items: every cell set, unscored ones cleared (a replaced layer). */
    private static List<MatrixDocument.Edit> edits(MatrixDocument document, InteractionMatrix read, String participant) {
        List<MatrixDocument.Edit> edits = new ArrayList<>();
        for (String row : document.items()) {
            for (String column : document.items()) {
                if (row.equals(column) || !read.contains(row) || !read.contains(column)) {
                    continue;
                }
                Score score = read.score(participant, row, column).orElse(null);
                if (score != null || document.score(participant, row, column).isPresent()) {
                    edits.add(new MatrixDocument.Edit(participant, row, column, score));
                }
            }
        }
        return edits;
    }

    /** The ids of the first row, for choosing between layer and new matrix; the reader checks them properly. */
    private static List<String> headerIds(Path file) throws MatrixCsvException {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            String header = lines.findFirst().orElse("").replace("\uFEFF", "");
            String separator = header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ";" : ",";
            List<String> ids = new ArrayList<>();
            for (String cell : header.split(separator, -1)) {
                String id = cell.strip().replace("\"", "");
                if (!id.isEmpty()) {
                    ids.add(id);
                }
            }
            return ids;
        } catch (IOException | java.io.UncheckedIOException e) {
            // the reader reports an unreadable or non-UTF-8 file with its own words
            MatrixCsv.read(file, participant(file), Set.of());
            throw new MatrixCsvException(file, 0, 0, e.toString());
        }
    }

    private static String participant(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
