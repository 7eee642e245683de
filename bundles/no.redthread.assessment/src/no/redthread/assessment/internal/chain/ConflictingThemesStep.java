package no.redthread.assessment.internal.chain;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.assessment.AssessmentService;
import no.redthread.assessment.ConflictCandidate;
import no.redthread.assessment.model.Assessment;
import no.redthread.chains.ChainStep;
import no.redthread.chains.Kind;
import no.redthread.chains.StepContext;
import no.redthread.chains.StepInput;
import no.redthread.chains.StepResult;
import no.redthread.chains.Texts;
import no.redthread.report.Block;
import no.redthread.report.ReportSection;

/**
 * Chain step: the themes whose answers in an assessment pull in opposite directions (the summary's conflict
 * candidates), e.g. for a dilemma session draft.
 */
@Component(service = ChainStep.class)
public final class ConflictingThemesStep extends AssessmentThemesStep {

    @Activate
    public ConflictingThemesStep(@Reference AssessmentService assessments) {
        super(assessments);
    }

    @Override
    public String id() {
        return "assessment.conflicting-themes";
    }

    @Override
    public Texts name() {
        return new Texts("Temaer som trekker hver sin vei", "Tema som trekkjer kvar sin veg",
                "Themes pulling in opposite directions");
    }

    @Override
    public StepResult run(StepInput input, Map<String, String> parameters, StepContext context) {
        Assessment assessment = assessment(context, parameters);
        List<ConflictCandidate> conflicts = assessments.summarise(assessment).conflicts();
        Texts title = name();
        List<Block> blocks = conflicts.isEmpty()
                ? List.of(Block.Paragraph.body(new Texts("Ingen temaer i «%s» trekker hver sin vei.",
                        "Ingen tema i «%s» trekkjer kvar sin veg.", "No themes in \"%s\" pull in opposite directions.")
                        .get(context.locale()).formatted(assessment.getName())))
                : List.of(new Block.BulletList(conflicts.stream().map(conflict -> new Texts(
                        "%s: %d svar trekker fram, %d tilbake", "%s: %d svar trekkjer fram, %d tilbake",
                        "%s: %d answers pull forward, %d back").get(context.locale()).formatted(conflict.nameNb(),
                                conflict.positiveQuestionIds().size(), conflict.negativeQuestionIds().size()))
                        .toList()));
        return new StepResult(Kind.THEMES, conflicts.stream().map(ConflictCandidate::themeId).toList(),
                List.of(new ReportSection(title.get(context.locale()), List.of("målkonflikter"), blocks)));
    }
}
