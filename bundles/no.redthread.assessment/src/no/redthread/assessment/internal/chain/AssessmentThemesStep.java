package no.redthread.assessment.internal.chain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import no.redthread.assessment.AssessmentService;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.model.AssessmentSet;
import no.redthread.chains.ChainStep;
import no.redthread.chains.Kind;
import no.redthread.chains.StepContext;
import no.redthread.chains.StepParameter;
import no.redthread.chains.Texts;

/**
 * A chain step from an assessment of the workspace to themes: the assessment its parameter names, or the one created
 * last.
 */
abstract class AssessmentThemesStep implements ChainStep {

    static final String LATEST = "latest";

    private static final StepParameter PARAMETER = new StepParameter("assessment", LATEST, new Texts(
            "Vurderingens id, eller «latest» for den sist opprettede",
            "Id-en til vurderinga, eller «latest» for den sist oppretta",
            "The assessment's id, or \"latest\" for the one created last"));

    final AssessmentService assessments;

    AssessmentThemesStep(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    public final Kind input() {
        return Kind.WORKSPACE;
    }

    @Override
    public final Kind output() {
        return Kind.THEMES;
    }

    @Override
    public final List<StepParameter> parameters() {
        return List.of(PARAMETER);
    }

    /** @throws IllegalStateException naming what is missing */
    static Assessment assessment(StepContext context, Map<String, String> parameters) {
        String wanted = parameters.get(PARAMETER.id());
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
