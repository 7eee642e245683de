package no.redthread.workspace.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceListener;
import no.redthread.workspace.WorkspaceService;

/** Opening, closing, listeners, recent workspaces and consultants' workspaces with several plan systems. */
class WorkspaceServiceTest {

    @TempDir
    Path temp;

    @Test
    void recentWorkspacesAreMostRecentFirstAndAtMostTen() throws IOException {
        MemorySettings settings = new MemorySettings();
        WorkspaceServiceImpl service = Fixtures.service(settings);
        for (int i = 0; i < 12; i++) {
            service.createFor(temp.resolve("ws" + i), SampleModels.municipality("3401", "Kongsvinger"));
        }
        service.open(temp.resolve("ws5"));

        List<Path> recent = service.recentWorkspaces();
        assertEquals(10, recent.size());
        assertEquals(temp.resolve("ws5"), recent.get(0));
        assertEquals(temp.resolve("ws11"), recent.get(1));
        assertEquals(temp.resolve("ws2"), recent.get(9));
        assertTrue(settings.values.get(WorkspaceService.RECENT_SETTINGS) instanceof String[], "kept in the settings store");
        assertEquals(recent, Fixtures.service(settings).recentWorkspaces());
    }

    @Test
    void listenersHearOpenSaveAndClose() throws IOException {
        WorkspaceServiceImpl service = Fixtures.service();
        List<String> events = new ArrayList<>();
        WorkspaceListener listener = new WorkspaceListener() {
            @Override
            public void opened(Workspace workspace) {
                events.add("opened " + workspace.folder().getFileName());
            }

            @Override
            public void closed(Workspace workspace) {
                events.add("closed " + workspace.folder().getFileName());
            }

            @Override
            public void saved(Workspace workspace) {
                events.add("saved " + workspace.folder().getFileName());
            }
        };
        service.addListener(listener);
        service.createFor(temp.resolve("a"), SampleModels.municipality("3401", "Kongsvinger"));
        service.saveAs(temp.resolve("b"));
        service.open(temp.resolve("a"));
        service.close();
        service.removeListener(listener);
        service.open(temp.resolve("b"));

        assertEquals(List.of("opened a", "saved b", "closed b", "opened a", "closed a"), events);
        assertTrue(service.current().isPresent());
    }

    @Test
    void aWorkspaceIsNotCreatedOverAnother() throws IOException {
        WorkspaceServiceImpl service = Fixtures.service();
        service.createFor(temp.resolve("a"), SampleModels.municipality("3401", "Kongsvinger"));
        assertThrows(FileAlreadyExistsException.class,
                () -> service.createFor(temp.resolve("a"), SampleModels.municipality("5501", "Tromsø")));
        assertThrows(IllegalStateException.class, () -> Fixtures.service().save(), "nothing open, nothing to save");
    }

    @Test
    void aConsultantsWorkspaceHoldsOnePlanSystemPerFile() throws IOException {
        WorkspaceServiceImpl service = Fixtures.service();
        Workspace workspace = service.createFor(temp.resolve("consultant"), SampleModels.municipality("3401", "Kongsvinger"));
        workspace.addPlanSystem(service.createSkeleton(SampleModels.municipality("5501", "Tromsø")));
        workspace.addPlanSystem(service.createSkeleton(SampleModels.municipality("1871", "Andøy")));
        assertTrue(workspace.isDirty(), "a new file is an unsaved change");
        service.save();
        assertFalse(workspace.isDirty());

        Workspace opened = Fixtures.service().open(temp.resolve("consultant"));
        assertEquals(List.of("3401", "5501", "1871"),
                opened.planSystems().stream().map(p -> p.getOrganisation().getNumber()).toList());
        assertTrue(Files.exists(temp.resolve("consultant/plansystems/1871.json")));
        assertEquals("plansystems/5501.json", opened.pathOf(opened.planSystems().get(1).eResource()));
        assertEquals(List.of(NotesModule.ID), List.copyOf(opened.moduleRoots().keySet()));
        assertEquals("modules/notes.json", opened.pathOf(opened.moduleRoot(NotesModule.ID).orElseThrow().eResource()));
    }
}
