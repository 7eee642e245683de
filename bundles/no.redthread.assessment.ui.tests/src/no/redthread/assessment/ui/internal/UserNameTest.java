package no.redthread.assessment.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.model.AssessmentStatus;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.PlacedQuestion;
import no.redthread.model.plan.PlanPackage;
import no.redthread.workbench.ui.PreferencePageContribution;

/**
 * Who the assessment records (issue 9, defect 10: "Opprettet av root") and how an unnamed plan is titled (defect 9:
 * "– null"), through the preference page, the New assessment command and the editor's widgets.
 */
class UserNameTest {

    @TempDir
    Path folder;

    private ViewsFixture fixture;
    private AssessmentEditorPart editor;
    private NewAssessmentCommand command;
    private Locale locale;

    @BeforeEach
    void open() throws Exception {
        locale = Locale.getDefault();
        Locale.setDefault(Locale.of("nb", "NO"));
        fixture = new ViewsFixture(folder);
        editor = new AssessmentEditorPart(fixture.workspaces, fixture.assessments, fixture.catalog, fixture.names,
                fixture.users, fixture.site(AssessmentEditorDescriptor.ID));
        editor.createControl(fixture.shell);
        fixture.shell.open();
        command = new NewAssessmentCommand(fixture.selection, fixture.workspaces, fixture.assessments,
                fixture.catalog, fixture.users);
    }

    @AfterEach
    void close() throws Exception {
        fixture.users.setFullName("");
        fixture.close();
        Locale.setDefault(locale);
    }

    @Test
    void theFullNameSetInPreferencesIsWhoCreatesAnswersAndCompletes() throws Exception {
        PreferencePageContribution contribution = fixture.context
                .getServiceReferences(PreferencePageContribution.class, null).stream()
                .map(fixture.context::getService).filter(p -> p.id().equals(UserNamePreferencePage.ID)).findFirst()
                .orElseThrow();
        assertEquals("Bruker", contribution.label());
        UserNamePreferencePage.Page page = (UserNamePreferencePage.Page) contribution.createPage();
        page.createControl(new Composite(fixture.shell, SWT.NONE));
        page.fullNameField().setText("Kari Nordmann");
        assertTrue(page.performOk());
        page.dispose();

        FormTemplate template = command.preselected(fixture.samfunnsdel).orElseThrow();
        Assessment assessment = command.create(fixture.workspace, template, fixture.samfunnsdel);
        fixture.flush();
        for (PlacedQuestion question : template.questions()) {
            Combo combo = editor.combo(question.question().id());
            editor.justification(question.question().id()).setText("Vurdert");
            combo.select(0);
            combo.notifyListeners(SWT.Selection, new Event());
        }
        fixture.flush();
        editor.statusActions().complete().notifyListeners(SWT.Selection, new Event());
        fixture.flush();

        assertEquals(AssessmentStatus.COMPLETED, assessment.getStatus(), editor.message());
        assertEquals("Kari Nordmann", assessment.getCreatedBy());
        assertEquals("Kari Nordmann", assessment.getStatusChangedBy());
        assertEquals(List.of("Kari Nordmann"),
                assessment.getAnswers().stream().map(a -> a.getAnsweredBy()).distinct().toList());
    }

    @Test
    void anAssessmentOfAnUnnamedPlanIsTitledPlanUtenNavn() {
        fixture.workspace.editingDomain().getCommandStack().execute(SetCommand.create(
                fixture.workspace.editingDomain(), fixture.samfunnsdel, PlanPackage.Literals.PLAN__NAME, null));
        FormTemplate template = command.preselected(fixture.samfunnsdel).orElseThrow();
        command.create(fixture.workspace, template, fixture.samfunnsdel);
        fixture.flush();

        String title = editor.title().getText();
        assertTrue(title.endsWith(" \u2013 Plan uten navn"), title);
        assertFalse(title.contains("null"), title);
    }
}
