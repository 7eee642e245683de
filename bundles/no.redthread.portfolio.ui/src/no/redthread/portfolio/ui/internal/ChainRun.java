package no.redthread.portfolio.ui.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Control;

import no.redthread.chains.BatchListener;
import no.redthread.chains.BatchRow;
import no.redthread.chains.Chain;
import no.redthread.chains.ChainBatch;

/**
 * A chain over the selected rows, off the UI thread: each row's run column follows its folder (the step under way,
 * then how it ended), and Cancel stops the folders before their next step and starts no other.
 */
final class ChainRun {

    private final AtomicBoolean cancelled = new AtomicBoolean();

    /**
     * @param changed called on the UI thread with the row that changed
     * @param done called on the UI thread when every folder is done
     */
    ChainRun(ChainBatch batch, Chain chain, List<Row> rows, Path out, Control control, Consumer<Row> changed,
            Runnable done) {
        Map<Path, Row> byFolder = rows.stream().collect(Collectors.toMap(row -> row.folder, row -> row));
        rows.forEach(row -> {
            row.run = Messages.get("run.waiting");
            row.reports = List.of();
        });
        BatchListener listener = new BatchListener() {
            @Override
            public void started(Path folder) {
                show(folder, Messages.get("run.loading"), null);
            }

            @Override
            public void step(Path folder, String stepName) {
                show(folder, Messages.get("run.step", stepName), null);
            }

            @Override
            public void finished(BatchRow row) {
                show(row.folder(), ended(row), row.files());
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }

            private void show(Path folder, String text, List<Path> files) {
                asyncExec(control, () -> {
                    Row row = byFolder.get(folder);
                    row.run = text;
                    if (files != null) {
                        row.reports = files;
                    }
                    changed.accept(row);
                });
            }
        };
        Thread worker = new Thread(() -> {
            try {
                batch.run(chain, rows.stream().map(row -> row.folder).toList(),
                        new ChainBatch.Options(Locale.getDefault(), LocalDate.now(), out), listener);
            } catch (Exception e) {
                rows.forEach(row -> listener.finished(new BatchRow(row.folder, "", BatchRow.Status.FAILED, List.of(),
                        List.of(), String.valueOf(e.getMessage()))));
            } finally {
                asyncExec(control, done);
            }
        }, "portfolio-chain-run");
        worker.setDaemon(true);
        worker.start();
    }

    void cancel() {
        cancelled.set(true);
    }

    private static String ended(BatchRow row) {
        return switch (row.status()) {
            case COMPLETED -> Messages.get("run.completed");
            case CANCELLED -> Messages.get("run.cancelled");
            case SKIPPED -> Messages.get("run.skipped", row.reason());
            case FAILED -> Messages.get("run.failed", row.reason());
        };
    }

    static void asyncExec(Control control, Runnable action) {
        if (!control.isDisposed()) {
            control.getDisplay().asyncExec(() -> {
                if (!control.isDisposed()) {
                    action.run();
                }
            });
        }
    }
}
