package no.redthread.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.apache.felix.service.command.Function;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.assessment.AssessmentService;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.model.AssessmentSet;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.FormTemplateCatalog;
import no.redthread.assessment.template.PlacedQuestion;
import no.redthread.chains.Chain;
import no.redthread.chains.ChainOutcome;
import no.redthread.chains.ChainRunner;
import no.redthread.chains.ProgressMonitor;
import no.redthread.dilemma.sessions.model.DilemmaRegister;
import no.redthread.dilemma.sessions.model.MatrixItem;
import no.redthread.dilemma.sessions.model.MatrixItemKind;
import no.redthread.dilemma.sessions.model.Session;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanKind;
import no.redthread.validation.RedThreadValidator;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;

/**
 * {@code redthread:chain run baerekraftsjekk --all-in}: generated municipality workspaces with answered assessments
 * and one that cannot be read; the summary's figures are checked against the workspaces themselves.
 */
class ChainCommandTest {

    private static ChainConsole chains;
    private static WorkspaceConsole create;
    private static WorkspaceService workspaces;
    private static AssessmentService assessments;
    private static FormTemplateCatalog templates;
    private static RedThreadValidator validator;

    @TempDir
    Path temp;

    @BeforeAll
    static void findServices() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(ChainCommandTest.class).getBundleContext();
        ServiceTracker<Function, Function> tracker = new ServiceTracker<>(context, context.createFilter(
                "(&(objectClass=" + Function.class.getName() + ")(osgi.command.function=chain))"), null);
        tracker.open();
        chains = (ChainConsole) tracker.waitForService(10_000);
        create = service(WorkspaceConsole.class);
        workspaces = service(WorkspaceService.class);
        assessments = service(AssessmentService.class);
        templates = service(FormTemplateCatalog.class);
        validator = service(RedThreadValidator.class);
    }

    private Locale locale;

    @BeforeEach
    void inBokmaal() {
        locale = Locale.getDefault();
        Locale.setDefault(Locale.of("nb", "NO"));
    }

    @AfterEach
    void closeWorkspace() {
        workspaces.close();
        Locale.setDefault(locale);
    }

    @Test
    void listShowsTheInstalledStepsAndTheShippedRecipe() throws Exception {
        String list = chains.run(List.of("list"));

        assertTrue(list.contains("assessment.weak-themes\tworkspace → themes\tSvake temaer i vurderingen\tassessment=latest"), list);
        assertTrue(list.contains("funding.schemes-for-themes\tthemes → schemes"), list);
        assertTrue(list.contains("baerekraftsjekk\tBærekraftsjekk\tassessment.weak-themes → indicators.worsening → "
                + "funding.schemes-for-themes → validation.findings → report.compose\n"), list);
    }

    @Test
    void everyWorkspaceGetsAReportTheUnreadableOneIsSkippedUntouchedAndTheSummaryAddsUp() throws Exception {
        Path parent = temp.resolve("kommuner");
        Map<String, Integer> notFulfilled = Map.of("5025", 1, "5601", 3, "3301", 6);
        notFulfilled.forEach((number, count) -> generate(parent.resolve(number), number, count));
        Path broken = Files.createDirectories(parent.resolve("9999-broken"));
        Files.writeString(broken.resolve("workspace.json"), "{ \"schemaVersion\": 1, ");
        Map<Path, String> before = snapshot(broken);
        Path out = temp.resolve("rapporter");

        IOException failed = assertThrows(IOException.class, () -> chains.run(List.of("run", "baerekraftsjekk",
                "--out", out.toString(), "--all-in", parent.toString())));

        assertTrue(failed.getMessage().contains("3 av 4 arbeidsområder fullført"),
                failed.getMessage());
        assertTrue(failed.getMessage().contains(broken + ": " + broken.resolve("workspace.json") + ":1:"),
                failed.getMessage());
        assertEquals(before, snapshot(broken), "nothing written into the unreadable workspace");
        List<String> csv = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals(5, csv.size(), String.join("\n", csv));
        assertTrue(csv.get(4).startsWith("9999-broken,,SKIPPED,"), csv.get(4));
        for (String number : notFulfilled.keySet()) {
            String row = csv.stream().filter(line -> line.startsWith(number + ",")).findFirst().orElseThrow();
            List<String> cells = List.of(row.split(","));
            assertEquals("COMPLETED", cells.get(2), row);
            Workspace workspace = workspaces.open(parent.resolve(number));
            Assessment assessment = ((AssessmentSet) workspace.moduleRoot("assessment").orElseThrow())
                    .getAssessments().get(0);
            assertEquals(String.valueOf(assessments.weakThemes(assessment).size()), cells.get(3), row);
            assertEquals(String.valueOf(validator.validate(workspace.planSystem().orElseThrow()).size()),
                    cells.get(6), row);
            workspaces.close();
            assertTrue(Files.size(out.resolve(number + ".pdf")) > 1000);
            assertTrue(Files.readString(out.resolve(number + ".html")).contains("Svake temaer"));
        }
        assertTrue(Files.readString(out.resolve("summary.html")).contains("9999-broken"));
    }

    @Test
    void aDilemmaSessionDraftIsAddedAsOneUndoableCommandOnlyByTheStepThatSaysSo() throws Exception {
        Path folder = temp.resolve("5025");
        generate(folder, "5025", 4);
        Workspace workspace = workspaces.open(folder);
        Assessment assessment = ((AssessmentSet) workspace.moduleRoot("assessment").orElseThrow()).getAssessments()
                .get(0);
        List<String> weak = assessments.weakThemes(assessment).stream().map(w -> w.themeId()).toList();
        DilemmaRegister register = (DilemmaRegister) workspace.moduleRoot("dilemma").orElseThrow();
        ChainRunner runner = service(ChainRunner.class);
        ChainRunner.Options options = new ChainRunner.Options(Locale.of("nb", "NO"), LocalDate.of(2026, 12, 6),
                temp.resolve("out"), "5025");

        ChainOutcome conflicts = runner.run(new Chain("c", "Konflikter", List.of(
                new Chain.Step("assessment.conflicting-themes"))), workspace, options, ProgressMonitor.NONE);
        ChainOutcome draft = runner.run(new Chain("d", "Utkast", List.of(new Chain.Step("assessment.weak-themes"),
                new Chain.Step("dilemma.session-draft", Map.of("title", "Boligkonflikter")))), workspace, options,
                ProgressMonitor.NONE);

        assertEquals(assessments.summarise(assessment).conflicts().size(), conflicts.steps().get(0).count());
        assertEquals(ChainOutcome.Status.COMPLETED, draft.status(), draft.reason());
        assertTrue(draft.changedModel());
        Session session = register.getSessions().get(register.getSessions().size() - 1);
        assertEquals("Boligkonflikter", session.getTitle());
        assertEquals(MatrixItemKind.THEMES, session.getMatrix().getItemKind());
        assertEquals(weak, session.getMatrix().getItems().stream().map(MatrixItem::getId).toList());
        assertTrue(weak.size() > 0);
        workspace.commandStack().undo();
        assertTrue(register.getSessions().stream().noneMatch(s -> "Boligkonflikter".equals(s.getTitle())));
        assertFalse(workspace.commandStack().canUndo(), "the whole run was one command");
    }

    /** A municipality's workspace with its samfunnsdel assessed: the first questions not fulfilled, the rest fulfilled. */
    private static void generate(Path folder, String number, int notFulfilled) {
        try {
            create.create(number, folder.toString());
            Workspace workspace = workspaces.current().orElseThrow();
            Plan plan = workspace.planSystem().orElseThrow().getPlans().stream()
                    .filter(p -> p.getKind() == PlanKind.SAMFUNNSDEL).findFirst().orElseThrow();
            FormTemplate template = templates.latest("redthread-samfunnsdel").orElseThrow();
            Assessment assessment = assessments.create(template, plan, "Kari Planlegger");
            List<PlacedQuestion> questions = template.questions();
            for (int i = 0; i < questions.size(); i++) {
                boolean bad = i < notFulfilled;
                assessments.answer(assessment, questions.get(i).question().id(), bad ? "ikke-ivaretatt" : "ivaretatt",
                        bad ? "Mangler." : null, "Kari Planlegger");
            }
            ((AssessmentSet) workspace.moduleRoot("assessment").orElseThrow()).getAssessments().add(assessment);
            workspaces.save();
            workspaces.close();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<Path, String> snapshot(Path folder) throws IOException {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.toList()) {
                files.put(folder.relativize(file), Files.isDirectory(file) ? "/" : Files.readString(file));
            }
        }
        return files;
    }

    private static <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(ChainCommandTest.class).getBundleContext(), type, null);
        tracker.open();
        T service = tracker.waitForService(10_000);
        if (service == null) {
            throw new IllegalStateException("no " + type.getName());
        }
        return service;
    }
}
