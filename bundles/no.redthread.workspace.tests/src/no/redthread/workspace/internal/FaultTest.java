package no.redthread.workspace.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanPackage;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceProblem;

/** A file that cannot be read is reported with its place, never overwritten, and the rest opens. */
class FaultTest {

    @TempDir
    Path folder;
    private Path plans;
    private Path notes;

    @BeforeEach
    void createWorkspace() throws IOException {
        WorkspaceServiceImpl service = Fixtures.service();
        Workspace workspace = service.create(folder, SampleModels.planSystem("1871", "Andøy", 2, 7));
        Plan plan = workspace.planSystem().orElseThrow().getPlans().get(2);
        NotesModule.addNote(workspace.moduleRoot(NotesModule.ID).orElseThrow(), "note-1", "Om målet", plan, plan.getGoals().get(0));
        service.save();
        service.close();
        plans = folder.resolve("plansystem.json");
        notes = folder.resolve("modules/notes.json");
    }

    /** Replaces the first occurrence of a text and returns the 1-based line it was on. */
    private static int replace(Path file, String from, String to) throws IOException {
        String content = Files.readString(file);
        int at = content.indexOf(from);
        assertTrue(at >= 0, from);
        Files.writeString(file, content.substring(0, at) + to + content.substring(at + from.length()));
        return (int) content.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static void rename(Workspace workspace, String name) {
        Plan plan = workspace.planSystem().orElseThrow().getPlans().get(0);
        workspace.commandStack().execute(SetCommand.create(workspace.editingDomain(), plan, PlanPackage.Literals.PLAN__NAME, name));
    }

    private static WorkspaceProblem only(Workspace workspace, Path file) {
        List<WorkspaceProblem> problems = workspace.problems().stream().filter(p -> p.file().equals(file)).toList();
        assertEquals(1, problems.size(), workspace.problems().toString());
        return problems.get(0);
    }

    @Test
    void aSyntaxErrorIsReportedWithLineAndColumnAndTheFileIsNeverWritten() throws IOException {
        int line = replace(notes, "\"text\": \"Om målet\",", "\"text\": \"Om målet\"");
        byte[] broken = Files.readAllBytes(notes);
        WorkspaceServiceImpl service = Fixtures.service();

        Workspace workspace = service.open(folder);

        WorkspaceProblem problem = only(workspace, notes);
        assertEquals(line + 1, problem.line(), problem.toString());
        assertTrue(problem.column() > 0, problem.toString());
        assertTrue(problem.reason().contains("comma"), problem.reason());
        assertEquals(10, workspace.planSystem().orElseThrow().getPlans().size(), "the plan system still opens");
        assertTrue(workspace.moduleRoot(NotesModule.ID).isEmpty());
        assertEquals(1, workspace.readOnlyResources().size());
        assertTrue(workspace.editingDomain().isReadOnly(workspace.readOnlyResources().get(0)));

        byte[] plansBefore = Files.readAllBytes(plans);
        rename(workspace, "Nytt navn");
        service.save();

        assertArrayEquals(broken, Files.readAllBytes(notes), "the unreadable file is left as it was");
        assertFalse(Arrays.equals(plansBefore, Files.readAllBytes(plans)), "the rest is saved");
        assertFalse(Files.exists(folder.resolve("modules/notes-2.json")), "no second notes file is made");
        assertTrue(workspace.problems().stream().anyMatch(p -> p.reason().startsWith("not saved")), workspace.problems().toString());
        assertFalse(workspace.isDirty());
    }

    @Test
    void anUnknownVersionIsReportedAndReferencesIntoTheFileSurviveAsProxies() throws IOException {
        byte[] original = Files.readAllBytes(plans);
        replace(plans, "\"version\": 1,", "\"version\": 2,");
        byte[] newer = Files.readAllBytes(plans);
        WorkspaceServiceImpl service = Fixtures.service();

        Workspace workspace = service.open(folder);

        WorkspaceProblem problem = only(workspace, plans);
        assertTrue(problem.reason().contains("unknown format version 2"), problem.reason());
        assertEquals(3, problem.line());
        assertEquals(14, problem.column());
        assertTrue(workspace.planSystem().isEmpty());
        EObject note = ((List<?>) workspace.moduleRoot(NotesModule.ID).orElseThrow().eGet(NotesModule.NOTES)).stream()
                .map(EObject.class::cast).findFirst().orElseThrow();
        assertTrue(((EObject) note.eGet(NotesModule.PLAN, false)).eIsProxy());

        workspace.commandStack().execute(SetCommand.create(workspace.editingDomain(), note, NotesModule.TEXT, "Endret"));
        service.save();

        assertArrayEquals(newer, Files.readAllBytes(plans));
        assertTrue(Files.readString(notes).contains("\"plan\": \"plansystem.json#plan-samfunnsdel\""), "the proxy is written back");
        Files.write(plans, original);
        Workspace fixed = Fixtures.service().open(folder);
        assertEquals(List.of(), fixed.problems());
        note = (EObject) ((List<?>) fixed.moduleRoot(NotesModule.ID).orElseThrow().eGet(NotesModule.NOTES)).get(0);
        assertEquals("Endret", note.eGet(NotesModule.TEXT));
        assertSame(fixed.planSystem().orElseThrow().getPlans().get(2), note.eGet(NotesModule.PLAN));
    }

    @Test
    void aDanglingReferenceIsReportedWhereItIs() throws IOException {
        int line = replace(notes, "plansystem.json#goal-samfunnsdel-0", "plansystem.json#goal-nowhere");
        byte[] broken = Files.readAllBytes(notes);
        WorkspaceServiceImpl service = Fixtures.service();

        Workspace workspace = service.open(folder);

        WorkspaceProblem problem = only(workspace, notes);
        assertTrue(problem.reason().contains("dangling reference") && problem.reason().contains("goal-nowhere"), problem.reason());
        assertEquals(line, problem.line());
        assertTrue(problem.column() > 0);
        assertTrue(workspace.planSystem().isPresent());

        rename(workspace, "Endret");
        service.save();
        assertArrayEquals(broken, Files.readAllBytes(notes));
    }

    @Test
    void anUnknownTypeIsReported() throws IOException {
        int line = replace(notes, "\"type\": \"Note\"", "\"type\": \"Nota\"");
        Workspace workspace = Fixtures.service().open(folder);

        WorkspaceProblem problem = only(workspace, notes);
        assertEquals("unknown type Nota", problem.reason());
        assertEquals(line, problem.line());
        assertTrue(workspace.planSystem().isPresent());
    }

    @Test
    void aModuleWhosePluginIsMissingIsKeptAsItIs() throws IOException {
        Path other = folder.resolve("modules/other.json");
        String content = "{\n  \"format\": \"redthread-resource\",\n  \"version\": 1,\n  \"nsURI\": \"http://example.org/none\",\n"
                + "  \"contents\": []\n}\n";
        Files.writeString(other, content);
        replace(folder.resolve("workspace.json"), "\"resources\": [", "\"resources\": [\n    {\"path\": \"modules/other.json\", \"role\": \"module\", \"module\": \"other\"},");
        WorkspaceServiceImpl service = Fixtures.service();

        Workspace workspace = service.open(folder);
        assertTrue(only(workspace, other).reason().contains("unknown model package"));
        rename(workspace, "Endret");
        service.save();

        assertEquals(content, Files.readString(other));
        assertTrue(Files.readString(folder.resolve("workspace.json")).contains("modules/other.json"), "it stays listed");
    }

    @Test
    void anUnreadableWorkspaceFileIsReportedAndTheFilesAreFoundByName() throws IOException {
        Path manifest = folder.resolve("workspace.json");
        Files.writeString(manifest, "{\n  \"format\": \"redthread-workspace\",\n  \"version\": 1,\n  \"resources\": [\n");
        WorkspaceServiceImpl service = Fixtures.service();

        Workspace workspace = service.open(folder);

        WorkspaceProblem problem = only(workspace, manifest);
        assertEquals(5, problem.line(), problem.toString());
        assertTrue(workspace.planSystem().isPresent());
        assertTrue(workspace.moduleRoot(NotesModule.ID).isPresent());
        rename(workspace, "Endret");
        service.save();
        assertEquals("{\n  \"format\": \"redthread-workspace\",\n  \"version\": 1,\n  \"resources\": [\n", Files.readString(manifest));
        assertNotEquals(List.of(), workspace.problems());
    }

    @Test
    void aFolderWithoutWorkspaceFileIsNoWorkspace() throws IOException {
        Files.delete(folder.resolve("workspace.json"));
        assertThrows(NoSuchFileException.class, () -> Fixtures.service().open(folder));
    }
}
