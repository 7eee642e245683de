package no.redthread.chains;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Runs a chain over many workspace folders, each loaded detached (the user's current workspace stays open), several
 * at once: a pool of as many threads as the machine has processors, at most one per folder. Each folder gets its
 * report in the output folder, named after the folder; a folder whose files cannot be read is skipped and nothing is
 * written into it; a folder is saved only when a step declared a model change. An OSGi service.
 *
 * @since 1.1
 */
public interface ChainBatch {

    /**
     * Runs the chain over the folders and waits for all of them.
     *
     * @param listener hears each folder start, its steps and its row; asked whether to cancel between steps
     * @return one row per folder, in the order of {@code folders}
     * @throws ChainException when the chain does not check (then no folder is touched)
     */
    List<BatchRow> run(Chain chain, List<Path> folders, Options options, BatchListener listener)
            throws ChainException;

    /**
     * @param locale the language of the reports
     * @param today the day deadlines and trends are judged on
     * @param outputFolder where the reports go (created if missing)
     */
    record Options(Locale locale, LocalDate today, Path outputFolder) {
    }

    /** The report's file name without extension for a folder: its name. */
    static String reportName(Path folder) {
        return folder.toAbsolutePath().normalize().getFileName().toString();
    }
}
