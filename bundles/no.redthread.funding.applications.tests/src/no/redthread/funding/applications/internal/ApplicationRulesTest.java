package no.redthread.funding.applications.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.funding.applications.ApplicationCommands;
import no.redthread.funding.applications.model.ApplicationStatus;
import no.redthread.funding.applications.model.FundingApplication;
import no.redthread.model.plan.FundingStatus;
import no.redthread.model.plan.PlanStatus;
import no.redthread.model.plan.PlanSystem;
import no.redthread.validation.Finding;
import no.redthread.validation.RedThreadValidator;
import no.redthread.validation.RuleContribution;
import no.redthread.validation.Severity;

/**
 * The two findings through the real validator service, as the Problems view and the console ask it: they appear,
 * read in Norwegian, and go away when the model is fixed (and come back on undo).
 */
class ApplicationRulesTest {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");

    @TempDir
    Path folder;

    private TestWorkspace test;
    private RedThreadValidator validator;
    private PlanSystem system;
    private EditingDomain domain;

    @BeforeEach
    void open() throws Exception {
        test = new TestWorkspace(folder.resolve("hamar"), "nb-NO");
        validator = Services.get(RedThreadValidator.class);
        system = test.workspace.planSystem().orElseThrow();
        domain = test.workspace.editingDomain();
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void theModuleContributesItsRulesAsAService() {
        RuleContribution rules = Services.get(RuleContribution.class);
        assertEquals(List.of("measure.external-without-application", "application.deadline-passed-planned"),
                rules.rules().stream().map(rule -> rule.id()).toList());
        rules.rules().forEach(rule -> assertEquals(Severity.WARNING, rule.severity()));
    }

    @Test
    void anExternallyFundedMeasureWithoutApplicationIsFoundUntilOneIsMade() {
        List<Finding> findings = funding(validator.validate(system));
        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals("measure.external-without-application", finding.ruleId());
        assertSame(test.bikes, finding.subject());
        assertEquals("Tiltaket «Sykkelparkering ved skolene» er markert med ekstern finansiering, men det er ikke "
                + "registrert noen søknad om tilskudd for det.", finding.message(NB));
        assertEquals("The measure «Sykkelparkering ved skolene» is marked as externally funded, but no funding "
                + "application is registered for it.", finding.message(Locale.ENGLISH));
        assertTrue(finding.message(Locale.forLanguageTag("nn")).contains("ikkje registrert nokon søknad om tilskot"));
        assertEquals(findings, funding(validator.validate(test.plan)), "also when one plan is validated");

        test.execute(ApplicationCommands.create(domain, test.bikes, "klimasats", "Klimasats", LocalDate.now().plusMonths(2)));
        assertEquals(List.of(), funding(validator.validate(system)), "fixed by an application");
        test.workspace.commandStack().undo();
        assertEquals(1, funding(validator.validate(system)).size(), "back after undo");

        test.execute(org.eclipse.emf.edit.command.SetCommand.create(domain, test.bikes,
                no.redthread.model.plan.PlanPackage.Literals.MEASURE__FUNDING_STATUS, FundingStatus.FUNDED));
        assertEquals(List.of(), funding(validator.validate(system)), "fixed by funding it otherwise");
    }

    @Test
    void anApplicationStillPlannedAfterItsDeadlineIsFoundUntilItsStatusMoves() {
        FundingApplication late = create(test.floods, LocalDate.now().minusDays(1));
        create(test.bikes, LocalDate.now()); // the deadline is today: not yet passed
        List<Finding> findings = funding(validator.validate(system));
        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals("application.deadline-passed-planned", finding.ruleId());
        assertSame(late, finding.subject());
        assertTrue(finding.message(NB).startsWith("Søknaden til Klimasats for tiltaket «Flomveier i sentrum» står "
                + "fortsatt som planlagt, men søknadsfristen "), finding.message(NB));
        assertEquals(findings, funding(validator.validate(test.plan)), "the plan of the measure has it too");

        test.execute(ApplicationCommands.setStatus(domain, late, ApplicationStatus.APPLIED));
        assertEquals(List.of(), funding(validator.validate(system)), "applied: fixed");
        test.workspace.commandStack().undo();
        assertEquals(1, funding(validator.validate(system)).size());
        test.execute(ApplicationCommands.setDeadline(domain, late, LocalDate.now().plusDays(14)));
        assertEquals(List.of(), funding(validator.validate(system)), "a new deadline: fixed");
    }

    @Test
    void measuresOfAnExpiredPlanAreNotChecked() {
        test.execute(org.eclipse.emf.edit.command.SetCommand.create(domain, test.plan,
                no.redthread.model.plan.PlanPackage.Literals.PLAN__STATUS, PlanStatus.EXPIRED));
        assertEquals(List.of(), funding(validator.validate(system)));
    }

    private FundingApplication create(no.redthread.model.plan.Measure measure, LocalDate deadline) {
        Command create = ApplicationCommands.create(domain, measure, "klimasats", "Klimasats", deadline);
        test.execute(create);
        return (FundingApplication) create.getResult().iterator().next();
    }

    /** The findings of this module's rules (the plan's own findings, e.g. measures without goals, are left out). */
    private static List<Finding> funding(List<Finding> findings) {
        return findings.stream().filter(f -> f.rule() instanceof ApplicationRule).toList();
    }
}
