package no.redthread.dilemma.sessions.internal;

import java.util.Optional;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;

import no.redthread.dilemma.sessions.model.Finding;
import no.redthread.dilemma.sessions.model.Participant;
import no.redthread.dilemma.sessions.model.Phase;
import no.redthread.dilemma.sessions.model.Score;
import no.redthread.dilemma.sessions.model.Session;

/** How sessions and their parts read in the UI language (Explorer, Undo). */
public final class SessionLabels {

    private SessionLabels() {
    }

    /** The label of a session object; empty for the classes EMF's reflective label serves well. */
    public static Optional<String> of(EObject object) {
        return Optional.ofNullable(switch (object) {
            case Session session -> orType(session.getTitle(), "model.Session");
            case Participant participant -> participant.getRole() == null || participant.getRole().isBlank()
                    ? orType(participant.getName(), "model.Participant")
                    : Texts.get("participant.label", orType(participant.getName(), "model.Participant"),
                            participant.getRole().strip());
            case Phase phase -> phase.getQuestion() == null || phase.getQuestion().isBlank() ? literal(phase.getKind())
                    : Texts.get("phase.label", literal(phase.getKind()), phase.getQuestion().strip());
            case Finding finding -> Texts.get("finding.label", literal(finding.getKind()),
                    orType(finding.getDescription(), "model.Finding"));
            case Score score -> Texts.get("score.label", score.getRow(), score.getColumn(), score.getValue(),
                    score.getParticipant() == null ? "" : orType(score.getParticipant().getName(), "model.Participant"));
            default -> null;
        });
    }

    /** The UI name of an enum value of the sessions model, e.g. "Drøfting" for {@code PhaseKind.DISCUSSION}. */
    public static String literal(Enumerator value) {
        return Texts.get("_UI_" + value.getClass().getSimpleName() + "_" + value.getName() + "_literal");
    }

    private static String orType(String text, String typeKey) {
        return text == null || text.isBlank() ? Texts.get(typeKey) : text.strip();
    }
}
