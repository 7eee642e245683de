package no.redthread.portfolio;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A named list of workspace folders, in the order the consultant added them.
 *
 * @param name the portfolio's name, unique among the user's portfolios
 * @param folders absolute workspace folders, each once
 */
public record Portfolio(String name, List<Path> folders) {

    public Portfolio {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a portfolio needs a name");
        }
        folders = folders.stream().map(folder -> folder.toAbsolutePath().normalize()).distinct().toList();
    }

    /** This portfolio with a folder added at the end (unchanged if it is there already). */
    public Portfolio with(Path folder) {
        return new Portfolio(name, java.util.stream.Stream.concat(folders.stream(), java.util.stream.Stream.of(folder))
                .toList());
    }

    /** This portfolio without a folder. */
    public Portfolio without(Path folder) {
        Path removed = folder.toAbsolutePath().normalize();
        return new Portfolio(name, folders.stream().filter(f -> !f.equals(removed)).toList());
    }
}
