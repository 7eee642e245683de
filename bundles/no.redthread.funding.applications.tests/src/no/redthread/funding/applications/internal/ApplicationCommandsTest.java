package no.redthread.funding.applications.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.funding.Amount;
import no.redthread.funding.ApplicantType;
import no.redthread.funding.Deadline;
import no.redthread.funding.FundingScheme;
import no.redthread.funding.applications.ApplicationCommands;
import no.redthread.funding.applications.FundingApplications;
import no.redthread.funding.applications.model.ApplicationStatus;
import no.redthread.funding.applications.model.FundingApplication;
import no.redthread.model.plan.PlanFactory;

/** Every change is one command on the workspace's editing domain: labelled in Norwegian, undone and redone. */
class ApplicationCommandsTest {

    @TempDir
    Path folder;

    private TestWorkspace test;
    private CommandStack stack;

    @BeforeEach
    void open() throws Exception {
        test = new TestWorkspace(folder.resolve("hamar"), "nb-NO");
        stack = test.workspace.commandStack();
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void createTakesTheSchemesNextDeadlineAndUndoRedoRemoveAndRestoreIt() {
        FundingScheme scheme = scheme(new Deadline(Deadline.Kind.ANNUAL, List.of(MonthDay.of(2, 15)), List.of(), 2026, ""));
        Command create = ApplicationCommands.create(test.workspace.editingDomain(), test.bikes, scheme, LocalDate.of(2026, 3, 1));
        test.execute(create);

        FundingApplication application = (FundingApplication) create.getResult().iterator().next();
        assertEquals(List.of(application), test.register().getApplications());
        assertEquals(List.of(application), List.copyOf(create.getAffectedObjects()));
        assertSame(test.bikes, application.getMeasure());
        assertEquals("klimasats", application.getSchemeId());
        assertEquals("Klimasats", application.getSchemeName());
        assertEquals(ApplicationStatus.PLANNED, application.getStatus());
        assertEquals(LocalDate.of(2027, 2, 15), application.getDeadline(), "the next 15 February after 1 March 2026");
        assertTrue(application.getId().startsWith("application-"), application.getId());
        assertEquals("Ny søknad om tilskudd", stack.getUndoCommand().getLabel());
        assertEquals(List.of(application), FundingApplications.of(test.bikes));

        stack.undo();
        assertEquals(List.of(), test.register().getApplications());
        assertEquals(List.of(), FundingApplications.of(test.bikes));
        stack.redo();
        assertEquals(List.of(application), test.register().getApplications());
    }

    @Test
    void aContinuousSchemeGivesNoDeadline() {
        FundingScheme scheme = scheme(new Deadline(Deadline.Kind.CONTINUOUS, List.of(), List.of(), 2026, "løpende"));
        Command create = ApplicationCommands.create(test.workspace.editingDomain(), test.bikes, scheme, LocalDate.of(2026, 3, 1));
        test.execute(create);
        assertNull(((FundingApplication) create.getResult().iterator().next()).getDeadline());
    }

    @Test
    void eachSetterIsOneUndoableCommandWithItsLabel() {
        FundingApplication application = create(test.floods);
        var domain = test.workspace.editingDomain();

        check(ApplicationCommands.setStatus(domain, application, ApplicationStatus.GRANTED), "Endre søknadsstatus",
                () -> application.getStatus(), ApplicationStatus.PLANNED, ApplicationStatus.GRANTED);
        check(ApplicationCommands.setAmountApplied(domain, application, 600_000.0), "Endre søknadsbeløp",
                () -> application.getAmountApplied(), null, 600_000.0);
        check(ApplicationCommands.setAmountGranted(domain, application, 450_000.0), "Endre innvilget beløp",
                () -> application.getAmountGranted(), null, 450_000.0);
        check(ApplicationCommands.setDeadline(domain, application, LocalDate.of(2026, 9, 1)), "Endre søknadsfrist",
                () -> application.getDeadline(), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 9, 1));
        check(ApplicationCommands.setDecisionDate(domain, application, LocalDate.of(2026, 11, 20)), "Endre vedtaksdato",
                () -> application.getDecisionDate(), null, LocalDate.of(2026, 11, 20));
        check(ApplicationCommands.setNotes(domain, application, "Ring saksbehandler i Miljødirektoratet"),
                "Endre merknader til søknaden", () -> application.getNotes(), null, "Ring saksbehandler i Miljødirektoratet");
        assertEquals(450_000.0, FundingApplications.grantedSum(test.floods));
    }

    @Test
    void onlyGrantedApplicationsCountInTheGrantedSum() {
        var domain = test.workspace.editingDomain();
        FundingApplication granted = create(test.floods);
        FundingApplication rejected = create(test.floods);
        create(test.bikes);
        test.execute(ApplicationCommands.setAmountGranted(domain, granted, 300_000.0));
        test.execute(ApplicationCommands.setAmountGranted(domain, rejected, 200_000.0));
        assertEquals(0.0, FundingApplications.grantedSum(test.floods), "nothing granted while planned");
        test.execute(ApplicationCommands.setStatus(domain, granted, ApplicationStatus.GRANTED));
        test.execute(ApplicationCommands.setStatus(domain, rejected, ApplicationStatus.REJECTED));
        assertEquals(300_000.0, FundingApplications.grantedSum(test.floods));
        assertEquals(List.of(granted, rejected), FundingApplications.of(test.floods));
        stack.undo();
        stack.undo();
        assertEquals(0.0, FundingApplications.grantedSum(test.floods));
    }

    @Test
    void deleteIsUndoable() {
        FundingApplication application = create(test.bikes);
        test.execute(ApplicationCommands.delete(test.workspace.editingDomain(), application));
        assertEquals("Slett søknad om tilskudd", stack.getUndoCommand().getLabel());
        assertEquals(List.of(), FundingApplications.of(test.bikes));
        stack.undo();
        assertEquals(List.of(application), FundingApplications.of(test.bikes));
    }

    @Test
    void aMeasureOutsideAWorkspaceCannotGetAnApplication() {
        var stray = PlanFactory.eINSTANCE.createMeasure();
        assertThrows(IllegalArgumentException.class, () -> ApplicationCommands.create(test.workspace.editingDomain(),
                stray, "klimasats", "Klimasats", null));
        assertEquals(List.of(), FundingApplications.of(stray));
    }

    private FundingApplication create(no.redthread.model.plan.Measure measure) {
        Command create = ApplicationCommands.create(test.workspace.editingDomain(), measure, "klimasats", "Klimasats",
                LocalDate.of(2026, 10, 1));
        test.execute(create);
        return (FundingApplication) create.getResult().iterator().next();
    }

    private <T> void check(Command command, String label, java.util.function.Supplier<T> value, T before, T after) {
        assertEquals(before, value.get());
        test.execute(command);
        assertEquals(label, stack.getUndoCommand().getLabel());
        assertEquals(after, value.get());
        stack.undo();
        assertEquals(before, value.get(), label + " undone");
        stack.redo();
        assertEquals(after, value.get(), label + " redone");
    }

    static FundingScheme scheme(Deadline deadline) {
        return new FundingScheme("klimasats", "Klimasats", "Klimasats", "Miljødirektoratet", Set.of(ApplicantType.MUNICIPALITY),
                "", "Klimatiltak i kommunene", List.of(), List.of(), List.of(13), List.of(), deadline, Amount.UNKNOWN,
                "", URI.create("https://www.miljodirektoratet.no/klimasats"), "test", LocalDate.of(2026, 1, 10),
                FundingScheme.SHIPPED);
    }
}
