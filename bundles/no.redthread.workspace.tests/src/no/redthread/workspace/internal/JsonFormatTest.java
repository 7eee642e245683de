package no.redthread.workspace.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanPackage;
import no.redthread.model.plan.PlanSystem;
import no.redthread.workspace.Workspace;

/** The canonical JSON format: round trip, stable bytes, layout. */
class JsonFormatTest {

    @TempDir
    Path temp;

    /** Two plan systems and the notes module, whose notes refer into both plan-system files. */
    private Workspace sample(WorkspaceServiceImpl service, Path folder) throws IOException {
        Workspace workspace = service.create(folder, SampleModels.planSystem("3401", "Kongsvinger", 4, 1));
        PlanSystem second = workspace.addPlanSystem(SampleModels.planSystem("5501", "Tromsø", 3, 2));
        EObject book = workspace.moduleRoot(NotesModule.ID).orElseThrow();
        Plan plan = workspace.planSystem().orElseThrow().getPlans().get(2);
        NotesModule.addNote(book, "note-1", "Første notat", plan, plan.getGoals().get(0), second.getPlans().get(3).getGoals().get(1));
        NotesModule.addNote(book, "note-2", null, null);
        service.save();
        return workspace;
    }

    @Test
    void whatIsSavedOpensEqual() throws IOException {
        Path folder = temp.resolve("ws");
        Workspace saved = sample(Fixtures.service(), folder);

        Workspace opened = Fixtures.service().open(folder);

        assertEquals(List.of(), opened.problems());
        assertEquals(3, Fixtures.roots(opened).size());
        assertTrue(EcoreUtil.equals(Fixtures.roots(saved), Fixtures.roots(opened)), "the opened model equals the saved one");
        assertFalse(opened.isDirty());
        EObject note = ((List<?>) opened.moduleRoot(NotesModule.ID).orElseThrow().eGet(NotesModule.NOTES)).stream()
                .map(EObject.class::cast).findFirst().orElseThrow();
        List<?> goals = (List<?>) note.eGet(NotesModule.GOALS);
        assertEquals(opened.planSystems().get(1).getPlans().get(3).getGoals().get(1), goals.get(1),
                "a reference into another file resolves to the object of that file");
    }

    @Test
    void savingTheSameModelTwiceGivesTheSameBytes() throws IOException {
        Path first = temp.resolve("first");
        sample(Fixtures.service(), first);
        WorkspaceServiceImpl service = Fixtures.service();
        service.open(first);

        Path second = temp.resolve("second");
        service.saveAs(second);

        Map<String, byte[]> a = Fixtures.files(first);
        Map<String, byte[]> b = Fixtures.files(second);
        assertEquals(a.keySet(), b.keySet());
        a.forEach((path, bytes) -> assertArrayEquals(bytes, b.get(path), path));
        assertEquals(List.of("modules/notes.json", "plansystem.json", "plansystems/5501.json", "workspace.json"),
                List.copyOf(a.keySet()));
    }

    @Test
    void aReferenceToARemovedObjectIsLeftOutAndReported() throws IOException {
        Path folder = temp.resolve("ws");
        WorkspaceServiceImpl service = Fixtures.service();
        Workspace workspace = sample(service, folder);
        Plan plan = workspace.planSystem().orElseThrow().getPlans().get(2);
        workspace.commandStack().execute(RemoveCommand.create(workspace.editingDomain(), plan, PlanPackage.Literals.PLAN__GOALS,
                plan.getGoals().get(0)));

        service.save();

        assertTrue(workspace.problems().stream().anyMatch(p -> p.file().equals(folder.resolve("modules/notes.json"))
                && p.reason().equals("not saved: Note note-1.goals referred to an object that is in no file")),
                workspace.problems().toString());
        assertEquals(List.of(), Fixtures.service().open(folder).problems(), "what was saved opens");
    }

    @Test
    void anUnchangedFileIsNotRewritten() throws IOException {
        Path folder = temp.resolve("ws");
        WorkspaceServiceImpl service = Fixtures.service();
        sample(service, folder);
        Path file = folder.resolve("plansystems/5501.json");
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(0));

        service.save();

        assertEquals(0, Files.getLastModifiedTime(file).toMillis());
    }

    @Test
    void filesAreReadableJsonWithTypesIdsAndReferences() throws IOException {
        Path folder = temp.resolve("ws");
        sample(Fixtures.service(), folder);

        String manifest = Files.readString(folder.resolve("workspace.json"));
        assertEquals("""
                {
                  "format": "redthread-workspace",
                  "version": 1,
                  "resources": [
                    {
                      "path": "plansystem.json",
                      "role": "plan-system"
                    },
                    {
                      "path": "modules/notes.json",
                      "role": "module",
                      "module": "notes"
                    },
                    {
                      "path": "plansystems/5501.json",
                      "role": "plan-system"
                    }
                  ]
                }
                """, manifest);
        String plans = Files.readString(folder.resolve("plansystem.json"), StandardCharsets.UTF_8);
        assertTrue(plans.startsWith("""
                {
                  "format": "redthread-resource",
                  "version": 1,
                  "nsURI": "http://redthread.no/model/plan/1.0",
                  "contents": [
                    {
                      "type": "PlanSystem",
                      "id": "plansystem-3401",
                      "name": "Kongsvinger",
                      "organisation": {
                        "type": "Organisation",
                        "id": "org-3401",
                """), plans.substring(0, 400));
        assertTrue(plans.contains("""
                          "type": "Plan",
                          "id": "plan-planstrategi",
                          "name": "Kommunal planstrategi",
                          "kind": "PLANSTRATEGI",
                          "electionPeriod": "2023-2027",
                """), "plans have their attributes in EClass order");
        assertTrue(plans.contains("\"follows\": \"plan-kunnskapsgrunnlag\""), "a reference is the id of its target");
        assertTrue(plans.endsWith("}\n"), "a trailing newline");
        assertFalse(plans.contains("\r"), "LF line ends");
        String notes = Files.readString(folder.resolve("modules/notes.json"));
        assertTrue(notes.contains("\"type\": \"NoteBook\""), notes);
        assertTrue(notes.contains("""
                          "goals": [
                            "plansystem.json#goal-samfunnsdel-0",
                            "plansystems/5501.json#goal-handlings-og-okonomiplan-1"
                          ],
                          "plan": "plansystem.json#plan-samfunnsdel"
                """), notes);
    }
}
