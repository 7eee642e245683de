package no.redthread.portfolio.ui.internal;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import no.redthread.portfolio.KeyFigures;

/** The view's columns: header, width, the cell's text and the order the column sorts in. */
final class Columns {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");

    record Column(String header, int width, Function<Row, String> text, Comparator<Row> order) {
    }

    private Columns() {
    }

    static List<Column> all() {
        return List.of(
                new Column(Messages.get("col.municipality"), 160, Row::municipality,
                        Comparator.comparing(Row::municipality, String.CASE_INSENSITIVE_ORDER)),
                new Column(Messages.get("col.number"), 55, row -> figure(row, KeyFigures::number),
                        Comparator.comparing(row -> figure(row, KeyFigures::number))),
                new Column(Messages.get("col.assessments"), 110, Columns::assessments,
                        number(row -> row.figures.assessments())),
                // no assessment: nothing is answered, but neither is anything left; the cell stays empty
                new Column(Messages.get("col.completion"), 75, row -> readable(row) && row.figures.assessments() > 0
                        ? Math.round(row.figures.completion() * 100) + " %" : "",
                        Comparator.comparingDouble(row -> readable(row) ? row.figures.completion() : -1)),
                new Column(Messages.get("col.findings"), 55, row -> count(row, row.figures == null ? 0
                        : row.figures.findings()), number(row -> row.figures.findings())),
                new Column(Messages.get("col.poor"), 150, row -> count(row, row.figures == null ? 0
                        : row.figures.poorIndicators()), number(row -> row.figures.poorIndicators())),
                new Column(Messages.get("col.applications"), 80, row -> count(row, row.figures == null ? 0
                        : row.figures.applications()), number(row -> row.figures.applications())),
                new Column(Messages.get("col.deadline"), 95, row -> readable(row)
                        ? row.figures.nextDeadline().map(DAY::format).orElse("") : "",
                        Comparator.comparing(row -> readable(row) ? row.figures.nextDeadline().map(Object::toString)
                                .orElse("9999") : "9999")),
                new Column(Messages.get("col.run"), 240, Columns::run, Comparator.comparing(row -> row.run)),
                new Column(Messages.get("col.report"), 150, row -> row.htmlReport()
                        .map(file -> file.getFileName().toString()).orElse(""),
                        Comparator.comparing(row -> row.htmlReport().map(Object::toString).orElse(""))));
    }

    private static String assessments(Row row) {
        return readable(row) ? Messages.get("cell.assessments", row.figures.assessmentsDone(),
                row.figures.assessments()) : "";
    }

    /** A row that could not be read says why in the run column, until a run says more. */
    private static String run(Row row) {
        if (!row.run.isEmpty() || row.figures == null) {
            return row.figures == null && row.run.isEmpty() ? Messages.get("cell.loading") : row.run;
        }
        // the file relative to the workspace, so that the line and the reason fit in the cell
        return row.figures.readable() ? "" : Messages.get("cell.unreadable",
                row.figures.problem().replace(row.folder + java.io.File.separator, ""));
    }

    private static String count(Row row, int value) {
        return readable(row) ? String.valueOf(value) : "";
    }

    private static String figure(Row row, Function<KeyFigures, String> value) {
        return row.figures == null ? "" : value.apply(row.figures);
    }

    private static boolean readable(Row row) {
        return row.figures != null && row.figures.readable();
    }

    private static Comparator<Row> number(java.util.function.ToIntFunction<Row> value) {
        return Comparator.comparingInt(row -> readable(row) ? value.applyAsInt(row) : -1);
    }
}
