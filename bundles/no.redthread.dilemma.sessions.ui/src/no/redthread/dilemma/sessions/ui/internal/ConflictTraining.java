package no.redthread.dilemma.sessions.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.assessment.AssessmentService;
import no.redthread.assessment.ConflictCandidate;
import no.redthread.assessment.model.Assessment;
import no.redthread.dilemma.sessions.DilemmaSessions;
import no.redthread.dilemma.sessions.SessionCommands;
import no.redthread.dilemma.sessions.model.Session;

/**
 * <i>Start dilemmatrening</i> ({@link StartTrainingCommand}) on a candidate goal conflict of an assessment summary
 * (which publishes the conflict with its assessment as the selection, so the assessment bundles need not know this
 * one): the <i>Dilemma</i> perspective with a new session on the assessed plan or case, its first finding the
 * conflict. One command. Needs the assessment service, so without the assessment bundles this component never starts.
 */
@Component(service = ConflictTraining.class)
public final class ConflictTraining {

    private final SessionStarter starter;
    private final AssessmentService assessments;

    @Activate
    public ConflictTraining(@Reference SessionStarter starter, @Reference AssessmentService assessments) {
        this.starter = starter;
        this.assessments = assessments;
    }

    /** Whether the selection is a conflict this can start a session on. */
    boolean canStart(List<?> selection) {
        return subject(selection).isPresent();
    }

    void start(List<?> selection) {
        subject(selection).ifPresent(subject -> start(subject.conflict(), subject.assessment()));
    }

    /** Adds the session with the conflict as its first finding, as one command, and shows it. */
    Session start(ConflictCandidate conflict, Assessment assessment) {
        return starter.start(domain -> SessionCommands.create(domain, assessment.subject(),
                ConflictFinding.title(conflict), LocalDate.now(), ConflictFinding.draft(conflict, assessment,
                        assessments.templateOf(assessment).orElse(null))));
    }

    private record Subject(ConflictCandidate conflict, Assessment assessment) {
    }

    /** A selected conflict, with its assessment, of an assessed plan or case in a workspace with dilemma sessions. */
    private static Optional<Subject> subject(List<?> current) {
        if (current == null || current.isEmpty() || !(current.get(0) instanceof ConflictCandidate conflict)) {
            return Optional.empty();
        }
        return current.stream().filter(Assessment.class::isInstance).map(Assessment.class::cast).findFirst()
                .filter(assessment -> assessment.subject() != null)
                .filter(assessment -> DilemmaSessions.registerOf(assessment).isPresent())
                .map(assessment -> new Subject(conflict, assessment));
    }
}
