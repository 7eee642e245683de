package no.redthread.portfolio.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Control;

import no.redthread.portfolio.PortfolioService;

/**
 * Reads the rows' key figures off the UI thread, each workspace loaded detached, as many at once as there are
 * processors; each row is shown as soon as its figures are there.
 */
final class FigureLoader {

    private final PortfolioService portfolios;
    private final ExecutorService pool;

    FigureLoader(PortfolioService portfolios, Control control) {
        this.portfolios = portfolios;
        this.pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), task -> {
            Thread thread = new Thread(task, "portfolio-figures");
            thread.setDaemon(true);
            return thread;
        });
        control.addDisposeListener(event -> pool.shutdownNow());
    }

    /** @param loaded called on the UI thread with each row whose figures arrived */
    void load(List<Row> rows, Control control, Consumer<Row> loaded) {
        LocalDate today = LocalDate.now();
        for (Row row : rows) {
            pool.submit(() -> {
                var figures = portfolios.keyFigures(row.folder, today);
                ChainRun.asyncExec(control, () -> {
                    row.figures = figures;
                    loaded.accept(row);
                });
            });
        }
    }
}
