package no.redthread.assessment.report.internal.content;

import java.util.ArrayList;
import java.util.List;

import no.redthread.assessment.AnswerIssue;
import no.redthread.assessment.AssessmentSummary;
import no.redthread.assessment.Completion;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.model.AssessmentStatus;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.model.plan.Case;
import no.redthread.model.plan.Plan;

/** The opening lines: what was assessed, with which worksheet, how far it has come, and by whom. */
final class Overview {

    private Overview() {
    }

    /** The name of the plan or case assessed, for the title and the opening line. */
    static String subjectName(Assessment assessment) {
        if (assessment.getPlan() instanceof Plan plan && !Words.orEmpty(plan.getName()).isEmpty()) {
            return Words.orEmpty(plan.getName());
        }
        if (assessment.getCase() instanceof Case subject && !Words.orEmpty(subject.getTitle()).isEmpty()) {
            return Words.orEmpty(subject.getTitle());
        }
        String name = Words.orEmpty(assessment.getName());
        return name.isEmpty() ? "(plan eller sak uten navn)" : name;
    }

    static List<Block> blocks(Assessment assessment, FormTemplate template, AssessmentSummary summary,
            List<AnswerIssue> issues) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.Paragraph.body(String.join(" ", List.of(assessed(assessment),
                "Skjema: " + template.titleNb() + ", versjon " + template.version() + ".",
                status(assessment), completion(summary.completion())))));
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
                    + (details.isEmpty() ? "" : " (" + String.join(", ", details) + ")") + ".";
        }
        return "Vurdert: " + subjectName(assessment) + ".";
    }

    private static String status(Assessment assessment) {
        String text = "Status: " + Words.status(assessment.getStatus());
        String changedBy = Words.orEmpty(assessment.getStatusChangedBy());
        if (assessment.getStatus() != AssessmentStatus.IN_PROGRESS && !changedBy.isEmpty()) {
            text += " (" + changedBy + (assessment.getStatusChangedAt() == null ? ""
                    : ", " + Words.date(assessment.getStatusChangedAt())) + ")";
        }
        String createdBy = Words.orEmpty(assessment.getCreatedBy());
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
