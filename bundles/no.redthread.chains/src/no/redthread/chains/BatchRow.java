package no.redthread.chains;

import java.nio.file.Path;
import java.util.List;

/**
 * One workspace's line of a {@link ChainBatch} run.
 *
 * @param folder the workspace folder
 * @param municipality its organisation, e.g. "Røros (5025)"; empty if it was not read
 * @param status how it ended
 * @param figures the summary figure of each step that ran, in chain order
 * @param files the reports written
 * @param reason why it failed, was skipped or was cancelled; empty otherwise
 * @since 1.1
 */
public record BatchRow(Path folder, String municipality, Status status, List<Integer> figures, List<Path> files,
        String reason) {

    public BatchRow {
        figures = List.copyOf(figures);
        files = List.copyOf(files);
    }

    public enum Status {
        COMPLETED, FAILED, CANCELLED,
        /** The workspace could not be read; nothing was written into it. */
        SKIPPED
    }

    public boolean ok() {
        return status == Status.COMPLETED;
    }
}
