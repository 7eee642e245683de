package no.redthread.indicators.ui.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import no.redthread.core.catalogue.SdgEntry;
import no.redthread.core.catalogue.SdgTargetEntry;
import no.redthread.core.catalogue.ThemeEntry;
import no.redthread.indicators.analysis.RollUps;
import no.redthread.model.plan.Sdg;
import no.redthread.model.plan.SdgTarget;
import no.redthread.model.plan.Theme;

/**
 * What a workbench selection says about the dashboard: a theme (a plan-model {@link Theme}, whose id is the catalogue
 * theme id) filters per theme; an SDG (a plan-model {@link Sdg}, or the goal of an {@link SdgTarget}) filters per SDG.
 * The catalogue's entries count alike. Null when the selection says neither.
 */
record DashboardFocus(DashboardGrouping grouping, String group) {

    /** The focus of the first element of the selection that names a theme or an SDG, else null. */
    static DashboardFocus of(List<?> selection) {
        for (Object selected : selection == null ? List.of() : selection) {
            DashboardFocus focus = of(selected);
            if (focus != null) {
                return focus;
            }
        }
        return null;
    }

    static DashboardFocus of(Object selected) {
        if (selected instanceof Theme theme) {
            return theme(theme.getId());
        }
        if (selected instanceof ThemeEntry entry) {
            return theme(entry.id());
        }
        int goal = 0;
        if (selected instanceof Sdg sdg) {
            goal = sdg.getNumber() > 0 ? sdg.getNumber() : RollUps.goalOf(sdg.getId());
        } else if (selected instanceof SdgTarget target) {
            goal = goalOf(target);
        } else if (selected instanceof SdgEntry entry) {
            goal = entry.number();
        } else if (selected instanceof SdgTargetEntry entry) {
            goal = entry.goal();
        }
        return goal >= 1 && goal <= 17 ? new DashboardFocus(DashboardGrouping.SDG, DashboardGrouping.sdgKey(goal)) : null;
    }

    /** A target's goal: from its code ("3.4"), else its id ("sdg-3.4"), else the SDG that holds it. */
    private static int goalOf(SdgTarget target) {
        int goal = RollUps.goalOf(target.getCode());
        goal = goal > 0 ? goal : RollUps.goalOf(target.getId());
        EObject container = target.eContainer();
        return goal > 0 || !(container instanceof Sdg sdg) ? goal : sdg.getNumber();
    }

    private static DashboardFocus theme(String id) {
        return id == null || id.isBlank() ? null : new DashboardFocus(DashboardGrouping.THEME, id);
    }
}
