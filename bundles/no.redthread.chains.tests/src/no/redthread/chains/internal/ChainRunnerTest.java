package no.redthread.chains.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.chains.Chain;
import no.redthread.chains.ChainException;
import no.redthread.chains.ChainOutcome;
import no.redthread.chains.ChainOutcome.Status;
import no.redthread.chains.ChainRunner;
import no.redthread.chains.Kind;
import no.redthread.chains.ProgressMonitor;
import no.redthread.chains.StepParameter;
import no.redthread.chains.StepResult;
import no.redthread.chains.Texts;
import no.redthread.model.plan.PlanPackage;
import no.redthread.model.plan.PlanSystem;
import no.redthread.report.Block;
import no.redthread.report.ReportSection;
import no.redthread.workspace.Workspace;

/** The runner and the type check through the services the framework publishes, on a real workspace. */
class ChainRunnerTest {

    private final Fixture fixture = new Fixture();

    @TempDir
    Path temp;

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    private static StepResult themes(List<String> ids) {
        return new StepResult(Kind.THEMES, ids, List.of(new ReportSection("Temaer", List.of(),
                List.of(Block.Paragraph.body(String.join(", ", ids))))));
    }

    private static Chain chain(String... steps) {
        return new Chain("test", "Test", java.util.Arrays.stream(steps).map(Chain.Step::new).toList());
    }

    @Test
    void theTypeCheckRefusesAStepThatDoesNotTakeThePreviousOutputNamingBothStepsAndKinds() throws Exception {
        fixture.register(FakeStep.of("t.weak", Kind.WORKSPACE, Kind.THEMES, (in, p, c) -> themes(List.of())),
                FakeStep.of("t.deadlines", Kind.SCHEMES, Kind.FINDINGS, (in, p, c) -> null));

        ChainException refused = assertThrows(ChainException.class,
                () -> Fixture.service(ChainRunner.class).run(chain("t.weak", "t.deadlines"),
                        Fixture.workspace(temp.resolve("ws")), Fixture.options(temp), ProgressMonitor.NONE));

        assertEquals("chain 'test': step 't.deadlines' takes schemes, but the step before it, 't.weak', gives themes",
                refused.getMessage());
    }

    @Test
    void aStepThatIsNotInstalledOrAParameterItDoesNotHaveIsRefused() throws Exception {
        fixture.register(FakeStep.of("t.weak", Kind.WORKSPACE, Kind.THEMES, (in, p, c) -> themes(List.of())));
        StepRegistry registry = (StepRegistry) Fixture.service(no.redthread.chains.ChainSteps.class);

        assertEquals("chain 'test': step 't.missing' is not installed",
                assertThrows(ChainException.class, () -> registry.check(chain("t.weak", "t.missing"))).getMessage());
        Chain unknown = new Chain("test", "Test", List.of(new Chain.Step("t.weak", Map.of("limt", "3"))));
        assertEquals("chain 'test': step 't.weak' has no parameter 'limt'",
                assertThrows(ChainException.class, () -> registry.check(unknown)).getMessage());
    }

    @Test
    void parametersTheChainDoesNotSetTakeTheirDefaults() throws Exception {
        List<Map<String, String>> seen = new ArrayList<>();
        StepParameter limit = new StepParameter("limit", "10", new Texts("Høyst", "Høgst", "At most"));
        StepParameter days = new StepParameter("days", "365", new Texts("Dager", "Dagar", "Days"));
        fixture.register(new FakeStep("t.params", Kind.WORKSPACE, Kind.THEMES, List.of(limit, days), false,
                (in, p, c) -> {
                    seen.add(p);
                    return themes(List.of());
                }));
        Workspace workspace = Fixture.workspace(temp.resolve("ws"));
        ChainRunner runner = Fixture.service(ChainRunner.class);

        runner.run(chain("t.params"), workspace, Fixture.options(temp), ProgressMonitor.NONE);
        runner.run(new Chain("c", "C", List.of(new Chain.Step("t.params", Map.of("limit", "3")))), workspace,
                Fixture.options(temp), ProgressMonitor.NONE);

        assertEquals(Map.of("limit", "10", "days", "365"), seen.get(0));
        assertEquals(Map.of("limit", "3", "days", "365"), seen.get(1));
    }

