package no.redthread.assessment.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceRegistration;

import no.redthread.assessment.ConflictCandidate;
import no.redthread.assessment.model.Answer;
import no.redthread.assessment.report.AssessmentReports;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.model.AssessmentStatus;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.FormTemplateProvider;
import no.redthread.assessment.template.PlacedQuestion;
import no.redthread.assessment.template.TemplateDimension;
import no.redthread.assessment.template.TemplateProblem;
import no.redthread.assessment.template.TemplateRule;
import no.redthread.assessment.template.TemplateTheme;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Theme;

/**
 * The assessment's life beyond answering, through the widgets over the demo workspace: status changes, conclusions,
 * evidence, a new worksheet version with orphaned answers, the list of assessments and new revisions.
 */
class AssessmentWorkflowTest {

    @TempDir
    Path folder;

    private ViewsFixture fixture;
    private AssessmentEditorPart editor;
    private AssessmentListPart list;
    private Assessment assessment;
    private FormTemplate template;
    private CommandStack stack;

    @BeforeEach
    void createAnAssessment() throws Exception {
        fixture = new ViewsFixture(folder);
        editor = new AssessmentEditorPart(fixture.workspaces, fixture.assessments, fixture.catalog, fixture.names,
                fixture.users, fixture.site(AssessmentEditorDescriptor.ID));
        editor.createControl(fixture.shell);
        list = new AssessmentListPart(fixture.workspaces, fixture.assessments, fixture.catalog,
                fixture.users, fixture.site(AssessmentListDescriptor.ID));
        list.createControl(fixture.shell);
        fixture.shell.open();
        NewAssessmentCommand command = new NewAssessmentCommand(fixture.selection, fixture.workspaces,
                fixture.assessments, fixture.catalog, fixture.users);
        assertTrue(command.inContextMenu(), "offered in the Explorer's context menu");
        template = command.preselected(fixture.samfunnsdel).orElseThrow();
        assessment = command.create(fixture.workspace, template, fixture.samfunnsdel);
        stack = fixture.workspace.editingDomain().getCommandStack();
        fixture.flush();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private void answerAll() {
        for (PlacedQuestion placed : template.questions()) {
            String option = template.scaleOf(placed.question()).options().get(0).id();
            AssessmentEdits.answer(fixture.workspace.editingDomain(), fixture.assessments, assessment,
                    placed.question().id(), option, "Vurdert i planarbeidet", fixture.users.displayName());
        }
        fixture.flush();
    }

    private static void click(Button button) {
        assertTrue(button.getVisible() && button.isEnabled(), button.getText() + " can be pressed");
        button.notifyListeners(SWT.Selection, new Event());
    }

    @Test
    void anAssessmentIsCompletedOnlyWhenAnsweredThenApprovedAndReopened() {
        StatusActions status = editor.statusActions();
        assertFalse(status.approve().getVisible(), "nothing to approve while in progress");
        click(status.complete());
        fixture.flush();
        assertEquals(AssessmentStatus.IN_PROGRESS, assessment.getStatus());
        assertTrue(editor.message().contains(Messages.get("issue.UNANSWERED", template.questions().size())),
                editor.message());

        answerAll();
        click(status.complete());
        fixture.flush();
        assertEquals(AssessmentStatus.COMPLETED, assessment.getStatus());
        String first = template.questions().get(0).question().id();
        assertFalse(editor.combo(first).isEnabled(), "a completed assessment is read-only");
        click(status.approve());
        fixture.flush();
        assertEquals(AssessmentStatus.APPROVED, assessment.getStatus());
        assertNotNull(assessment.getStatusChangedBy());

        stack.undo();
        fixture.flush();
        assertEquals(AssessmentStatus.COMPLETED, assessment.getStatus(), "approval is undone like any edit");
        click(status.reopen());
        fixture.flush();
        assertEquals(AssessmentStatus.IN_PROGRESS, assessment.getStatus());
        assertTrue(editor.combo(first).isEnabled());
    }

    @Test
    void aConclusionPerDimensionIsRecordedWhenTheFieldIsLeftAndUndone() {
        ConclusionField field = editor.conclusions().get(0);
        String dimension = template.dimensions().get(0).id();
        field.text().setText("Planen ivaretar økonomisk bærekraft, men mangler finansiering av tiltakene.");
        field.text().notifyListeners(SWT.FocusOut, new Event());
        fixture.flush();
        assertEquals("Planen ivaretar økonomisk bærekraft, men mangler finansiering av tiltakene.",
                AssessmentEdits.conclusion(assessment, dimension).getText());
        stack.undo();
        fixture.flush();
        assertNull(AssessmentEdits.conclusion(assessment, dimension));
        assertEquals("", field.text().getText(), "the field follows the undo");
    }

    @Test
    void evidenceIsChosenFromThePlansGoalsAndMeasures() {
        String question = template.questions().get(0).question().id();
        assertFalse(editor.evidence(question).isEnabled(), "evidence needs an answer first");
        AssessmentEdits.answer(fixture.workspace.editingDomain(), fixture.assessments, assessment, question,
                "ivaretatt", "", fixture.users.displayName());
        fixture.flush();
        assertTrue(editor.evidence(question).isEnabled());
        assertTrue(editor.combo(question).getToolTipText().contains(fixture.users.displayName()), "who answered is shown");
        Answer answer = assessment.answerTo(question);
        Goal goal = fixture.samfunnsdel.getGoals().get(0);

        List<Object> candidates = EvidenceDialog.candidates(assessment, fixture.workspace);
        assertTrue(candidates.containsAll(fixture.samfunnsdel.getMeasures()), "the plan's measures are offered");
        EvidenceDialog dialog = new EvidenceDialog(fixture.shell, answer, candidates);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Table table = findTable(dialog.getShell());
        TableItem row = List.of(table.getItems()).stream().filter(i -> i.getData() == goal).findFirst().orElseThrow();
        row.setChecked(true);
        Event check = new Event();
        check.item = row;
        check.detail = SWT.CHECK;
        table.notifyListeners(SWT.Selection, check);
        assertEquals(List.of(goal), dialog.goals());
        AssessmentEdits.setEvidence(fixture.workspace.editingDomain(), answer, dialog.goals(), dialog.measures(),
                dialog.indicatorCodes());
        dialog.close();
        fixture.flush();

        assertEquals(List.of(goal), answer.getEvidenceGoals());
        assertEquals(Messages.get("editor.evidence", 1), editor.evidence(question).getText());
        assertTrue(editor.evidence(question).getToolTipText().contains(goal.getName()));
        stack.undo();
        fixture.flush();
        assertTrue(answer.getEvidenceGoals().isEmpty());
        assertEquals(Messages.get("editor.evidence", 0), editor.evidence(question).getText());
    }

    private static Table findTable(org.eclipse.swt.widgets.Composite parent) {
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (child instanceof Table table) {
                return table;
            }
            if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                Table found = findTable(composite);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void aNewWorksheetVersionIsOfferedAndKeepsAnswersToRemovedQuestionsAsOrphaned() {
        String removed = template.questions().get(0).question().id();
        AssessmentEdits.answer(fixture.workspace.editingDomain(), fixture.assessments, assessment, removed,
                "ivaretatt", "Finnes i kunnskapsgrunnlaget", fixture.users.displayName());
        fixture.flush();
        assertFalse(editor.upgradeOffer().button().getParent().getVisible(), "no newer version yet");

        ServiceRegistration<FormTemplateProvider> provider = register(without(template, removed, "9.0.0"));
        try {
            fixture.flush();
            editor.show(null, null);
            editor.show(assessment, null);
            Button upgrade = editor.upgradeOffer().button();
            assertTrue(upgrade.getParent().getVisible(), "the newer version is offered");
            assertTrue(upgrade.getText().contains("9.0.0"));
            click(upgrade);
            fixture.flush();

            assertEquals("9.0.0", assessment.getTemplateVersion());
            assertTrue(assessment.answerTo(removed).isOrphaned(), "kept, not dropped");
            assertEquals(List.of(assessment.answerTo(removed)), editor.orphans().table().getInput());
            assertTrue(editor.message().contains("9.0.0"), editor.message());
            stack.undo();
            fixture.flush();
            assertEquals(template.version(), assessment.getTemplateVersion());
            assertFalse(assessment.answerTo(removed).isOrphaned());
            assertNull(editor.orphans(), "the orphaned answers' tab goes with the undo");
        } finally {
            provider.unregister();
        }
    }

    private ServiceRegistration<FormTemplateProvider> register(FormTemplate version) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(FormTemplateProvider.BUNDLE_PROPERTY, "test.newer.worksheet");
        ServiceRegistration<FormTemplateProvider> registration = fixture.context.registerService(
                FormTemplateProvider.class, new FormTemplateProvider() {
                    public List<FormTemplate> templates() {
                        return List.of(version);
                    }

                    public List<TemplateProblem> problems() {
                        return List.of();
                    }
                }, properties);
        long deadline = System.currentTimeMillis() + 10_000;
        while (fixture.catalog.template(version.id(), version.version()).isEmpty()
                && System.currentTimeMillis() < deadline) {
            fixture.flush();
        }
        assertTrue(fixture.catalog.template(version.id(), version.version()).isPresent(), "the catalogue has it");
        return registration;
    }

    /** A copy of a worksheet under another version, without one question. */
    private static FormTemplate without(FormTemplate original, String questionId, String version) {
        List<TemplateDimension> dimensions = original.dimensions().stream()
                .map(d -> new TemplateDimension(d.id(), d.nameNb(), d.themes().stream()
                        .map(t -> new TemplateTheme(t.id(), t.nameNb(), t.rules().stream()
                                .map(r -> new TemplateRule(r.id(), r.textNb(),
                                        r.questions().stream().filter(q -> !q.id().equals(questionId)).toList()))
                                .filter(r -> !r.questions().isEmpty()).toList()))
                        .filter(t -> !t.rules().isEmpty()).toList()))
                .toList();
        return new FormTemplate(original.id(), version, original.planLevel(), original.titleNb(),
                original.descriptionNb(), original.publisher(), original.example(), original.scales(), dimensions,
                original.origin());
    }

    @Test
    void theListShowsTheAssessmentsAndStartsANewRevisionFromTheAnswersSoFar() {
        assertEquals(List.of(assessment), list.assessments());
        assertEquals(1, list.table().getTable().getItemCount());
        answerAll();

        Assessment revision = list.newRevision(fixture.workspace, assessment);
        fixture.flush();
        assertSame(assessment, revision.getPrevious());
        assertSame(fixture.samfunnsdel, revision.getPlan());
        assertEquals(AssessmentStatus.IN_PROGRESS, revision.getStatus());
        assertEquals(assessment.getAnswers().size(), revision.getAnswers().size(), "starts from the answers so far");
        assertEquals(2, list.table().getTable().getItemCount());
        assertSame(revision, editor.assessment(), "the editor shows the new revision");

        AssessmentEdits.delete(fixture.workspace.editingDomain(), List.of(assessment));
        fixture.flush();
        assertEquals(List.of(revision), list.assessments());
        assertNull(revision.getPrevious(), "deleting removes the reference to it too");
        stack.undo();
        fixture.flush();
        assertEquals(2, list.assessments().size());
        assertSame(assessment, revision.getPrevious());
    }

    @Test
    void theSelectedAssessmentIsExportedAsPdfAndHtml() throws Exception {
        answerAll();
        ExportAssessmentCommand export = new ExportAssessmentCommand(fixture.selection,
                fixture.service(AssessmentReports.class));
        fixture.selection.publish("test", List.of(fixture.samfunnsdel));
        assertFalse(export.isEnabled(), "a plan is no assessment");
        fixture.selection.publish("test", List.of(assessment.getAnswers().get(0)));
        assertSame(assessment, export.selected().orElseThrow(), "an answer stands for its assessment");
        assertTrue(export.inContextMenu());

        Goal goal = fixture.samfunnsdel.getGoals().get(0);
        AssessmentEdits.setEvidence(fixture.workspace.editingDomain(), assessment.getAnswers().get(0), List.of(goal),
                List.of(), List.of("BEF-02"));
        Path pdf = folder.resolve("vurdering.pdf");
        Path html = folder.resolve("vurdering.html");
        export.export(assessment, pdf, false);
        export.export(assessment, html, true);
        assertEquals("%PDF", new String(Files.readAllBytes(pdf), 0, 4, StandardCharsets.US_ASCII));
        String page = Files.readString(html);
        assertTrue(page.contains("Bærekraftsvurdering"), "the case document's section");
        assertTrue(page.contains("Vurdert i planarbeidet"), "the justifications");
        assertTrue(page.contains("Dokumentasjon: mål " + goal.getName().substring(0, 10)), "the evidence cited");
        assertTrue(page.contains("indikator BEF-02"), "indicators cited by code");
    }

    @Test
    void aWeakThemeSelectedInTheSummarySelectsThePlanModelsTheme() {
        AssessmentSummaryPart summary = new AssessmentSummaryPart(fixture.workspaces, fixture.assessments,
                fixture.names, fixture.site(AssessmentSummaryDescriptor.ID));
        summary.createControl(fixture.shell);
        fixture.shell.layout(true, true);
        fixture.selection.publish("test", List.of(assessment));
        PlacedQuestion weak = template.questions().get(0);
        AssessmentEdits.answer(fixture.workspace.editingDomain(), fixture.assessments, assessment,
                weak.question().id(), "ikke-ivaretatt", "Ikke vurdert i planen", fixture.users.displayName());
        fixture.flush();

        Table table = summary.weakThemes().getTable();
        assertEquals(1, table.getItemCount(), "one theme has an answer that is not fulfilled");
        table.setSelection(0);
        table.notifyListeners(SWT.Selection, new Event());
        List<?> selected = fixture.selection.current();
        assertEquals(1, selected.size());
        Theme theme = (Theme) selected.get(0);
        assertEquals(weak.theme().id(), theme.getId(), "the frame's theme, which the dashboard follows");
        assertNotNull(table.getMenu(), "a context menu with the commands other bundles offer on a theme (Finn tilskudd)");
    }

    @Test
    void candidateGoalConflictsAreNamedWithTheirThemes() {
        assertEquals("", SummaryOverview.conflictText(List.of(), fixture.names), "nothing shown without conflicts");
        String text = SummaryOverview.conflictText(List.of(new ConflictCandidate("dimension-environment",
                "theme-climate", "Klima", List.of("q1", "q2"), List.of("q3"))), fixture.names);
        assertEquals(Messages.get("summary.conflicts", Messages.get("summary.conflict", "Klima", 2, 1)), text);
    }

    @Test
    void theListFollowsAConflictPublishedWithItsAssessmentWithoutReplacingIt() {
        ConflictCandidate conflict = new ConflictCandidate("dimension-environment", "theme-climate", "Klima",
                List.of("q1"), List.of("q2"));
        fixture.selection.publish("no.redthread.assessment.summary", List.of(conflict, assessment));
        fixture.flush();
        assertEquals(List.of(assessment), list.table().getStructuredSelection().toList(), "the list shows it");
        assertEquals(List.of(conflict, assessment), fixture.selection.current(),
                "commands on the conflict still see it: the list does not publish its assessment again");
    }

    @Test
    void theWorkspacesItemProvidersNameAssessmentsAndTheirPropertiesInTheUiLanguage() {
        java.util.Locale locale = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.of("nb", "NO"));
            org.eclipse.emf.common.notify.AdapterFactory factory = fixture.workspace.editingDomain().getAdapterFactory();
            IItemPropertySource properties = (IItemPropertySource) factory.adapt(assessment, IItemPropertySource.class);
            List<String> names = properties.getPropertyDescriptors(assessment).stream()
                    .map(d -> d.getDisplayName(assessment)).toList();
            assertTrue(names.containsAll(List.of("Skjemaversjon", "Forrige revisjon", "Laget av")), names.toString());
            IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(assessment, IItemLabelProvider.class);
            assertTrue(labels.getText(assessment).startsWith("Vurdering "), labels.getText(assessment));
        } finally {
            java.util.Locale.setDefault(locale);
        }
    }

    @Test
    void dimensionNamesFollowTheUiLanguageWhereTheCatalogueHasThem() {
        var dimension = template.dimensions().get(0);
        var entry = fixture.service(no.redthread.core.catalogue.CatalogueService.class).dimensions().stream()
                .filter(d -> d.id().equals(dimension.id())).findFirst().orElseThrow();
        java.util.Locale locale = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.ENGLISH);
            assertEquals(entry.nameEn(), fixture.names.dimension(dimension.id(), "Eget navn"));
            java.util.Locale.setDefault(java.util.Locale.of("nb", "NO"));
            assertEquals("Eget navn", fixture.names.dimension(dimension.id(), "Eget navn"),
                    "the worksheet's own name in bokmål");
            assertEquals(entry.nameNb(), fixture.names.dimension(dimension.id(), null));
            assertEquals("x-unknown", fixture.names.dimension("x-unknown", null));
        } finally {
            java.util.Locale.setDefault(locale);
        }
    }
}
