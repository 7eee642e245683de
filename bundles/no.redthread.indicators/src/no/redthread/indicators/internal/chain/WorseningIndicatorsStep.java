package no.redthread.indicators.internal.chain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import no.redthread.chains.ChainStep;
import no.redthread.chains.Kind;
import no.redthread.chains.StepContext;
import no.redthread.chains.StepInput;
import no.redthread.chains.StepResult;
import no.redthread.chains.Texts;
import no.redthread.indicators.analysis.Assessment;
import no.redthread.indicators.analysis.IndicatorAnalysis;
import no.redthread.indicators.analysis.Status;
import no.redthread.indicators.analysis.TrendDirection;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.IndicatorWorkspace;
import no.redthread.model.plan.Organisation;
import no.redthread.model.plan.PlanSystem;
import no.redthread.report.Block;
import no.redthread.report.ReportSection;

/**
 * Chain step: the workspace's indicators of the given themes that are worsening or in poor status for the
 * municipality, as a section. It passes the themes on unchanged (output {@link Kind#THEMES}), so that a step on
 * themes (funding schemes) can follow; the indicators are in the section.
 */
@Component(service = ChainStep.class)
public final class WorseningIndicatorsStep implements ChainStep {

    @Override
    public String id() {
        return "indicators.worsening";
    }

    @Override
    public Texts name() {
        return new Texts("Indikatorer som går feil vei", "Indikatorar som går feil veg", "Indicators going wrong");
    }

    @Override
    public Kind input() {
        return Kind.THEMES;
    }

    @Override
    public Kind output() {
        return Kind.THEMES;
    }

    @Override
    public StepResult run(StepInput input, Map<String, String> parameters, StepContext context) {
        Set<String> themes = new HashSet<>(input.ids());
        String organisation = context.workspace().planSystem().map(PlanSystem::getOrganisation)
                .map(Organisation::getNumber).orElse("");
        List<List<String>> rows = new ArrayList<>();
        IndicatorWorkspace root = context.workspace().moduleRoot("indicators").filter(IndicatorWorkspace.class::isInstance)
                .map(IndicatorWorkspace.class::cast).orElse(null);
        for (Indicator indicator : root == null ? List.<Indicator>of()
                : root.getSets().stream().flatMap(set -> set.getIndicators().stream()).toList()) {
            context.monitor().checkCancelled();
            if (indicator.getThemeIds().stream().noneMatch(themes::contains)) {
                continue;
            }
            Assessment assessment = IndicatorAnalysis.assess(indicator, organisation);
            if (assessment.status() == Status.POOR || assessment.trend().direction() == TrendDirection.WORSENING) {
                rows.add(List.of(indicator.getCode() == null ? "" : indicator.getCode(), indicator.getNameNb(),
                        status(assessment.status()).get(context.locale()),
                        trend(assessment.trend().direction()).get(context.locale())));
            }
        }
        Texts title = new Texts("Indikatorer som går feil vei", "Indikatorar som går feil veg",
                "Indicators going the wrong way");
        List<Block> blocks = rows.isEmpty()
                ? List.of(Block.Paragraph.body(new Texts("Ingen indikatorer for disse temaene går feil vei.",
                        "Ingen indikatorar for desse tema går feil veg.",
                        "No indicator of these themes goes the wrong way.").get(context.locale())))
                : List.of(new Block.Table(List.of(
                        new Block.Column(new Texts("Kode", "Kode", "Code").get(context.locale()), 15),
                        new Block.Column(new Texts("Indikator", "Indikator", "Indicator").get(context.locale()), 55),
                        new Block.Column("Status", 15), new Block.Column("Trend", 15)), rows));
        return new StepResult(Kind.THEMES, input.items(),
                List.of(new ReportSection(title.get(context.locale()), List.of("indikatorer"), blocks)))
                .withFigure(rows.size());
    }

    private static Texts status(Status status) {
        return switch (status) {
            case GOOD -> new Texts("god", "god", "good");
            case WATCH -> new Texts("følg med", "følg med", "watch");
            case POOR -> new Texts("dårlig", "dårleg", "poor");
            case UNKNOWN -> new Texts("ukjent", "ukjend", "unknown");
        };
    }

    private static Texts trend(TrendDirection direction) {
        return switch (direction) {
            case IMPROVING -> new Texts("bedres", "betrar seg", "improving");
            case STABLE -> new Texts("stabil", "stabil", "stable");
            case WORSENING -> new Texts("forverres", "blir verre", "worsening");
            case UNKNOWN -> new Texts("ukjent", "ukjend", "unknown");
        };
    }
}
