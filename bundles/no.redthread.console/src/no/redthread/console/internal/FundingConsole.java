package no.redthread.console.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import no.redthread.funding.Deadline;
import no.redthread.funding.Deadlines;
import no.redthread.funding.FundingCatalog;
import no.redthread.funding.FundingScheme;
import no.redthread.funding.NextDeadline;
import no.redthread.funding.SchemeMatch;
import no.redthread.funding.SchemeMatcher;
import no.redthread.funding.SchemeSearch;
import no.redthread.funding.SearchResult;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.Plan;
import no.redthread.workspace.WorkspaceService;

/**
 * {@code redthread:funding list | search [options] [text...] | match <measure-id>}: the funding-scheme catalogue
 * for scripts, one tab-separated line per scheme. {@code match} works on the open workspace
 * ({@code redthread:open <folder>}). Search needs the search bundle; without it that subcommand says so. A Gogo
 * {@link Function}, so that one command takes the subcommand and its options.
 */
@Component(service = Function.class, property = { "osgi.command.scope=redthread", "osgi.command.function=funding" })
public final class FundingConsole implements Function {

    private final FundingCatalog catalog;
    private final SchemeMatcher matcher;
    private final WorkspaceService workspaces;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile SchemeSearch search;

    @Activate
    public FundingConsole(@Reference FundingCatalog catalog, @Reference SchemeMatcher matcher,
            @Reference WorkspaceService workspaces) {
        this.catalog = catalog;
        this.matcher = matcher;
        this.workspaces = workspaces;
    }

    @Override
    public Object execute(CommandSession session, List<Object> arguments) throws Exception {
        return run(arguments.stream().map(String::valueOf).toList(), LocalDate.now());
    }

    /** Runs a subcommand as of {@code today}; the text to print. */
    String run(List<String> arguments, LocalDate today) {
        if (arguments.isEmpty()) {
            throw SearchArguments.usage();
        }
        List<String> rest = arguments.subList(1, arguments.size());
        return switch (arguments.get(0)) {
            case "list" -> list(today);
            case "search" -> search(SearchArguments.parse(rest, today), today);
            case "match" -> match(rest, today);
            default -> throw SearchArguments.usage();
        };
    }

    private String list(LocalDate today) {
        StringBuilder out = new StringBuilder();
        for (FundingScheme scheme : catalog.schemes()) {
            out.append(scheme.id()).append('\t').append(scheme.nameNb()).append('\t')
                    .append(deadline(scheme.deadline(), today)).append('\t').append(scheme.origin()).append('\n');
        }
        catalog.problems().forEach(problem -> out.append(ConsoleTexts.get("funding.refused", problem)).append('\n'));
        return out.append(ConsoleTexts.get("funding.count", catalog.schemes().size())).toString();
    }

    private String search(SearchArguments arguments, LocalDate today) {
        SchemeSearch service = search;
        if (service == null) {
            throw new IllegalStateException(ConsoleTexts.get("funding.noSearch"));
        }
        StringBuilder out = new StringBuilder();
        int count = 0;
        for (SearchResult.Hit hit : service.search(arguments.query()).hits()) {
            if (arguments.within().isPresent() && !within(hit, today.plusDays(arguments.within().getAsInt()))) {
                continue;
            }
            count++;
            out.append(hit.scheme().id()).append('\t').append(hit.scheme().nameNb()).append('\t')
                    .append(deadline(hit.scheme().deadline(), today)).append('\t')
                    .append(String.format(Locale.ROOT, "%.2f", hit.score())).append('\n');
        }
        return out.append(ConsoleTexts.get("funding.count", count)).toString();
    }

    private static boolean within(SearchResult.Hit hit, LocalDate last) {
        return hit.scheme().deadline().kind() == Deadline.Kind.CONTINUOUS
                || hit.nextDeadline().map(next -> !next.date().isAfter(last)).orElse(false);
    }

    private String match(List<String> arguments, LocalDate today) {
        if (arguments.size() != 1) {
            throw SearchArguments.usage();
        }
        Measure measure = measure(arguments.get(0));
        StringBuilder out = new StringBuilder();
        for (SchemeMatch match : matcher.forMeasure(measure, today, Locale.getDefault())) {
            out.append(match.scheme().id()).append('\t').append(match.scheme().nameNb()).append('\t')
                    .append(String.format(Locale.ROOT, "%.1f", match.score())).append('\t')
                    .append(match.explanation()).append('\n');
        }
        return out.append(ConsoleTexts.get("funding.matched", measure.getName(), out.toString().lines().count()))
                .toString();
    }

    private Measure measure(String id) {
        var system = workspaces.current().orElseThrow(() -> new IllegalStateException(ConsoleTexts.get("funding.noWorkspace")))
                .planSystem().orElseThrow(() -> new IllegalStateException(ConsoleTexts.get("funding.noWorkspace")));
        Optional<Measure> found = system.getPlans().stream().map(Plan::getMeasures).flatMap(List::stream)
                .filter(measure -> id.equals(measure.getId())).findFirst();
        return found.orElseThrow(() -> new IllegalArgumentException(ConsoleTexts.get("funding.noMeasure", id)));
    }

    private static String deadline(Deadline deadline, LocalDate today) {
        return switch (deadline.kind()) {
            case CONTINUOUS -> ConsoleTexts.get("funding.continuous");
            case UNKNOWN -> ConsoleTexts.get("funding.unknown");
            default -> Deadlines.next(deadline, today).map(FundingConsole::date).orElse(ConsoleTexts.get("funding.unknown"));
        };
    }

    private static String date(NextDeadline next) {
        return next.estimated() ? ConsoleTexts.get("funding.estimated", next.date().toString()) : next.date().toString();
    }
}
