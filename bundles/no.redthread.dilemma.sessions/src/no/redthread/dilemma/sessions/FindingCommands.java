package no.redthread.dilemma.sessions;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import no.redthread.dilemma.sessions.internal.Labelled;
import no.redthread.dilemma.sessions.model.Dissent;
import no.redthread.dilemma.sessions.model.Finding;
import no.redthread.dilemma.sessions.model.FindingKind;
import no.redthread.dilemma.sessions.model.Handling;
import no.redthread.dilemma.sessions.model.Participant;
import no.redthread.dilemma.sessions.model.Session;
import no.redthread.dilemma.sessions.model.SessionsFactory;
import no.redthread.dilemma.sessions.model.SessionsPackage.Literals;
import no.redthread.model.api.ModelIds;

/**
 * The changes to a session's findings (goal conflicts and win-win situations), each one command on the
 * workspace's editing domain with a label in the UI language. A dissent is kept as its participant wrote it:
 * findings record disagreement, they never average it away.
 */
public final class FindingCommands {

    private FindingCommands() {
    }

    /** A new finding of the session; the command's result is the finding. */
    public static Command add(EditingDomain domain, Session session, FindingKind kind, String description) {
        Finding finding = SessionsFactory.eINSTANCE.createFinding();
        finding.setId(ModelIds.newId("finding"));
        finding.setKind(Objects.requireNonNull(kind, "kind"));
        finding.setDescription(description);
        return Labelled.command("command.add-finding",
                AddCommand.create(domain, session, Literals.SESSION__FINDINGS, finding));
    }

    /** Removes a finding with its dissents. */
    public static Command remove(EditingDomain domain, Finding finding) {
        return Labelled.command("command.remove-finding",
                RemoveCommand.create(domain, finding.eContainer(), Literals.SESSION__FINDINGS, finding));
    }

    public static Command setKind(EditingDomain domain, Finding finding, FindingKind kind) {
        return set(domain, finding, Literals.FINDING__KIND, Objects.requireNonNull(kind, "kind"));
    }

    public static Command setDescription(EditingDomain domain, Finding finding, String description) {
        return set(domain, finding, Literals.FINDING__DESCRIPTION, description);
    }

    /** What the action pulls towards and against: theme ids and SDG target codes, replacing the earlier ones. */
    public static Command setPulls(EditingDomain domain, Finding finding, List<String> pullingFor,
            List<String> pullingAgainst) {
        return set(domain, finding, Literals.FINDING__PULLING_FOR, List.copyOf(pullingFor),
                Literals.FINDING__PULLING_AGAINST, List.copyOf(pullingAgainst));
    }

    /** The goals, measures and cases of the plan model the finding concerns, replacing the earlier ones. */
    public static Command setConcerns(EditingDomain domain, Finding finding, List<? extends EObject> concerns) {
        return set(domain, finding, Literals.FINDING__CONCERNS, List.copyOf(concerns));
    }

    /** How the finding is handled, with a note (may be null), as one change. */
    public static Command setHandling(EditingDomain domain, Finding finding, Handling handling, String note) {
        return set(domain, finding, Literals.FINDING__HANDLING, Objects.requireNonNull(handling, "handling"),
                Literals.FINDING__HANDLING_NOTE, note);
    }

    /** The catalogue ids of funding schemes that can reduce the conflict, replacing the earlier ones. */
    public static Command setFundingSchemes(EditingDomain domain, Finding finding, List<String> schemeIds) {
        return set(domain, finding, Literals.FINDING__FUNDING_SCHEME_IDS, List.copyOf(schemeIds));
    }

    /** Who follows the finding up and by when (either may be null), as one change. */
    public static Command setFollowUp(EditingDomain domain, Finding finding, String responsible, LocalDate dueDate) {
        return set(domain, finding, Literals.FINDING__RESPONSIBLE, responsible, Literals.FINDING__DUE_DATE, dueDate);
    }

    /** Records a participant's dissent from the finding; the command's result is the dissent. */
    public static Command addDissent(EditingDomain domain, Finding finding, Participant participant, String text) {
        Dissent dissent = SessionsFactory.eINSTANCE.createDissent();
        dissent.setParticipant(Objects.requireNonNull(participant, "participant"));
        dissent.setText(text);
        return Labelled.command("command.add-dissent",
                AddCommand.create(domain, finding, Literals.FINDING__DISSENTS, dissent));
    }

    public static Command removeDissent(EditingDomain domain, Dissent dissent) {
        return Labelled.command("command.remove-dissent",
                RemoveCommand.create(domain, dissent.eContainer(), Literals.FINDING__DISSENTS, dissent));
    }

    private static Command set(EditingDomain domain, Finding finding, EStructuralFeature feature, Object value) {
        return Labelled.command("command.set-finding", SetCommand.create(domain, finding, feature, value));
    }

    private static Command set(EditingDomain domain, Finding finding, EStructuralFeature first, Object firstValue,
            EStructuralFeature second, Object secondValue) {
        CompoundCommand both = new CompoundCommand();
        both.append(SetCommand.create(domain, finding, first, firstValue));
        both.append(SetCommand.create(domain, finding, second, secondValue));
        return Labelled.command("command.set-finding", both);
    }
}
