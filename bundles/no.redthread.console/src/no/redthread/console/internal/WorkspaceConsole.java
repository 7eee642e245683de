package no.redthread.console.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanSystem;
import no.redthread.validation.Finding;
import no.redthread.validation.RedThreadValidator;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;

/**
 * Console commands, so scripts do what the GUI does: {@code redthread:open}, {@code redthread:validate},
 * {@code redthread:export}, {@code redthread:create}, {@code redthread:save}. A command that fails
 * throws, which makes {@code redthread -c} exit with status 1.
 */
@Component(service = WorkspaceConsole.class, property = { "osgi.command.scope=redthread",
        "osgi.command.function=open", "osgi.command.function=validate", "osgi.command.function=export",
        "osgi.command.function=create", "osgi.command.function=save" })
public final class WorkspaceConsole {

    private final WorkspaceService workspaces;
    private final RedThreadValidator validator;
    private final CatalogueService catalogue;

    @Activate
    public WorkspaceConsole(@Reference WorkspaceService workspaces, @Reference RedThreadValidator validator,
            @Reference CatalogueService catalogue) {
        this.workspaces = workspaces;
        this.validator = validator;
        this.catalogue = catalogue;
    }

    /** Opens a workspace folder and describes it. */
    public String open(String folder) throws IOException {
        return describe(workspaces.open(Path.of(folder)));
    }

    /** Validates the red thread of the open workspace; one line per finding. */
    public String validate() {
        PlanSystem system = current().planSystem().orElseThrow(() -> new IllegalStateException("the workspace has no plan system"));
        List<Finding> findings = validator.validate(system);
        StringBuilder out = new StringBuilder();
        for (Finding finding : findings) {
            out.append(finding.severity()).append('\t').append(finding.ruleId()).append('\t')
                    .append(finding.message(Locale.getDefault())).append('\n');
        }
        return out.append(ConsoleTexts.get("validate.count", findings.size())).toString();
    }

    /** Opens a workspace folder and validates it. */
    public String validate(String folder) throws IOException {
        workspaces.open(Path.of(folder));
        return validate();
    }

    /** Exports the open workspace: {@code xmi <file>} or {@code json <folder>} (a copy in the canonical format). */
    public String export(String format, String target) throws IOException {
        switch (format.toLowerCase(Locale.ROOT)) {
            case "xmi" -> workspaces.exportXmi(Path.of(target));
            case "json" -> workspaces.saveAs(Path.of(target));
            default -> throw new IllegalArgumentException("format must be xmi or json, not " + format);
        }
        return "exported to " + target;
    }

    /**
     * Creates a workspace with the plan-system skeleton of a municipality (four-digit number). An old number that
     * was only renumbered (e.g. 5403 Alta, 2020-2023) is taken as today's (5601) and the output says so; a merged
     * or split number is refused with today's numbers to use.
     */
    public String create(String municipality, String folder) throws IOException {
        MunicipalityArgument.Resolved found = MunicipalityArgument.resolve(catalogue, municipality);
        String created = describe(workspaces.createFor(Path.of(folder), found.municipality()));
        return found.note().isEmpty() ? created : found.note() + "\n" + created;
    }

    public String save() throws IOException {
        workspaces.save();
        return "saved " + current().folder();
    }

    private Workspace current() {
        return workspaces.current().orElseThrow(() -> new IllegalStateException("no workspace is open (redthread:open <folder>)"));
    }

    private static String describe(Workspace workspace) {
        StringBuilder out = new StringBuilder(workspace.folder().toString()).append('\n');
        workspace.planSystem().ifPresent(system -> {
            out.append(system.getName()).append('\n');
            for (Plan plan : system.getPlans()) {
                out.append("  ").append(plan.getName()).append(": ").append(plan.getGoals().size()).append(" goals, ")
                        .append(plan.getMeasures().size()).append(" measures\n");
            }
            out.append("  ").append(system.getCases().size()).append(" cases, ").append(system.getBudgetLines().size())
                    .append(" budget lines\n");
        });
        workspace.problems().forEach(problem -> out.append("problem: ").append(problem).append('\n'));
        return out.toString().trim();
    }
}
