package no.redthread.dilemma.sessions;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;

import no.redthread.dilemma.sessions.model.Finding;
import no.redthread.dilemma.sessions.model.FindingKind;
import no.redthread.dilemma.sessions.model.SessionsFactory;
import no.redthread.model.api.ModelIds;

/**
 * A finding written before its session exists, e.g. a candidate goal conflict an assessment found, so that the
 * session and its first finding are created by one command.
 *
 * @param kind conflict or win-win
 * @param description what the finding is about; may be null
 * @param pullingFor theme ids and SDG target codes the action pulls towards
 * @param pullingAgainst theme ids and SDG target codes the action pulls against
 * @param concerns the goals, measures and cases of the plan model it concerns
 * @since 1.1
 */
public record FindingDraft(FindingKind kind, String description, List<String> pullingFor,
        List<String> pullingAgainst, List<? extends EObject> concerns) {

    public FindingDraft {
        Objects.requireNonNull(kind, "kind");
        pullingFor = List.copyOf(pullingFor);
        pullingAgainst = List.copyOf(pullingAgainst);
        concerns = List.copyOf(concerns);
    }

    Finding toFinding() {
        Finding finding = SessionsFactory.eINSTANCE.createFinding();
        finding.setId(ModelIds.newId("finding"));
        finding.setKind(kind);
        finding.setDescription(description);
        finding.getPullingFor().addAll(pullingFor);
        finding.getPullingAgainst().addAll(pullingAgainst);
        finding.getConcerns().addAll(concerns);
        return finding;
    }
}
