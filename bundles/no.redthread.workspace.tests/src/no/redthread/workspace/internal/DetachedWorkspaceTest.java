package no.redthread.workspace.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.model.plan.PlanPackage;
import no.redthread.model.plan.PlanSystem;
import no.redthread.workspace.DetachedWorkspace;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceListener;

/** Workspaces loaded beside the current one: the current stays, listeners hear nothing, threads work in parallel. */
class DetachedWorkspaceTest {

    @TempDir
    Path temp;

    @Test
    void aDetachedLoadLeavesTheCurrentWorkspaceAndItsListenersAlone() throws IOException {
        WorkspaceServiceImpl service = Fixtures.service();
        service.createFor(temp.resolve("other"), SampleModels.municipality("5601", "Alta"));
        service.close();
        Workspace current = service.createFor(temp.resolve("current"), SampleModels.municipality("5025", "Røros"));
        List<Path> recent = service.recentWorkspaces();
        List<String> events = new ArrayList<>();
        service.addListener(new WorkspaceListener() {
            @Override
            public void opened(Workspace workspace) {
                events.add("opened " + workspace.folder().getFileName());
            }

            @Override
            public void saved(Workspace workspace) {
                events.add("saved " + workspace.folder().getFileName());
            }
        });

        try (DetachedWorkspace other = service.load(temp.resolve("other"))) {
            rename(other, "Alta kommune (omdøpt)");
            other.save();
            assertFalse(other.isDirty());
            assertNotSame(current.resourceSet(), other.resourceSet());
        }

        assertEquals(current, service.current().orElseThrow());
        assertEquals(List.of(), events, "the workbench hears nothing of detached workspaces");
        assertTrue(Files.readString(temp.resolve("other/plansystem.json")).contains("Alta kommune (omdøpt)"));
        assertEquals(recent, service.recentWorkspaces());
    }

    @Test
    void anUnreadableFolderLoadsReadOnlyAndNothingIsWrittenIntoIt() throws IOException {
        WorkspaceServiceImpl service = Fixtures.service();
        service.createFor(temp.resolve("broken"), SampleModels.municipality("5025", "Røros"));
        service.close();
        Path folder = temp.resolve("broken");
        Files.writeString(folder.resolve("plansystem.json"), "{ \"format\": ");
        FileSync.deleteTree(folder.resolve(Transaction.HIDDEN));
        Map<String, byte[]> before = Fixtures.files(folder);

        try (DetachedWorkspace broken = service.load(folder)) {
            assertEquals(folder.resolve("plansystem.json"), broken.problems().get(0).file());
            assertTrue(broken.readOnlyReason().isPresent());
            assertThrows(AccessDeniedException.class, broken::save);
        }

        Map<String, byte[]> after = Fixtures.files(folder);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
        assertFalse(Files.exists(folder.resolve(Transaction.HIDDEN)), "not even the lock file");
    }

    @Test
    void theCurrentWorkspacesFolderLoadsReadOnlySoTwoSavesNeverMeet() throws IOException {
        WorkspaceServiceImpl service = Fixtures.service();
        service.createFor(temp.resolve("open"), SampleModels.municipality("5025", "Røros"));

        try (DetachedWorkspace same = service.load(temp.resolve("open"))) {
            assertTrue(same.readOnlyReason().isPresent());
            assertThrows(AccessDeniedException.class, same::save);
        }
        service.save(); // the current workspace still holds its lock
    }

    @Test
    void aFolderHeldDetachedIsNotOpenedAsTheCurrentWorkspaceUntilTheRunLetsGo() throws IOException {
        WorkspaceServiceImpl service = Fixtures.service();
        Path folder = temp.resolve("batch");
        service.createDetached(folder, SampleModels.planSystem("5025", "Røros", 2, 1)).close();

        try (DetachedWorkspace running = service.load(folder)) {
            FileSystemException refused = assertThrows(FileSystemException.class, () -> service.open(folder));
            assertTrue(refused.getMessage().contains(Reasons.get("lock.detached")), refused.getMessage());
            assertTrue(service.current().isEmpty(), "nothing was opened");
            rename(running, "Røros (kjørt)");
            running.save();
        }

        assertEquals("Røros (kjørt)", service.open(folder).planSystem().orElseThrow().getOrganisation().getName());
        service.close();
    }

    @Test
    void createDetachedNeverOverwritesAWorkspace() throws IOException {
        WorkspaceServiceImpl service = Fixtures.service();
        try (DetachedWorkspace created = service.createDetached(temp.resolve("new"),
                SampleModels.planSystem("5025", "Røros", 2, 1))) {
            assertTrue(Files.exists(temp.resolve("new/workspace.json")));
            assertTrue(created.moduleRoot(NotesModule.ID).isPresent(), "modules get their roots");
        }
        assertTrue(service.current().isEmpty());
        byte[] before = Files.readAllBytes(temp.resolve("new/plansystem.json"));

        assertThrows(FileAlreadyExistsException.class, () -> service.createDetached(temp.resolve("new"),
                SampleModels.planSystem("5601", "Alta", 2, 2)));
        assertArrayEquals(before, Files.readAllBytes(temp.resolve("new/plansystem.json")));
    }

    @Test
    void severalThreadsLoadChangeAndSaveDifferentFolders() throws Exception {
        WorkspaceServiceImpl service = Fixtures.service();
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Path folder = temp.resolve("ws" + i);
            service.createDetached(folder, SampleModels.planSystem("50" + (10 + i), "Kommune " + i, 5, i)).close();
            folders.add(folder);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (Path folder : folders) {
                runs.add(pool.submit(() -> {
                    try (DetachedWorkspace workspace = service.load(folder)) {
                        assertTrue(workspace.readOnlyReason().isEmpty(), String.valueOf(workspace.readOnlyReason()));
                        rename(workspace, "Ny " + folder.getFileName());
                        workspace.save();
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        for (Path folder : folders) {
            try (DetachedWorkspace workspace = service.load(folder)) {
                assertEquals("Ny " + folder.getFileName(), workspace.planSystem().orElseThrow().getOrganisation().getName());
            }
        }
    }

    private static void rename(Workspace workspace, String name) {
        PlanSystem system = workspace.planSystem().orElseThrow();
        workspace.commandStack().execute(SetCommand.create(workspace.editingDomain(), system.getOrganisation(),
                PlanPackage.Literals.ORGANISATION__NAME, name));
    }
}
