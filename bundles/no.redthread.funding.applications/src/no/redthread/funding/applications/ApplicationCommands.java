package no.redthread.funding.applications;

import java.time.LocalDate;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import no.redthread.funding.Deadlines;
import no.redthread.funding.FundingScheme;
import no.redthread.funding.NextDeadline;
import no.redthread.funding.applications.internal.Texts;
import no.redthread.funding.applications.model.ApplicationRegister;
import no.redthread.funding.applications.model.ApplicationStatus;
import no.redthread.funding.applications.model.ApplicationsFactory;
import no.redthread.funding.applications.model.ApplicationsPackage.Literals;
import no.redthread.funding.applications.model.FundingApplication;
import no.redthread.model.api.ModelIds;
import no.redthread.model.plan.Measure;

/**
 * The changes to funding applications, each one command on the workspace's editing domain with a label in the UI
 * language (Undo/Redo name it). The caller executes it: {@code domain.getCommandStack().execute(command)}. A
 * create command's result and affected objects are the new application.
 */
public final class ApplicationCommands {

    private ApplicationCommands() {
    }

    /**
     * A new planned application for a measure to a scheme of the catalogue, with the scheme's next deadline on or
     * after {@code today} (none for continuous or unknown deadlines).
     *
     * @throws IllegalArgumentException if the measure's workspace has no application register (no funding module)
     */
    public static Command create(EditingDomain domain, Measure measure, FundingScheme scheme, LocalDate today) {
        LocalDate deadline = Deadlines.next(scheme.deadline(), today).map(NextDeadline::date).orElse(null);
        return create(domain, measure, scheme.id(), scheme.nameNb(), deadline);
    }

    /** A new planned application for a measure to the scheme with the given id; name and deadline may be null. */
    public static Command create(EditingDomain domain, Measure measure, String schemeId, String schemeName,
            LocalDate deadline) {
        Objects.requireNonNull(schemeId, "schemeId");
        ApplicationRegister register = FundingApplications.registerOf(measure).orElseThrow(() ->
                new IllegalArgumentException("the measure's workspace has no funding application register"));
        FundingApplication application = ApplicationsFactory.eINSTANCE.createFundingApplication();
        application.setId(ModelIds.newId("application"));
        application.setSchemeId(schemeId);
        application.setSchemeName(schemeName);
        application.setMeasure(measure);
        application.setStatus(ApplicationStatus.PLANNED);
        application.setDeadline(deadline);
        return labelled("command.create",
                AddCommand.create(domain, register, Literals.APPLICATION_REGISTER__APPLICATIONS, application));
    }

    public static Command setStatus(EditingDomain domain, FundingApplication application, ApplicationStatus status) {
        return set(domain, application, Literals.FUNDING_APPLICATION__STATUS, Objects.requireNonNull(status), "command.status");
    }

    /** @param amount kroner, or null for unknown */
    public static Command setAmountApplied(EditingDomain domain, FundingApplication application, Double amount) {
        return set(domain, application, Literals.FUNDING_APPLICATION__AMOUNT_APPLIED, amount, "command.amount-applied");
    }

    /** @param amount kroner, or null for unknown */
    public static Command setAmountGranted(EditingDomain domain, FundingApplication application, Double amount) {
        return set(domain, application, Literals.FUNDING_APPLICATION__AMOUNT_GRANTED, amount, "command.amount-granted");
    }

    public static Command setDeadline(EditingDomain domain, FundingApplication application, LocalDate deadline) {
        return set(domain, application, Literals.FUNDING_APPLICATION__DEADLINE, deadline, "command.deadline");
    }

    public static Command setDecisionDate(EditingDomain domain, FundingApplication application, LocalDate date) {
        return set(domain, application, Literals.FUNDING_APPLICATION__DECISION_DATE, date, "command.decision-date");
    }

    public static Command setNotes(EditingDomain domain, FundingApplication application, String notes) {
        return set(domain, application, Literals.FUNDING_APPLICATION__NOTES, notes, "command.notes");
    }

    /** Removes an application from its register (nothing else refers to applications). */
    public static Command delete(EditingDomain domain, FundingApplication application) {
        return labelled("command.delete", RemoveCommand.create(domain, application.eContainer(),
                Literals.APPLICATION_REGISTER__APPLICATIONS, application));
    }

    private static Command set(EditingDomain domain, FundingApplication application, EStructuralFeature feature,
            Object value, String key) {
        return labelled(key, SetCommand.create(domain, application, feature, value));
    }

    private static Command labelled(String key, Command command) {
        return new CommandWrapper(Texts.get(key), Texts.get(key + ".description"), command);
    }
}
