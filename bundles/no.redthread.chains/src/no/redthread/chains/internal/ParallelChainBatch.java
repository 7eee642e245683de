package no.redthread.chains.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.chains.BatchListener;
import no.redthread.chains.BatchRow;
import no.redthread.chains.Chain;
import no.redthread.chains.ChainBatch;
import no.redthread.chains.ChainException;
import no.redthread.chains.ChainRunner;
import no.redthread.chains.ChainSteps;
import no.redthread.workspace.DetachedWorkspaces;

/** The batch: a fixed pool per run, one {@link FolderRun} per folder; see {@link ChainBatch} for the rules. */
@Component(service = ChainBatch.class)
public final class ParallelChainBatch implements ChainBatch {

    private static final AtomicInteger RUNS = new AtomicInteger();

    private final ChainSteps steps;
    private final ChainRunner runner;
    private final DetachedWorkspaces workspaces;

    @Activate
    public ParallelChainBatch(@Reference ChainSteps steps, @Reference ChainRunner runner,
            @Reference DetachedWorkspaces workspaces) {
        this.steps = steps;
        this.runner = runner;
        this.workspaces = workspaces;
    }

    @Override
    public List<BatchRow> run(Chain chain, List<Path> folders, Options options, BatchListener listener)
            throws ChainException {
        steps.check(chain);
        if (folders.isEmpty()) {
            return List.of();
        }
        try {
            Files.createDirectories(options.outputFolder());
        } catch (IOException e) {
            throw new ChainException(options.outputFolder() + ": " + e.getMessage());
        }
        FolderRun run = new FolderRun(chain, runner, workspaces, options, listener);
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), folders.size());
        int number = RUNS.incrementAndGet();
        AtomicInteger thread = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread worker = new Thread(task, "chain-batch-" + number + "-" + thread.incrementAndGet());
            worker.setDaemon(true);
            return worker;
        });
        try {
            List<Future<BatchRow>> rows = new ArrayList<>();
            for (Path folder : folders) {
                rows.add(pool.submit(() -> run.run(folder)));
            }
            List<BatchRow> done = new ArrayList<>();
            for (Future<BatchRow> row : rows) {
                done.add(row.get());
            }
            return done;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChainException("the batch was interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause()); // FolderRun turns every failure into a row
        } finally {
            pool.shutdownNow();
        }
    }
}
