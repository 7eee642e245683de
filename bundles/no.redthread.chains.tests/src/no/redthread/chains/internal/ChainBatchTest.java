package no.redthread.chains.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.chains.BatchListener;
import no.redthread.chains.BatchRow;
import no.redthread.chains.Chain;
import no.redthread.chains.ChainBatch;
import no.redthread.chains.Kind;
import no.redthread.chains.StepResult;
import no.redthread.model.plan.Organisation;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanFactory;
import no.redthread.model.plan.PlanSystem;
import no.redthread.workspace.DetachedWorkspaces;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;

/** The batch over generated workspaces on disk: in parallel beside the current workspace, unreadable, cancelled. */
class ChainBatchTest {

    private final Fixture fixture = new Fixture();

    @TempDir
    Path temp;

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void foldersRunSeveralAtOnceBesideTheCurrentWorkspaceAndTheRowsMatchTheWorkspaces() throws Exception {
        int parallel = Math.min(Runtime.getRuntime().availableProcessors(), 5);
        CountDownLatch together = new CountDownLatch(parallel);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        fixture.register(FakeStep.of("t.plans", Kind.WORKSPACE, Kind.FINDINGS, (in, p, context) -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            together.countDown();
            together.await(5, TimeUnit.SECONDS);
            running.decrementAndGet();
            PlanSystem system = context.workspace().planSystem().orElseThrow();
            return new StepResult(Kind.FINDINGS, system.getPlans(), List.of()).withFigure(system.getPlans().size());
        }));
        List<Path> folders = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            folders.add(generate("50" + (10 + i), "Kommune " + i, i));
        }
        Workspace current = Fixture.workspace(temp.resolve("current"));

        List<BatchRow> rows = batch().run(chain("t.plans"), folders, options(), BatchListener.NONE);

        assertEquals(current, Fixture.service(WorkspaceService.class).current().orElseThrow());
        assertEquals(parallel, most.get(), "as many at once as the machine has processors");
        assertEquals(folders, rows.stream().map(BatchRow::folder).toList(), "rows in the order of the folders");
        for (int i = 1; i <= 5; i++) {
            BatchRow row = rows.get(i - 1);
            assertEquals(BatchRow.Status.COMPLETED, row.status(), row.reason());
            assertEquals("Kommune " + i + " (50" + (10 + i) + ")", row.municipality());
            assertEquals(List.of(i), row.figures());
        }
    }

    @Test
    void anUnreadableFolderIsSkippedNamingTheFileAndNothingIsWrittenIntoIt() throws Exception {
        fixture.register(FakeStep.of("t.plans", Kind.WORKSPACE, Kind.FINDINGS,
                (in, p, context) -> new StepResult(Kind.FINDINGS, List.of(), List.of())));
        Path good = generate("5025", "Røros", 1);
        Path broken = generate("5601", "Alta", 1);
        Files.writeString(broken.resolve("plansystem.json"), "{ \"format\": ");
        deleteTree(broken.resolve(".redthread"));
        Map<Path, String> before = snapshot(broken);

        List<BatchRow> rows = batch().run(chain("t.plans"), List.of(good, broken), options(), BatchListener.NONE);

        assertTrue(rows.get(0).ok(), rows.get(0).reason());
        assertEquals(BatchRow.Status.SKIPPED, rows.get(1).status());
        assertTrue(rows.get(1).reason().startsWith(broken.resolve("plansystem.json") + ":1:"), rows.get(1).reason());
        assertEquals(before, snapshot(broken));
    }

    @Test
    void cancellingStopsTheRunningFoldersBeforeTheirNextStepAndStartsNoOther() throws Exception {
        fixture.register(FakeStep.of("t.slow", Kind.WORKSPACE, Kind.FINDINGS, (in, p, context) -> {
            Thread.sleep(300);
            return new StepResult(Kind.FINDINGS, List.of(), List.of());
        }), FakeStep.of("t.next", Kind.FINDINGS, Kind.FINDINGS,
                (in, p, context) -> new StepResult(Kind.FINDINGS, List.of(), List.of())));
        List<Path> folders = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            folders.add(generate("50" + (10 + i), "Kommune " + i, 1));
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        List<Path> started = new CopyOnWriteArrayList<>();
        BatchListener cancelAfterFirst = new BatchListener() {
            @Override
            public void started(Path folder) {
                started.add(folder);
            }

            @Override
            public void finished(BatchRow row) {
                cancelled.set(true);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };

        List<BatchRow> rows = batch().run(chain("t.slow", "t.next"), folders, options(), cancelAfterFirst);

        assertTrue(rows.stream().anyMatch(BatchRow::ok), rows.toString());
        int parallel = Math.min(Runtime.getRuntime().availableProcessors(), folders.size());
        assertEquals(parallel, started.size(), "no folder starts after the cancel: " + started);
        for (BatchRow row : rows.subList(parallel, rows.size())) {
            assertEquals(BatchRow.Status.CANCELLED, row.status());
            assertTrue(row.files().isEmpty());
        }
        assertFalse(Files.exists(temp.resolve("out").resolve(folders.get(5).getFileName() + ".html")));
    }

    private Path generate(String number, String name, int plans) throws Exception {
        PlanSystem system = PlanFactory.eINSTANCE.createPlanSystem();
        system.setName("Plansystem for " + name);
        Organisation organisation = PlanFactory.eINSTANCE.createOrganisation();
        organisation.setName(name);
        organisation.setNumber(number);
        system.setOrganisation(organisation);
        for (int i = 0; i < plans; i++) {
            Plan plan = PlanFactory.eINSTANCE.createPlan();
            plan.setId(number + "-plan-" + i);
            plan.setName("Plan " + i);
            system.getPlans().add(plan);
        }
        Path folder = temp.resolve("ws").resolve(number);
        Fixture.service(DetachedWorkspaces.class).createDetached(folder, system).close();
        return folder;
    }

    private static ChainBatch batch() throws InterruptedException {
        return Fixture.service(ChainBatch.class);
    }

    private ChainBatch.Options options() {
        return new ChainBatch.Options(Locale.forLanguageTag("nb-NO"), LocalDate.of(2026, 12, 6), temp.resolve("out"));
    }

    private static Chain chain(String... steps) {
        return new Chain("test", "Test", java.util.Arrays.stream(steps).map(Chain.Step::new).toList());
    }

    private static Map<Path, String> snapshot(Path folder) throws Exception {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.toList()) {
                files.put(folder.relativize(file), Files.isDirectory(file) ? "/" : Files.readString(file));
            }
        }
        return files;
    }

    private static void deleteTree(Path folder) throws Exception {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