    @Test
    void aFailingStepStopsTheChainNamingTheStepAndReasonAndNothingChanges() throws Exception {
        Workspace workspace = Fixture.workspace(temp.resolve("ws"));
        PlanSystem system = workspace.planSystem().orElseThrow();
        AtomicBoolean thirdRan = new AtomicBoolean();
        fixture.register(
                new FakeStep("t.rename", Kind.WORKSPACE, Kind.THEMES, List.of(), true,
                        (in, p, c) -> themes(List.of("theme-housing")).withChange(SetCommand.create(
                                workspace.editingDomain(), system, PlanPackage.Literals.PLAN_SYSTEM__NAME, "Nytt"))),
                FakeStep.of("t.fails", Kind.THEMES, Kind.SCHEMES, (in, p, c) -> {
                    throw new IllegalStateException("the catalogue has no schemes");
                }),
                FakeStep.of("t.third", Kind.SCHEMES, Kind.FINDINGS, (in, p, c) -> {
                    thirdRan.set(true);
                    return new StepResult(Kind.FINDINGS, List.of(), List.of());
                }));

        ChainOutcome outcome = Fixture.service(ChainRunner.class).run(chain("t.rename", "t.fails", "t.third"),
                workspace, Fixture.options(temp.resolve("out")), ProgressMonitor.NONE);

        assertEquals(Status.FAILED, outcome.status());
        assertEquals("t.fails", outcome.failedStep());
        assertEquals("the catalogue has no schemes", outcome.reason());
        assertEquals(List.of("t.rename"), outcome.steps().stream().map(ChainOutcome.StepOutcome::step).toList());
        assertFalse(thirdRan.get());
        assertEquals("Plansystem for Røros", system.getName(), "the declared change of an earlier step is dropped");
        assertFalse(workspace.commandStack().canUndo());
    }

