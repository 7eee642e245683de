package no.redthread.assessment.internal.chain;

import java.util.Comparator;
import java.util.List;

import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.model.AssessmentSet;
import no.redthread.chains.StepParameter;
import no.redthread.chains.StepContext;
import no.redthread.chains.Texts;

/** The assessment a chain step reads: the one its parameter names, or the one created last. */
final class LatestAssessment {

    static final String LATEST = "latest";

    static final StepParameter PARAMETER = new StepParameter("assessment", LATEST, new Texts(
            "Vurderingens id, eller «latest» for den sist opprettede",
            "Id-en til vurderinga, eller «latest» for den sist oppretta",
            "The assessment's id, or \"latest\" for the one created last"));

    private LatestAssessment() {
    }

    /** @throws IllegalStateException naming what is missing */
    static Assessment find(StepContext context, String wanted) {
        List<Assessment> all = context.workspace().moduleRoot("assessment").filter(AssessmentSet.class::isInstance)
                .map(root -> List.copyOf(((AssessmentSet) root).getAssessments())).orElse(List.of());
        if (!LATEST.equals(wanted)) {
            return all.stream().filter(assessment -> wanted.equals(assessment.getId())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no assessment with id '" + wanted + "'"));
        }
        return all.stream().filter(assessment -> assessment.getCreatedAt() != null)
                .max(Comparator.comparing(Assessment::getCreatedAt))
                .or(() -> all.stream().reduce((first, second) -> second))
                .orElseThrow(() -> new IllegalStateException("the workspace has no assessment"));
    }
}
