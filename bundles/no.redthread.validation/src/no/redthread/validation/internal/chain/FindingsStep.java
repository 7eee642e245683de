package no.redthread.validation.internal.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.chains.ChainStep;
import no.redthread.chains.Kind;
import no.redthread.chains.StepContext;
import no.redthread.chains.StepInput;
import no.redthread.chains.StepResult;
import no.redthread.chains.Texts;
import no.redthread.model.plan.PlanSystem;
import no.redthread.report.Block;
import no.redthread.report.ReportSection;
import no.redthread.validation.Finding;
import no.redthread.validation.RedThreadValidator;

/** Chain step: the red-thread findings of every plan system of the workspace, as rule ids and a section. */
@Component(service = ChainStep.class)
public final class FindingsStep implements ChainStep {

    private final RedThreadValidator validator;

    @Activate
    public FindingsStep(@Reference RedThreadValidator validator) {
        this.validator = validator;
    }

    @Override
    public String id() {
        return "validation.findings";
    }

    @Override
    public Texts name() {
        return new Texts("Brudd i den røde tråden", "Brot i den raude tråden", "Breaks in the red thread");
    }

    @Override
    public Kind input() {
        return Kind.WORKSPACE;
    }

    @Override
    public Kind output() {
        return Kind.FINDINGS;
    }

    @Override
    public StepResult run(StepInput input, Map<String, String> parameters, StepContext context) {
        List<String> rules = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (PlanSystem system : context.workspace().planSystems()) {
            context.monitor().checkCancelled();
            for (Finding finding : validator.validate(system)) {
                rules.add(finding.ruleId());
                rows.add(List.of(finding.severity().name(), finding.message(context.locale())));
            }
        }
        Texts title = new Texts("Den røde tråden", "Den raude tråden", "The red thread");
        List<Block> blocks = rows.isEmpty()
                ? List.of(Block.Paragraph.body(new Texts("Ingen brudd funnet.", "Ingen brot funne.",
                        "No breaks found.").get(context.locale())))
                : List.of(new Block.Table(List.of(new Block.Column("Alvor", 15), new Block.Column("Funn", 85)),
                        rows));
        return new StepResult(Kind.FINDINGS, rules,
                List.of(new ReportSection(title.get(context.locale()), List.of("rød tråd"), blocks)));
    }
}
