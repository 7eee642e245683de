package no.redthread.assessment.internal.chain;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.assessment.AssessmentService;
import no.redthread.assessment.WeakTheme;
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
 * Chain step: the weak themes of an assessment of the workspace (the given one, or the one created last), weakest
 * first, as theme ids for the next step and a section listing them with their scores.
 */
@Component(service = ChainStep.class)
public final class WeakThemesStep extends AssessmentThemesStep {

    @Activate
    public WeakThemesStep(@Reference AssessmentService assessments) {
        super(assessments);
    }

    @Override
    public String id() {
        return "assessment.weak-themes";
    }

    @Override
    public Texts name() {
        return new Texts("Svake temaer i vurderingen", "Svake tema i vurderinga", "Weak themes of the assessment");
    }

    @Override
    public StepResult run(StepInput input, Map<String, String> parameters, StepContext context) {
        Assessment assessment = assessment(context, parameters);
        context.monitor().checkCancelled();
        List<WeakTheme> weak = assessments.weakThemes(assessment);
        Texts title = new Texts("Svake temaer", "Svake tema", "Weak themes");
        List<Block> blocks = weak.isEmpty()
                ? List.of(Block.Paragraph.body(new Texts("Vurderingen «%s» har ingen svake temaer.",
                        "Vurderinga «%s» har ingen svake tema.", "The assessment \"%s\" has no weak themes.")
                        .get(context.locale()).formatted(assessment.getName())))
                : List.of(Block.Paragraph.body(new Texts("Fra vurderingen «%s», svakest først.",
                        "Frå vurderinga «%s», svakast først.", "From the assessment \"%s\", weakest first.")
                        .get(context.locale()).formatted(assessment.getName())), table(weak, context));
        return new StepResult(Kind.THEMES, weak.stream().map(WeakTheme::themeId).toList(),
                List.of(new ReportSection(title.get(context.locale()), List.of("svake temaer"), blocks)));
    }

    private static Block table(List<WeakTheme> weak, StepContext context) {
        List<Block.Column> columns = List.of(
                new Block.Column(new Texts("Tema", "Tema", "Theme").get(context.locale()), 55),
                new Block.Column(new Texts("Skår", "Skår", "Score").get(context.locale()), 15),
                new Block.Column(new Texts("Ikke ivaretatt", "Ikkje teke vare på", "Not fulfilled")
                        .get(context.locale()), 15),
                new Block.Column(new Texts("Delvis", "Delvis", "Partly").get(context.locale()), 15));
        return new Block.Table(columns, weak.stream().map(theme -> List.of(theme.nameNb(),
                String.format(context.locale(), "%.2f", theme.score()), String.valueOf(theme.notFulfilled()),
                String.valueOf(theme.partly()))).toList());
    }
}
