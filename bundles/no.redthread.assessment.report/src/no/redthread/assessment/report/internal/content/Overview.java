package no.redthread.assessment.report.internal.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.eclipse.emf.ecore.EObject;

import no.redthread.assessment.AnswerIssue;
import no.redthread.assessment.AssessmentSummary;
import no.redthread.assessment.Completion;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.model.AssessmentStatus;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.model.plan.Case;
import no.redthread.model.plan.Organisation;
import no.redthread.model.plan.OrganisationKind;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanSystem;
import no.redthread.report.Block;

/** The opening lines: what was assessed, with which worksheet, how far it has come, and by whom. */
final class Overview {

    private Overview() {
    }

    /** The name of the plan or case assessed, for the title and the opening line. */
    static String subjectName(Assessment assessment) {
        if (assessment.getPlan() instanceof Plan plan) {
            String name = Words.orEmpty(plan.getName());
            return name.isEmpty() ? "Plan uten navn" : name;
        }
        if (assessment.getCase() instanceof Case subject) {
            String title = Words.orEmpty(subject.getTitle());
            return title.isEmpty() ? "Sak uten tittel" : title;
        }
        String name = Words.orEmpty(assessment.getName());
        return name.isEmpty() ? "(plan eller sak uten navn)" : name;
    }

    /**
     * The organisation whose plan system holds the assessed plan or case, e.g. "Rosse - Røros kommune (5025)";
     * empty if the plan or case is in no plan system or it names no organisation.
     */
    static Optional<String> organisation(Assessment assessment) {
        EObject container = assessment.subject();
        while (container != null && !(container instanceof PlanSystem)) {
            container = container.eContainer();
        }
        if (!(container instanceof PlanSystem system) || system.getOrganisation() == null) {
            return Optional.empty();
        }
        Organisation organisation = system.getOrganisation();
        String name = Words.orEmpty(organisation.getName());
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String kind = organisation.getKind() == OrganisationKind.COUNTY ? " fylkeskommune" : " kommune";
        String number = Words.orEmpty(organisation.getNumber());
        return Optional.of(name + (name.toLowerCase(Locale.ROOT).endsWith(kind.strip()) ? "" : kind)
                + (number.isEmpty() ? "" : " (" + number + ")"));
    }

    static List<Block> blocks(Assessment assessment, FormTemplate template, AssessmentSummary summary,
            List<AnswerIssue> issues, UnaryOperator<String> people) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.Paragraph.body(String.join(" ", List.of(assessed(assessment),
                "Skjema: " + template.titleNb() + ", versjon " + template.version() + ".",
                status(assessment, people), completion(summary.completion())))));
        String unfinished = unfinished(issues);
        if (!unfinished.isEmpty()) {
            blocks.add(Block.Paragraph.note(unfinished));
        }
        if (template.example()) {
            blocks.add(Block.Paragraph.note("Skjemaet er et eksempel som viser formatet, og skal ikke brukes som det er."));
        }
        return blocks;
    }

    private static String assessed(Assessment assessment) {
        if (assessment.getCase() instanceof Case subject) {
            List<String> details = new ArrayList<>();
            if (!Words.orEmpty(subject.getDecisionBody()).isEmpty()) {
                details.add(subject.getDecisionBody().strip());
            }
            if (subject.getDate() != null) {
                details.add(Words.date(subject.getDate()));
            }
            return "Vurdert: saken «" + subjectName(assessment) + "»"
                    + (details.isEmpty() ? "" : " (" + String.join(", ", details) + ")") + in(assessment) + ".";
        }
        return "Vurdert: " + subjectName(assessment) + in(assessment) + ".";
    }

    /** " i Rosse - Røros kommune (5025)", or nothing if the organisation is not known. */
    private static String in(Assessment assessment) {
        return organisation(assessment).map(name -> " i " + name).orElse("");
    }

    private static String status(Assessment assessment, UnaryOperator<String> people) {
        String text = "Status: " + Words.status(assessment.getStatus());
        String changedBy = people.apply(Words.orEmpty(assessment.getStatusChangedBy()));
        if (assessment.getStatus() != AssessmentStatus.IN_PROGRESS && !changedBy.isEmpty()) {
            text += " (" + changedBy + (assessment.getStatusChangedAt() == null ? ""
                    : ", " + Words.date(assessment.getStatusChangedAt())) + ")";
        }
        String createdBy = people.apply(Words.orEmpty(assessment.getCreatedBy()));
        String created = Words.date(assessment.getCreatedAt());
        if (!createdBy.isEmpty() || !created.isEmpty()) {
            text += ". Opprettet" + (createdBy.isEmpty() ? "" : " av " + createdBy)
                    + (created.isEmpty() ? "" : " " + created);
        }
        return text + ".";
    }

    private static String completion(Completion completion) {
        return completion.answered() + " av " + completion.total() + " spørsmål besvart.";
    }

    /** Why the assessment cannot be completed yet, from the service's check; empty if nothing stops it. */
    private static String unfinished(List<AnswerIssue> issues) {
        List<String> parts = new ArrayList<>();
        long unanswered = issues.stream().filter(issue -> issue.kind() == AnswerIssue.Kind.UNANSWERED).count();
        long missing = issues.stream().filter(issue -> issue.kind() == AnswerIssue.Kind.MISSING_JUSTIFICATION).count();
        long unknown = issues.stream().filter(issue -> issue.kind() == AnswerIssue.Kind.UNKNOWN_OPTION).count();
        if (unanswered > 0) {
            parts.add(unanswered + " spørsmål har ikke svar");
        }
        if (missing > 0) {
            parts.add(missing + " svar mangler påkrevd begrunnelse");
        }
        if (unknown > 0) {
            parts.add(unknown + " svar har et svaralternativ som ikke finnes i skjemaet");
        }
        return parts.isEmpty() ? "" : "Vurderingen er ikke ferdig: " + Words.list(parts) + ".";
    }
}
