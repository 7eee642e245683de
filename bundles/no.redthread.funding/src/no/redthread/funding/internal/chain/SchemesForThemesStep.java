package no.redthread.funding.internal.chain;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.chains.ChainStep;
import no.redthread.chains.Kind;
import no.redthread.chains.StepContext;
import no.redthread.chains.StepInput;
import no.redthread.chains.StepParameter;
import no.redthread.chains.StepResult;
import no.redthread.chains.Texts;
import no.redthread.funding.Deadline;
import no.redthread.funding.Deadlines;
import no.redthread.funding.NextDeadline;
import no.redthread.funding.SchemeMatch;
import no.redthread.funding.SchemeMatcher;
import no.redthread.report.Block;
import no.redthread.report.ReportSection;

/**
 * Chain step: the funding schemes that {@link SchemeMatcher} matches to the given themes and that can be applied
 * for ahead (a deadline within the given number of days, or continuous applications), best first.
 */
@Component(service = ChainStep.class)
public final class SchemesForThemesStep implements ChainStep {

    private final SchemeMatcher matcher;

    @Activate
    public SchemesForThemesStep(@Reference SchemeMatcher matcher) {
        this.matcher = matcher;
    }

    @Override
    public String id() {
        return "funding.schemes-for-themes";
    }

    @Override
    public Texts name() {
        return new Texts("Tilskudd til temaene", "Tilskot til tema", "Funding schemes for the themes");
    }

    @Override
    public Kind input() {
        return Kind.THEMES;
    }

    @Override
    public Kind output() {
        return Kind.SCHEMES;
    }

    @Override
    public List<StepParameter> parameters() {
        return List.of(
                new StepParameter("limit", "10", new Texts("Høyst så mange ordninger", "Høgst så mange ordningar",
                        "At most this many schemes")),
                new StepParameter("days", "365", new Texts("Fristen innen så mange dager", "Fristen innan så mange "
                        + "dagar", "The deadline within this many days")));
    }

    @Override
    public StepResult run(StepInput input, Map<String, String> parameters, StepContext context) {
        int limit = Integer.parseInt(parameters.get("limit").strip());
        int days = Integer.parseInt(parameters.get("days").strip());
        List<String> ids = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (SchemeMatch match : input.items().isEmpty() ? List.<SchemeMatch>of()
                : matcher.forThemes(input.ids(), context.today(), context.locale())) {
            context.monitor().checkCancelled();
            Optional<String> when = ahead(match.scheme().deadline(), context, days);
            if (when.isPresent() && ids.size() < limit) {
                ids.add(match.scheme().id());
                rows.add(List.of(match.scheme().nameNb(), match.scheme().owner(), when.get(), match.explanation()));
            }
        }
        Texts title = new Texts("Aktuelle tilskudd", "Aktuelle tilskot", "Funding schemes");
        List<Block> blocks = rows.isEmpty()
                ? List.of(Block.Paragraph.body(new Texts("Ingen ordning med frist framover passer temaene.",
                        "Inga ordning med frist framover passar tema.", "No scheme with a deadline ahead fits the "
                                + "themes.").get(context.locale())))
                : List.of(new Block.Table(List.of(column("Ordning", "Ordning", "Scheme", 30, context),
                        column("Eier", "Eigar", "Owner", 20, context), column("Frist", "Frist", "Deadline", 15, context),
                        column("Hvorfor", "Kvifor", "Why", 35, context)), rows),
                        Block.Paragraph.note(new Texts("* anslått frist, ført videre fra et tidligere år",
                                "* estimert frist, førd vidare frå eit tidlegare år",
                                "* estimated deadline, carried forward from an earlier year").get(context.locale())));
        return new StepResult(Kind.SCHEMES, ids,
                List.of(new ReportSection(title.get(context.locale()), List.of("tilskudd"), blocks)));
    }

    private static Block.Column column(String nb, String nn, String en, int percent, StepContext context) {
        return new Block.Column(new Texts(nb, nn, en).get(context.locale()), percent);
    }

    /** The next deadline in words when it is within the window, "løpende" for continuous applications. */
    private static Optional<String> ahead(Deadline deadline, StepContext context, int days) {
        if (deadline.kind() == Deadline.Kind.CONTINUOUS) {
            return Optional.of(new Texts("løpende", "løpande", "continuous").get(context.locale()));
        }
        Optional<NextDeadline> next = Deadlines.next(deadline, context.today());
        return next.filter(date -> !date.date().isAfter(context.today().plusDays(days)))
                .map(date -> date.date().format(DateTimeFormatter.ISO_LOCAL_DATE) + (date.estimated() ? " *" : ""));
    }
}
