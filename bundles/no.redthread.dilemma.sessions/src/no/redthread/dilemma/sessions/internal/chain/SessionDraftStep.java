package no.redthread.dilemma.sessions.internal.chain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.osgi.service.component.annotations.Component;

import no.redthread.chains.ChainStep;
import no.redthread.chains.Kind;
import no.redthread.chains.StepContext;
import no.redthread.chains.StepInput;
import no.redthread.chains.StepParameter;
import no.redthread.chains.StepResult;
import no.redthread.chains.Texts;
import no.redthread.dilemma.sessions.SessionCommands;
import no.redthread.model.plan.PlanSystem;
import no.redthread.model.plan.Theme;
import no.redthread.report.Block;
import no.redthread.report.ReportSection;

/**
 * Chain step: a draft dilemma session on the given themes (those that pull in opposite directions), the themes as
 * its matrix items. It changes the model: the session is added by the runner as part of the chain's one undoable
 * command, only when the whole chain succeeded. No themes, no session.
 */
@Component(service = ChainStep.class)
public final class SessionDraftStep implements ChainStep {

    @Override
    public String id() {
        return "dilemma.session-draft";
    }

    @Override
    public Texts name() {
        return new Texts("Utkast til dilemmaøkt", "Utkast til dilemmaøkt", "Draft dilemma session");
    }

    @Override
    public Kind input() {
        return Kind.THEMES;
    }

    @Override
    public Kind output() {
        return Kind.PLAN_OBJECTS;
    }

    @Override
    public boolean changesModel() {
        return true;
    }

    @Override
    public List<StepParameter> parameters() {
        return List.of(new StepParameter("title", "Målkonflikter", new Texts("Øktens tittel", "Tittelen på økta",
                "The session's title")));
    }

    @Override
    public StepResult run(StepInput input, Map<String, String> parameters, StepContext context) {
        Map<String, String> themes = new LinkedHashMap<>();
        input.ids().forEach(id -> themes.put(id, label(context, id)));
        Texts title = new Texts("Utkast til dilemmaøkt", "Utkast til dilemmaøkt", "Draft dilemma session");
        if (themes.isEmpty()) {
            return new StepResult(Kind.PLAN_OBJECTS, List.of(), List.of(new ReportSection(title.get(context.locale()),
                    List.of("dilemmaøkt"), List.of(Block.Paragraph.body(new Texts("Ingen temaer trekker hver sin vei.",
                            "Ingen tema trekkjer kvar sin veg.", "No themes pull in opposite directions.")
                            .get(context.locale()))))));
        }
        Command create = SessionCommands.createForThemes(context.workspace().editingDomain(), parameters.get("title"),
                themes, context.today());
        List<Block> blocks = List.of(Block.Paragraph.body(new Texts(
                "Økten «%s» legges til med disse temaene i samspillsmatrisen:",
                "Økta «%s» blir lagd til med desse tema i samspelsmatrisa:",
                "The session \"%s\" is added with these themes in its interaction matrix:").get(context.locale())
                .formatted(parameters.get("title"))), new Block.BulletList(List.copyOf(themes.values())));
        return new StepResult(Kind.PLAN_OBJECTS, List.copyOf(create.getResult()),
                List.of(new ReportSection(title.get(context.locale()), List.of("dilemmaøkt"), blocks)))
                .withChange(create);
    }

    private static String label(StepContext context, String themeId) {
        return context.workspace().planSystem().map(PlanSystem::getFrame)
                .flatMap(frame -> frame.getDimensions().stream().flatMap(d -> d.getThemes().stream())
                        .filter(theme -> themeId.equals(theme.getId())).map(Theme::getNameNb).findFirst())
                .orElse(themeId);
    }
}
