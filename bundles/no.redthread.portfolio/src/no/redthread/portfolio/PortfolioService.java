package no.redthread.portfolio;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import no.redthread.core.catalogue.Municipality;

/**
 * The user's portfolios, kept in the settings ({@value #SETTINGS_NAME}.json, written atomically), their key figures
 * and the creation of a portfolio's workspaces. An OSGi service; safe to call from several threads.
 */
public interface PortfolioService {

    /** The settings name (SettingsStore) of the portfolios. */
    String SETTINGS_NAME = "portfolios";

    /** All portfolios, sorted by name. */
    List<Portfolio> portfolios();

    Optional<Portfolio> portfolio(String name);

    /** Saves a portfolio, replacing one with the same name. */
    void save(Portfolio portfolio) throws IOException;

    void remove(String name) throws IOException;

    /**
     * The key figures of a workspace folder, from a detached load: the user's current workspace stays open, and
     * nothing is written into the folder. A folder that cannot be read gives {@link KeyFigures#unreadable}.
     */
    KeyFigures keyFigures(Path folder, LocalDate today);

    /**
     * Today's municipalities for numbers as typed (blanks, commas and new lines separate them); old numbers are
     * followed to today's (5403 is 5601 Alta), a merged municipality to the one it is part of.
     *
     * @throws PortfolioException naming every number that is unknown, split into several or given twice
     */
    List<Municipality> municipalities(String numbers) throws PortfolioException;

    /**
     * Creates a portfolio with one new workspace per municipality (the ten-step skeleton) in {@code parent}, in
     * folders named {@code <number>-<name>}, and saves it. Everything is checked before anything is written.
     *
     * @throws PortfolioException when a number is refused (see {@link #municipalities}), the name is taken, or a
     *         workspace folder exists already (it is never overwritten)
     */
    Portfolio create(String name, Path parent, String numbers) throws PortfolioException, IOException;
}
