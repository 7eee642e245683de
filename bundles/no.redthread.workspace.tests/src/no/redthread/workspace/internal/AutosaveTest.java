package no.redthread.workspace.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.model.plan.PlanPackage;
import no.redthread.workspace.Workspace;

/** Unsaved work survives a crash in the autosave journal and is recovered when the user asks. */
class AutosaveTest {

    @TempDir
    Path folder;

    @BeforeEach
    void createWorkspace() throws IOException {
        WorkspaceServiceImpl service = Fixtures.service();
        service.create(folder, SampleModels.planSystem("3401", "Kongsvinger", 2, 3));
        service.close();
    }

    private static void rename(Workspace workspace, String name) {
        var system = workspace.planSystem().orElseThrow();
        workspace.commandStack().execute(SetCommand.create(workspace.editingDomain(), system, PlanPackage.Literals.PLAN_SYSTEM__NAME, name));
    }

    /** A session that autosaved and then died without saving or closing. */
    private Instant crashedSession() throws IOException {
        WorkspaceServiceImpl crashed = Fixtures.service();
        rename(crashed.open(folder), "Ulagret endring");
        Instant before = Instant.now();
        crashed.autosave();
        return before;
    }

    @Test
    void theNextOpenOffersTheAutosaveAndRecoversIt() throws IOException {
        Instant before = crashedSession();
        WorkspaceServiceImpl service = Fixtures.service();

        Workspace opened = service.open(folder);
        assertEquals("Kongsvinger", opened.planSystem().orElseThrow().getName(), "open shows the saved state");
        Instant time = service.recoverableAutosave().orElseThrow();
        assertFalse(time.isBefore(before.minusSeconds(1)), time + " is the time of the autosave");

        Workspace recovered = service.recover();
        assertEquals("Ulagret endring", recovered.planSystem().orElseThrow().getName());
        assertTrue(recovered.isDirty(), "recovered work is unsaved");
        assertEquals(recovered, service.current().orElseThrow());

        service.save();
        assertTrue(service.recoverableAutosave().isEmpty(), "saving ends the recovery");
        assertEquals("Ulagret endring", Fixtures.service().open(folder).planSystem().orElseThrow().getName());
    }

    @Test
    void discardingForgetsTheAutosave() throws IOException {
        crashedSession();
        WorkspaceServiceImpl service = Fixtures.service();
        service.open(folder);

        service.discardAutosave();

        assertTrue(service.recoverableAutosave().isEmpty());
        assertThrows(NoSuchFileException.class, service::recover);
        assertTrue(Fixtures.service().open(folder).problems().isEmpty());
    }

    @Test
    void theRecoverableAutosaveWaitsWhileTheNewSessionAutosavesItsOwn() throws IOException {
        crashedSession();
        WorkspaceServiceImpl service = Fixtures.service();
        Workspace workspace = service.open(folder);
        rename(workspace, "Ny økt");

        service.autosave();

        Workspace recovered = service.recover();
        assertEquals("Ulagret endring", recovered.planSystem().orElseThrow().getName());
    }

    @Test
    void aCleanCloseLeavesNothingToRecover() throws IOException {
        WorkspaceServiceImpl service = Fixtures.service();
        rename(service.open(folder), "Forkastet");
        service.autosave();
        service.close();

        WorkspaceServiceImpl next = Fixtures.service();
        next.open(folder);
        assertTrue(next.recoverableAutosave().isEmpty());
    }

    @Test
    void aCleanWorkspaceIsNotAutosaved() throws IOException {
        WorkspaceServiceImpl service = Fixtures.service();
        service.open(folder);
        service.autosave();
        assertFalse(Files.exists(folder.resolve(Autosave.AUTOSAVE)));
    }

    @Test
    void theTimerAutosavesWhileThereAreUnsavedChanges() throws Exception {
        WorkspaceServiceImpl service = new WorkspaceServiceImpl(new MemorySettings(), Map.of(WorkspaceServiceImpl.AUTOSAVE_SECONDS, "1"));
        try {
            rename(service.open(folder), "Tidsstyrt");
            Path pointer = folder.resolve(Autosave.AUTOSAVE).resolve("current.json");
            for (int i = 0; i < 300 && !Files.exists(pointer); i++) {
                Thread.sleep(100); // waits for the timer; no assertion on how long it took
            }
            assertTrue(Autosave.find(folder.resolve(Autosave.AUTOSAVE)).isPresent(), "the timer wrote the journal");
        } finally {
            service.deactivate();
        }
    }

    /**
     * Commands that rename the first plan and the last budget line at once (the first and last
     * objects written) while autosave runs: every snapshot has both new names or neither.
     */
    @Test
    void anAutosaveNeverSeesHalfACommand() throws Exception {
        WorkspaceServiceImpl service = Fixtures.service();
        Workspace workspace = service.open(folder);
        var system = workspace.planSystem().orElseThrow();
        var plan = system.getPlans().get(0);
        var line = system.getBudgetLines().get(system.getBudgetLines().size() - 1);
        Thread editor = Thread.ofPlatform().start(() -> {
            for (int i = 0; i < 5000; i++) {
                CompoundCommand both = new CompoundCommand("rename " + i);
                both.append(SetCommand.create(workspace.editingDomain(), plan, PlanPackage.Literals.PLAN__NAME, "v" + i));
                both.append(SetCommand.create(workspace.editingDomain(), line, PlanPackage.Literals.BUDGET_LINE__NAME, "v" + i));
                workspace.commandStack().execute(both);
            }
        });
        Contributions contributions = new Contributions();
        WorkspaceReader reader = new WorkspaceReader(contributions.packages(), contributions.adapterFactory(), new Listeners());
        int snapshots = 0;
        while (editor.isAlive() || snapshots == 0) {
            service.autosave();
            Autosave.Snapshot snapshot = Autosave.find(folder.resolve(Autosave.AUTOSAVE)).orElse(null);
            if (snapshot != null) {
                var saved = reader.read(folder, snapshot.files()).planSystem().orElseThrow();
                assertEquals(saved.getPlans().get(0).getName(), saved.getBudgetLines().get(saved.getBudgetLines().size() - 1).getName(),
                        "snapshot " + snapshots);
                snapshots++;
            }
        }
        editor.join();
        assertTrue(snapshots > 0);
    }

    @Test
    void shutdownWithUnsavedChangesKeepsThemForRecovery() throws IOException {
        WorkspaceServiceImpl service = Fixtures.service();
        rename(service.open(folder), "Ved avslutning");
        service.deactivate();

        WorkspaceServiceImpl next = Fixtures.service();
        next.open(folder);
        assertEquals("Ved avslutning", next.recover().planSystem().orElseThrow().getName());
    }
}
