package no.redthread.indicators.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;

import no.redthread.indicators.IndicatorSets;
import no.redthread.indicators.imports.ImportTargets;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.IndicatorWorkspace;
import no.redthread.model.plan.Organisation;
import no.redthread.model.plan.PlanSystem;
import no.redthread.workspace.Workspace;

/** Reading the indicators of a workspace, shared by the wizard and the views. */
public final class IndicatorModel {

    /** The ModelContribution id of the indicators module. */
    public static final String MODULE = "indicators";

    private IndicatorModel() {
    }

    public static Optional<IndicatorWorkspace> root(Workspace workspace) {
        return workspace.moduleRoot(MODULE).filter(IndicatorWorkspace.class::isInstance).map(IndicatorWorkspace.class::cast);
    }

    public static List<Indicator> indicators(Workspace workspace) {
        List<Indicator> indicators = new ArrayList<>();
        root(workspace).ifPresent(root -> root.getSets().forEach(set -> indicators.addAll(set.getIndicators())));
        return indicators;
    }

    /** The indicators an import can go to ({@link ImportTargets#of}). */
    public static List<Indicator> importTargets(Workspace workspace, IndicatorSets sets) {
        return ImportTargets.of(root(workspace).orElse(null), sets);
    }

    /** The command to execute for an import into {@code indicator} ({@link ImportTargets#command}). */
    public static Command importCommand(Workspace workspace, Indicator indicator, Command importCommand) {
        IndicatorWorkspace root = root(workspace).orElseThrow(() -> new IllegalStateException("no indicators module"));
        return ImportTargets.command(workspace.editingDomain(), root, indicator, importCommand);
    }

    /** The organisation number of the workspace's (first) plan system, or null. */
    public static String organisation(Workspace workspace) {
        return workspace.planSystem().map(PlanSystem::getOrganisation).map(Organisation::getNumber).orElse(null);
    }

    public static String name(Indicator indicator) {
        return ImportTargets.name(indicator);
    }
}