    @Test
    void cancellingInsideAStepStopsTheChainAndLeavesNoReportAndNoChange() throws Exception {
        Workspace workspace = Fixture.workspace(temp.resolve("ws"));
        PlanSystem system = workspace.planSystem().orElseThrow();
        AtomicBoolean cancelled = new AtomicBoolean();
        ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            public void task(String name, int work) {
            }

            @Override
            public void worked(int work) {
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        fixture.register(
                new FakeStep("t.rename", Kind.WORKSPACE, Kind.THEMES, List.of(), true,
                        (in, p, c) -> themes(List.of("theme-housing")).withChange(SetCommand.create(
                                workspace.editingDomain(), system, PlanPackage.Literals.PLAN_SYSTEM__NAME, "Nytt"))),
                FakeStep.of("t.slow", Kind.THEMES, Kind.THEMES, (in, p, c) -> {
                    cancelled.set(true); // the user presses Cancel half-way through this step
                    c.monitor().checkCancelled();
                    return themes(in.ids());
                }));
        Path out = temp.resolve("out");

        ChainOutcome outcome = Fixture.service(ChainRunner.class).run(chain("t.rename", "t.slow", "report.compose"),
                workspace, Fixture.options(out), monitor);

        assertEquals(Status.CANCELLED, outcome.status());
        assertEquals("t.slow", outcome.failedStep());
        assertTrue(outcome.files().isEmpty());
        assertFalse(Files.exists(out), "no report, not even its folder");
        assertEquals("Plansystem for Røros", system.getName());
        assertFalse(workspace.commandStack().canUndo());
    }

    @Test
    void declaredChangesAreOneUndoableCommandAndAnUndeclaredChangeFailsTheChain() throws Exception {
        Workspace workspace = Fixture.workspace(temp.resolve("ws"));
        PlanSystem system = workspace.planSystem().orElseThrow();
        fixture.register(
                new FakeStep("t.rename", Kind.WORKSPACE, Kind.THEMES, List.of(), true,
                        (in, p, c) -> themes(List.of()).withChange(SetCommand.create(workspace.editingDomain(),
                                system, PlanPackage.Literals.PLAN_SYSTEM__NAME, "Nytt"))),
                new FakeStep("t.org", Kind.THEMES, Kind.THEMES, List.of(), true,
                        (in, p, c) -> themes(List.of()).withChange(SetCommand.create(workspace.editingDomain(),
                                system.getOrganisation(), PlanPackage.Literals.ORGANISATION__NAME, "Røros kommune"))),
                FakeStep.of("t.sneaky", Kind.WORKSPACE, Kind.THEMES, (in, p, c) -> themes(List.of())
                        .withChange(SetCommand.create(workspace.editingDomain(), system,
                                PlanPackage.Literals.PLAN_SYSTEM__NAME, "Snik"))));
        ChainRunner runner = Fixture.service(ChainRunner.class);

        ChainOutcome outcome = runner.run(chain("t.rename", "t.org"), workspace, Fixture.options(temp),
                ProgressMonitor.NONE);

        assertTrue(outcome.changedModel());
        assertEquals("Nytt", system.getName());
        workspace.commandStack().undo();
        assertEquals("Plansystem for Røros", system.getName());
        assertEquals("Røros", system.getOrganisation().getName(), "both changes went with one undo");
        assertFalse(workspace.commandStack().canUndo());

        ChainOutcome sneaky = runner.run(chain("t.sneaky"), workspace, Fixture.options(temp), ProgressMonitor.NONE);
        assertEquals(Status.FAILED, sneaky.status());
        assertEquals("the step returned a model change but does not declare that it changes the model",
                sneaky.reason());
        assertEquals("Plansystem for Røros", system.getName());
        assertNull(workspace.commandStack().getUndoCommand());
    }

    @Test
    void aStepThatExecutesACommandItselfFailsButAnEditOnAnotherThreadMeanwhileDoesNot() throws Exception {
        Workspace workspace = Fixture.workspace(temp.resolve("ws"));
        PlanSystem system = workspace.planSystem().orElseThrow();
        fixture.register(
                FakeStep.of("t.direct", Kind.WORKSPACE, Kind.THEMES, (in, p, c) -> {
                    c.workspace().commandStack().execute(SetCommand.create(workspace.editingDomain(), system,
                            PlanPackage.Literals.PLAN_SYSTEM__NAME, "Direkte"));
                    return themes(List.of());
                }),
                FakeStep.of("t.meanwhile", Kind.WORKSPACE, Kind.THEMES, (in, p, c) -> {
                    // the user renames the plan system in the window while the step runs
                    Thread user = new Thread(() -> workspace.commandStack().execute(SetCommand.create(
                            workspace.editingDomain(), system, PlanPackage.Literals.PLAN_SYSTEM__NAME, "Brukerens")));
                    user.start();
                    user.join();
                    return themes(List.of());
                }));
        ChainRunner runner = Fixture.service(ChainRunner.class);

        ChainOutcome direct = runner.run(chain("t.direct"), workspace, Fixture.options(temp), ProgressMonitor.NONE);
        ChainOutcome meanwhile = runner.run(chain("t.meanwhile"), workspace, Fixture.options(temp),
                ProgressMonitor.NONE);

        assertEquals(Status.FAILED, direct.status());
        assertEquals("the step changed the model directly instead of returning its change", direct.reason());
        assertEquals(Status.COMPLETED, meanwhile.status(), meanwhile.reason());
        assertEquals("Brukerens", system.getName());
    }
}
