package no.redthread.indicators.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;

import no.redthread.indicators.IndicatorSets;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.IndicatorSet;
import no.redthread.indicators.model.IndicatorWorkspace;
import no.redthread.indicators.model.IndicatorsPackage;
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

    /**
     * The indicators an import can go to: those of the workspace, then those of every available set
     * the workspace does not hold yet (fresh copies; the import adds their set).
     */
    public static List<Indicator> importTargets(Workspace workspace, IndicatorSets sets) {
        List<Indicator> targets = new ArrayList<>(indicators(workspace));
        if (sets != null) {
            List<String> present = root(workspace).map(r -> r.getSets().stream().map(IndicatorSet::getId).toList()).orElse(List.of());
            sets.providers().forEach(provider -> {
                String id = provider.id();
                if (!present.contains(id)) {
                    sets.createSet(id).ifPresent(set -> targets.addAll(set.getIndicators()));
                }
            });
        }
        return targets;
    }

    /**
     * The command to execute for an import into {@code indicator}: the import's own command, preceded
     * by adding the indicator's set when the workspace does not hold it yet. One undo reverts both.
     */
    public static Command importCommand(Workspace workspace, Indicator indicator, Command importCommand) {
        IndicatorSet set = (IndicatorSet) indicator.eContainer();
        IndicatorWorkspace root = root(workspace).orElseThrow(() -> new IllegalStateException("no indicators module"));
        if (set == null || set.eContainer() == root) {
            return importCommand;
        }
        CompoundCommand compound = new CompoundCommand(importCommand.getLabel());
        compound.append(AddCommand.create(workspace.editingDomain(), root, IndicatorsPackage.Literals.INDICATOR_WORKSPACE__SETS, set));
        compound.append(importCommand);
        return compound;
    }

    /** The organisation number of the workspace's (first) plan system, or null. */
    public static String organisation(Workspace workspace) {
        return workspace.planSystem().map(PlanSystem::getOrganisation).map(Organisation::getNumber).orElse(null);
    }

    public static String name(Indicator indicator) {
        boolean english = "en".equals(Locale.getDefault().getLanguage());
        String name = english && indicator.getNameEn() != null ? indicator.getNameEn() : indicator.getNameNb();
        if (name == null) {
            name = indicator.getNameEn() != null ? indicator.getNameEn() : indicator.getId();
        }
        return indicator.getCode() == null || indicator.getCode().isEmpty() ? name : indicator.getCode() + " " + name;
    }
}
