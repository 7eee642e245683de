package no.redthread.workspace.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanSystem;
import no.redthread.workspace.Workspace;

/** The whole workspace as one XMI file, and back. */
class XmiTest {

    @TempDir
    Path temp;

    @Test
    void anExportedWorkspaceImportsEqual() throws IOException {
        WorkspaceServiceImpl service = Fixtures.service();
        Workspace original = service.create(temp.resolve("ws"), SampleModels.planSystem("3401", "Kongsvinger", 3, 1));
        PlanSystem second = original.addPlanSystem(SampleModels.planSystem("5501", "Tromsø", 2, 2));
        Plan plan = second.getPlans().get(2);
        NotesModule.addNote(original.moduleRoot(NotesModule.ID).orElseThrow(), "note-1", "Tvers over filer", plan,
                original.planSystem().orElseThrow().getPlans().get(1).getGoals().get(0), plan.getGoals().get(1));
        service.save();
        List<EObject> saved = Fixtures.roots(original);
        Path xmi = temp.resolve("export.xmi");

        service.exportXmi(xmi);
        assertTrue(Files.readString(xmi).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));

        Workspace imported = Fixtures.service().importXmi(xmi, temp.resolve("imported"));
        assertEquals(List.of("plansystem.json", "plansystems/5501.json", "modules/notes.json"),
                ((WorkspaceImpl) imported).files().stream().map(WorkspaceFile::path).toList());
        List<EObject> roots = List.of(imported.planSystems().get(0), imported.planSystems().get(1),
                imported.moduleRoot(NotesModule.ID).orElseThrow());
        assertTrue(EcoreUtil.equals(List.of(saved.get(0), saved.get(2), saved.get(1)), roots));

        Workspace reopened = Fixtures.service().open(temp.resolve("imported"));
        assertEquals(List.of(), reopened.problems());
        assertTrue(EcoreUtil.equals(roots, List.of(reopened.planSystems().get(0), reopened.planSystems().get(1),
                reopened.moduleRoot(NotesModule.ID).orElseThrow())), "the imported workspace was saved in JSON");
    }

    @Test
    void importingIntoAnExistingWorkspaceIsRefused() throws IOException {
        WorkspaceServiceImpl service = Fixtures.service();
        service.createFor(temp.resolve("ws"), SampleModels.municipality("3401", "Kongsvinger"));
        service.exportXmi(temp.resolve("export.xmi"));
        assertThrows(FileAlreadyExistsException.class, () -> service.importXmi(temp.resolve("export.xmi"), temp.resolve("ws")));
    }
}
