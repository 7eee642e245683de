package no.redthread.indicators.imports;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;

import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.Series;

/**
 * A checked, complete import that has not yet touched the model. Its {@link #command()} applies all of it at once
 * (new series added, an organisation's existing series replaced by the merge of old and new values), and undoes
 * all of it; nothing is applied if the command is never executed.
 */
public interface ImportResult {

    /** The file name or URL the data came from. */
    String origin();

    /** The indicators that receive data. */
    Set<Indicator> indicators();

    /** The series the command puts into an indicator (already merged with the series they replace). */
    List<Series> seriesFor(Indicator indicator);

    /** The number of series the command adds or replaces. */
    int seriesCount();

    /** The number of values imported (cells with a number). */
    int valueCount();

    /** The number of cells imported without a number but with a status marker such as {@code ".."}. */
    int markedCount();

    /**
     * The number of values skipped because their region no longer exists or is unknown
     * ({@link ImportOptions#skipUnmatchedRegions()}).
     *
     * @since 1.2
     */
    default int skippedCount() {
        return 0;
    }

    /**
     * The command that applies the import; execute it on the workspace's command stack. The same command on every
     * call. It cannot execute if a series it replaces has been removed or replaced since the import was built.
     */
    Command command();
}
