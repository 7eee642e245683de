package no.redthread.portfolio.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import no.redthread.portfolio.KeyFigures;

/** One municipality of the view: its key figures (null while they load) and its latest chain run. */
final class Row {

    final Path folder;
    KeyFigures figures;
    String run = "";
    List<Path> reports = List.of();

    Row(Path folder) {
        this.folder = folder;
    }

    String municipality() {
        return figures == null ? folder.getFileName().toString() : figures.municipality();
    }

    /** The HTML report of the latest run, the one a browser opens. */
    Optional<Path> htmlReport() {
        return reports.stream().filter(file -> file.toString().endsWith(".html")).findFirst();
    }
}
