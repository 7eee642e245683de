package no.redthread.console.internal;

import java.nio.file.Path;
import java.util.List;

/**
 * One workspace's line of a batch summary.
 *
 * @param folder the workspace folder
 * @param municipality its organisation, e.g. "Røros (5025)"; empty if it was not read
 * @param status completed, failed, cancelled or skipped
 * @param figures the summary figure of each step that ran, in chain order
 * @param files the reports written
 * @param reason why it failed or was skipped; empty otherwise
 */
record BatchRow(Path folder, String municipality, String status, List<Integer> figures, List<Path> files,
        String reason) {

    static final String SKIPPED = "SKIPPED";

    BatchRow {
        figures = List.copyOf(figures);
        files = List.copyOf(files);
    }

    boolean ok() {
        return "COMPLETED".equals(status);
    }
}
