package no.redthread.assessment.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.assessment.AssessmentService;
import no.redthread.assessment.ConflictCandidate;
import no.redthread.assessment.Gap;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.model.AssessmentPackage;
import no.redthread.assessment.model.AssessmentSet;
import no.redthread.assessment.model.AssessmentStatus;
import no.redthread.assessment.template.AnswerOption;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.FormTemplateCatalog;
import no.redthread.assessment.template.PlacedQuestion;
import no.redthread.assessment.template.PlanLevel;
import no.redthread.model.plan.Plan;
import no.redthread.workbench.SelectionService;
import no.redthread.workbench.UndoContext;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;

/** The assessment editor, summary and New assessment command over the demo workspace, through the real services. */
class AssessmentViewsTest {

    @TempDir
    Path folder;

    private ViewsFixture fixture;
    private Display display;
    private Shell shell;
    private WorkspaceService workspaces;
    private SelectionService selection;
    private AssessmentService service;
    private FormTemplateCatalog catalog;
    private Names names;
    private Workspace workspace;
    private Plan samfunnsdel;
    private NewAssessmentCommand command;
    private AssessmentEditorPart editor;
    private AssessmentSummaryPart summary;

    @BeforeEach
    void openTheDemo() throws Exception {
        fixture = new ViewsFixture(folder);
        workspaces = fixture.workspaces;
        selection = fixture.selection;
        service = fixture.assessments;
        catalog = fixture.catalog;
        names = fixture.names;
        workspace = fixture.workspace;
        samfunnsdel = fixture.samfunnsdel;
        display = fixture.display;
        shell = fixture.shell;
        command = new NewAssessmentCommand(selection, workspaces, service, catalog, fixture.users);
        editor = new AssessmentEditorPart(workspaces, service, catalog, names, fixture.users,
                fixture.site(AssessmentEditorDescriptor.ID));
        editor.createControl(shell);
        summary = new AssessmentSummaryPart(workspaces, service, names, fixture.site(AssessmentSummaryDescriptor.ID));
        summary.createControl(shell);
        shell.open();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Assessment createForSamfunnsdel() {
        selection.publish("test", List.of(samfunnsdel));
        assertTrue(command.isEnabled(), "a plan is selected");
        FormTemplate template = command.preselected(samfunnsdel).orElseThrow();
        assertEquals(PlanLevel.SAMFUNNSDEL, template.planLevel(), "the worksheet fits the plan's kind");
        Assessment assessment = command.create(workspace, template, samfunnsdel);
        flush();
        return assessment;
    }

    @Test
    void anAssessmentIsCreatedFilledThroughTheWidgetsSummarisedAndUndone() {
        UndoContext undo = service(UndoContext.class);
        Assessment assessment = createForSamfunnsdel();
        AssessmentSet root = (AssessmentSet) workspace.moduleRoot(AssessmentEdits.ROOT).orElseThrow();
        assertTrue(root.getAssessments().contains(assessment));
        assertSame(samfunnsdel, assessment.getPlan());
        assertSame(assessment, editor.assessment(), "the editor follows the selection");
        FormTemplate template = service.templateOf(assessment).orElseThrow();
        assertEquals(template.dimensions().size(), editor.tabs().getItemCount(), "one tab per dimension");
        List<PlacedQuestion> questions = template.questions();
        String first = questions.get(0).question().id();
        String second = questions.get(1).question().id();
        int total = questions.size();
        assertEquals(0, editor.progress().getSelection());

        Combo firstAnswer = editor.combo(first);
        firstAnswer.select(0);
        firstAnswer.notifyListeners(SWT.Selection, new Event());
        Text secondJustification = editor.justification(second);
        secondJustification.setText("Strategien mangler");
        Combo secondAnswer = editor.combo(second);
        secondAnswer.select(2);
        secondAnswer.notifyListeners(SWT.Selection, new Event());
        flush();

        assertEquals("ivaretatt", assessment.answerTo(first).getOptionId());
        assertEquals("ikke-ivaretatt", assessment.answerTo(second).getOptionId());
        assertEquals("Strategien mangler", assessment.answerTo(second).getJustification());
        assertEquals(2, editor.progress().getSelection());
        assertEquals(2, summary.summary().completion().answered());
        assertEquals(total, summary.summary().completion().total());
        assertTrue(summary.completionRows().contains(Messages.get("summary.total") + "|"
                + Messages.get("editor.completion", 2, total)), summary.completionRows().toString());
        assertEquals(template.dimensions().size() + 1, summary.completionRows().size());
        assertEquals(1, summary.gaps().getTable().getItemCount(), "the not-fulfilled answer is a gap");
        assertTrue(summary.distributionText().contains("Ivaretatt: 1"), summary.distributionText());
        assertTrue(summary.distributionText().contains("Ikke ivaretatt: 1"), summary.distributionText());
        double[] fulfilled = summary.chart().getSeriesSet().getSeries("ivaretatt").getYSeries();
        assertEquals(1.0, java.util.Arrays.stream(fulfilled).sum(), "the chart has a series per option");
        double[] open = summary.chart().getSeriesSet().getSeries(SummaryChart.UNANSWERED).getYSeries();
        assertEquals(total - 2, java.util.Arrays.stream(open).sum(), 0.001, "and one for the unanswered");

        // a changed justification is one more command
        secondJustification.setText("Strategien mangler helt");
        secondJustification.notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals("Strategien mangler helt", assessment.answerTo(second).getJustification());

        undo.undo();
        flush();
        assertEquals("Strategien mangler", assessment.answerTo(second).getJustification());
        undo.undo();
        flush();
        assertNull(assessment.answerTo(second), "undo reverts the last answer");
        assertEquals("ivaretatt", assessment.answerTo(first).getOptionId(), "the earlier answer stays");
        assertEquals(-1, editor.combo(second).getSelectionIndex());
        assertEquals(1, editor.progress().getSelection());
        assertEquals(1, summary.summary().completion().answered());
        assertEquals(0, summary.gaps().getTable().getItemCount());

        undo.undo();
        undo.undo();
        flush();
        assertFalse(root.getAssessments().contains(assessment), "undo removes the new assessment too");
        assertNull(editor.assessment());
        undo.redo();
        flush();
        assertTrue(root.getAssessments().contains(assessment));
    }

    @Test
    void aTypedLetterChoosesAnOptionAndTheFilterHidesAnsweredQuestions() {
        Assessment assessment = createForSamfunnsdel();
        List<PlacedQuestion> questions = service.templateOf(assessment).orElseThrow().questions();
        String answered = questions.get(3).question().id();
        String open = questions.get(4).question().id();
        Event key = new Event();
        key.character = 'd';
        editor.combo(answered).notifyListeners(SWT.KeyDown, key);
        assertEquals("delvis-ivaretatt", assessment.answerTo(answered).getOptionId());
        flush();

        editor.unansweredOnly().setSelection(true);
        editor.unansweredOnly().notifyListeners(SWT.Selection, new Event());
        assertFalse(editor.isShown(answered));
        assertTrue(editor.isShown(open));
        editor.unansweredOnly().setSelection(false);
        editor.unansweredOnly().notifyListeners(SWT.Selection, new Event());
        assertTrue(editor.isShown(answered));
    }

    @Test
    void aGapInTheSummaryTakesTheEditorToItsQuestion() {
        Assessment assessment = createForSamfunnsdel();
        FormTemplate template = service.templateOf(assessment).orElseThrow();
        int lastDimension = template.dimensions().size() - 1;
        PlacedQuestion question = template.questions().stream()
                .filter(q -> q.dimension() == template.dimensions().get(lastDimension)).findFirst().orElseThrow();
        Combo combo = editor.combo(question.question().id());
        combo.select(2);
        combo.notifyListeners(SWT.Selection, new Event());
        flush();
        editor.tabs().setSelection(0);

        Gap gap = summary.summary().gaps().get(0);
        summary.gaps().setSelection(new StructuredSelection(gap), true);
        flush();

        assertEquals(lastDimension, editor.tabs().getSelectionIndex());
        assertSame(assessment, editor.assessment());
        assertSame(assessment.answerTo(question.question().id()), selection.current().get(0));
    }

    @Test
    void aCandidateGoalConflictIsListedAndPublishedWithItsAssessmentForOtherBundlesCommands() {
        Assessment assessment = createForSamfunnsdel();
        FormTemplate template = service.templateOf(assessment).orElseThrow();
        assertEquals(0, summary.conflicts().getTable().getItemCount());
        assertFalse(summary.conflicts().getTable().getVisible(), "hidden without conflicts");
        List<PlacedQuestion> theme = template.questions().stream()
                .collect(Collectors.groupingBy(q -> q.theme().id())).values().stream()
                .filter(questions -> questions.size() > 1 && option(template, questions.get(0), 1) != null
                        && option(template, questions.get(1), -1) != null)
                .findFirst().orElseThrow();
        for (int i = 0; i < 2; i++) {
            AssessmentEdits.answer(workspace.editingDomain(), service, assessment, theme.get(i).question().id(),
                    option(template, theme.get(i), i == 0 ? 1 : -1), "Begrunnelse", "Testeren");
        }
        flush();

        assertEquals(1, summary.conflicts().getTable().getItemCount());
        assertTrue(summary.conflicts().getTable().getVisible());
        ConflictCandidate conflict = summary.summary().conflicts().get(0);
        assertEquals(theme.get(0).theme().id(), conflict.themeId());
        summary.conflicts().setSelection(new StructuredSelection(conflict), true);
        flush();
        assertEquals(List.of(conflict, assessment), selection.current(), "the conflict with its assessment");
    }

    private static String option(FormTemplate template, PlacedQuestion question, int direction) {
        return template.scaleOf(question.question()).options().stream().filter(o -> o.direction() == direction)
                .map(AnswerOption::id).findFirst().orElse(null);
    }

    @Test
    void enterMovesFromTheAnswerToItsJustificationAndOnToTheNextQuestion() {
        Assessment assessment = createForSamfunnsdel();
        List<PlacedQuestion> questions = service.templateOf(assessment).orElseThrow().questions();
        String first = questions.get(0).question().id();
        String second = questions.get(1).question().id();
        shell.forceActive();
        editor.combo(first).forceFocus();
        flush();
        assertTrue(editor.combo(first).isFocusControl(), "the answer box has keyboard focus");

        Event enter = new Event();
        enter.detail = SWT.TRAVERSE_RETURN;
        enter.doit = true;
        editor.combo(first).notifyListeners(SWT.Traverse, enter);
        assertFalse(enter.doit);
        assertTrue(editor.justification(first).isFocusControl(), "Enter in the answer goes to its justification");
        editor.justification(first).notifyListeners(SWT.DefaultSelection, new Event());
        assertTrue(editor.combo(second).isFocusControl(), "Enter in the justification goes to the next question");
    }

    @Test
    void anAssessmentThatIsNotInProgressCannotBeEdited() {
        Assessment assessment = createForSamfunnsdel();
        String first = service.templateOf(assessment).orElseThrow().questions().get(0).question().id();
        assertTrue(editor.combo(first).isEnabled());
        workspace.editingDomain().getCommandStack().execute(SetCommand.create(workspace.editingDomain(), assessment,
                AssessmentPackage.Literals.ASSESSMENT__STATUS, AssessmentStatus.COMPLETED));
        flush();
        assertFalse(editor.combo(first).isEnabled());
        assertFalse(editor.justification(first).getEditable());
    }

    private void flush() {
        fixture.flush();
    }

    private <S> S service(Class<S> type) {
        return fixture.service(type);
    }
}
