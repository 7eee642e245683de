package no.redthread.console.internal;

import java.io.IOException;
import java.util.List;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Function;
import org.eclipse.emf.common.command.Command;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.indicators.IndicatorSets;
import no.redthread.indicators.Numbers;
import no.redthread.indicators.RegionCodes;
import no.redthread.indicators.imports.ImportCheck;
import no.redthread.indicators.imports.ImportChoice;
import no.redthread.indicators.imports.ImportException;
import no.redthread.indicators.imports.ImportMonitor;
import no.redthread.indicators.imports.ImportOptions;
import no.redthread.indicators.imports.ImportResult;
import no.redthread.indicators.imports.ImportSource;
import no.redthread.indicators.imports.ImportTargets;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.IndicatorWorkspace;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;

/**
 * {@code redthread:import-indicators <file> --workspace <folder> [--indicator CODE] [--skip-unknown]}: imports a
 * JSON-stat or CSV file into a workspace as the import wizard does, with the same check and messages
 * ({@link ImportSource#check}), as one command, and saves the workspace atomically. Without {@code --indicator} a new
 * indicator named after the file's content is made. National figures go to the country's series. When nothing can
 * be imported the command throws with the reason, so {@code redthread -c} exits with status 1 and the workspace is
 * not written. A Gogo {@link Function}, because the command's name is not a Java method name.
 */
@Component(service = Function.class, property = { "osgi.command.scope=redthread",
        "osgi.command.function=import-indicators" })
public final class IndicatorImportConsole implements Function {

    private static final String MODULE = "indicators";

    private final WorkspaceService workspaces;
    private final IndicatorSets sets;
    private final CatalogueService catalogue;

    @Activate
    public IndicatorImportConsole(@Reference WorkspaceService workspaces, @Reference IndicatorSets sets,
            @Reference CatalogueService catalogue) {
        this.workspaces = workspaces;
        this.sets = sets;
        this.catalogue = catalogue;
    }

    @Override
    public Object execute(CommandSession session, List<Object> arguments) throws Exception {
        return run(ImportArguments.parse(arguments));
    }

    /** Runs the import; the text to print, or an exception whose message is the reason nothing was imported. */
    String run(ImportArguments arguments) throws IOException {
        Workspace workspace = workspaces.open(arguments.workspace());
        IndicatorWorkspace root = workspace.moduleRoot(MODULE).filter(IndicatorWorkspace.class::isInstance)
                .map(IndicatorWorkspace.class::cast).orElseThrow(() -> failure("import.noModule", workspace.folder()));
        ImportSource source;
        try {
            source = ImportSource.read(arguments.file());
        } catch (ImportException e) {
            throw failure("import.failed", ImportSource.describe(e));
        }
        ImportChoice choice = firstContent(source, ImportChoice.guessed(source)
                .withOptions(new ImportOptions(arguments.skipUnknown(), true)));
        RegionCodes regions = RegionCodes.of(catalogue);
        ImportCheck check = source.check(choice, regions);
        StringBuilder out = new StringBuilder();
        check.regions().forEach(region -> out.append(region.describe()).append('\n'));
        if (!check.canImport()) {
            throw failure("import.failed", out + String.join("\n", check.problems()));
        }
        Indicator indicator = target(arguments, source, choice, root);
        ImportResult result;
        try {
            result = source.build(choice, indicator, regions, ImportMonitor.NONE);
        } catch (ImportException e) {
            throw failure("import.failed", ImportSource.describe(e));
        }
        Command command = ImportTargets.command(workspace.editingDomain(), root, indicator, result.command());
        workspace.commandStack().execute(command);
        workspaces.save();
        if (check.national()) {
            out.append(ConsoleTexts.get("import.national")).append('\n');
        }
        return out.append(ConsoleTexts.get("import.done", Numbers.format(result.valueCount()),
                Numbers.format(result.seriesCount()), ImportTargets.name(indicator),
                Numbers.format(result.skippedCount()),
                workspace.folder())).toString();
    }

    /** The wizard's default: the first content code when the file has a content variable. */
    private static ImportChoice firstContent(ImportSource source, ImportChoice choice) {
        List<String> codes = source.contentCodes(choice.content());
        return codes.isEmpty() ? choice : choice.withContentCode(codes.get(0));
    }

    private Indicator target(ImportArguments arguments, ImportSource source, ImportChoice choice,
            IndicatorWorkspace root) {
        if (arguments.indicator() == null) {
            return ImportTargets.newIndicator(source.contentLabel(choice.content(), choice.contentCode()));
        }
        return ImportTargets.byCode(ImportTargets.of(root, sets), arguments.indicator())
                .orElseThrow(() -> failure("import.noIndicator", arguments.indicator()));
    }

    private static IllegalStateException failure(String key, Object... arguments) {
        return new IllegalStateException(ConsoleTexts.get(key, arguments));
    }
}
