package no.redthread.indicators.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import no.redthread.indicators.IndicatorSets;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.IndicatorSet;
import no.redthread.indicators.model.IndicatorWorkspace;
import no.redthread.indicators.model.IndicatorsFactory;
import no.redthread.indicators.model.IndicatorsPackage;

/**
 * The indicators an import can go to and the one command that applies it: the workspace's indicators, those of
 * every available set the workspace does not hold yet (fresh copies), and new indicators made from a file's content
 * variable, which join the workspace's own set. Shared by the import wizard and the console command.
 *
 * @since 1.2
 */
public final class ImportTargets {

    /** The id of the workspace's own set, which holds the indicators users create. */
    public static final String OWN_SET = "workspace";

    private ImportTargets() {
    }

    /** The workspace's indicators, then those of the available sets it does not hold yet. */
    public static List<Indicator> of(IndicatorWorkspace root, IndicatorSets sets) {
        List<Indicator> targets = new ArrayList<>();
        List<String> present = new ArrayList<>();
        if (root != null) {
            root.getSets().forEach(set -> {
                targets.addAll(set.getIndicators());
                present.add(set.getId());
            });
        }
        if (sets != null) {
            sets.providers().stream().map(p -> p.id()).filter(id -> !present.contains(id))
                    .forEach(id -> sets.createSet(id).ifPresent(set -> targets.addAll(set.getIndicators())));
        }
        return targets;
    }

    /** The target whose code or id is the given one (case-insensitive). */
    public static Optional<Indicator> byCode(List<Indicator> targets, String code) {
        return targets.stream().filter(i -> code.equalsIgnoreCase(i.getCode()) || code.equalsIgnoreCase(i.getId()))
                .findFirst();
    }

    /** A new indicator named after a file's content, in no set yet: {@link #command} puts it into the own set. */
    public static Indicator newIndicator(String name) {
        Indicator indicator = IndicatorsFactory.eINSTANCE.createIndicator();
        indicator.setId("own-" + UUID.randomUUID());
        indicator.setNameNb(name);
        indicator.setNameEn(name);
        return indicator;
    }

    /**
     * The command to execute for an import into {@code indicator}: the import's own command, preceded by adding the
     * indicator's set when the workspace does not hold it yet, or the new indicator to the workspace's own set. One
     * undo reverts all of it.
     */
    public static Command command(EditingDomain domain, IndicatorWorkspace root, Indicator indicator,
            Command importCommand) {
        CompoundCommand compound = new CompoundCommand(importCommand.getLabel());
        if (indicator.eContainer() == null) {
            IndicatorSet own = root.getSets().stream().filter(s -> OWN_SET.equals(s.getId())).findFirst().orElse(null);
            if (own == null) {
                own = ownSet();
                own.getIndicators().add(indicator);
                compound.append(AddCommand.create(domain, root, IndicatorsPackage.Literals.INDICATOR_WORKSPACE__SETS, own));
            } else {
                compound.append(AddCommand.create(domain, own, IndicatorsPackage.Literals.INDICATOR_SET__INDICATORS,
                        indicator));
            }
        } else if (indicator.eContainer() instanceof IndicatorSet set && set.eContainer() != root) {
            compound.append(AddCommand.create(domain, root, IndicatorsPackage.Literals.INDICATOR_WORKSPACE__SETS, set));
        }
        if (compound.isEmpty()) {
            return importCommand;
        }
        compound.append(importCommand);
        return compound;
    }

    private static IndicatorSet ownSet() {
        IndicatorSet set = IndicatorsFactory.eINSTANCE.createIndicatorSet();
        set.setId(OWN_SET);
        set.setNameNb("Egne indikatorer");
        set.setNameEn("Own indicators");
        set.setBuiltIn(false);
        return set;
    }

    /** An indicator's name in the default locale's language, with its code in front when it has one. */
    public static String name(Indicator indicator) {
        boolean english = "en".equals(Locale.getDefault().getLanguage());
        String name = english && indicator.getNameEn() != null ? indicator.getNameEn() : indicator.getNameNb();
        if (name == null) {
            name = indicator.getNameEn() != null ? indicator.getNameEn() : indicator.getId();
        }
        return indicator.getCode() == null || indicator.getCode().isEmpty() ? name : indicator.getCode() + " " + name;
    }
}
