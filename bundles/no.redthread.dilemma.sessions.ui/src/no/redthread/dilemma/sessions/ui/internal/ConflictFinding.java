package no.redthread.dilemma.sessions.ui.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;

import no.redthread.assessment.ConflictCandidate;
import no.redthread.assessment.model.Answer;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.dilemma.sessions.FindingDraft;
import no.redthread.dilemma.sessions.model.FindingKind;

/**
 * The first finding of a session started from an assessment's candidate goal conflict: a conflict on the theme,
 * pulled both ways, described by the questions whose answers pull forward and back, concerning the goals and
 * measures those answers cite as evidence.
 */
final class ConflictFinding {

    private ConflictFinding() {
    }

    static String title(ConflictCandidate conflict) {
        return Messages.get("conflict.title", conflict.nameNb());
    }

    static FindingDraft draft(ConflictCandidate conflict, Assessment assessment, FormTemplate template) {
        String description = Messages.get("conflict.description", conflict.nameNb(),
                questions(conflict.positiveQuestionIds(), template), questions(conflict.negativeQuestionIds(), template));
        List<String> theme = List.of(conflict.themeId());
        return new FindingDraft(FindingKind.CONFLICT, description, theme, theme, evidence(conflict, assessment));
    }

    /** The questions' texts as «…», joined; a question the template no longer has by its id. */
    private static String questions(List<String> ids, FormTemplate template) {
        return String.join("; ", ids.stream().map(id -> "«" + (template == null ? id
                : template.question(id).map(placed -> placed.question().textNb()).orElse(id)) + "»").toList());
    }

    /** The goals and measures the answers pulling either way cite, each once, in answer order. */
    private static List<EObject> evidence(ConflictCandidate conflict, Assessment assessment) {
        Set<EObject> objects = new LinkedHashSet<>();
        Stream.concat(conflict.positiveQuestionIds().stream(), conflict.negativeQuestionIds().stream())
                .map(assessment::answerTo).filter(Objects::nonNull).forEach((Answer answer) -> {
                    objects.addAll(answer.getEvidenceGoals());
                    objects.addAll(answer.getEvidenceMeasures());
                });
        return List.copyOf(objects);
    }
}
