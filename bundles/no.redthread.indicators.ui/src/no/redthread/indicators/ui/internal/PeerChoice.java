package no.redthread.indicators.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

import no.redthread.indicators.analysis.PeerGroup;

/** The combo that chooses which municipalities to compare with, shared by the indicator and compare views. */
final class PeerChoice {

    private static final String CHOICES = "choices";

    private PeerChoice() {
    }

    /** A read-only combo of the peer groups, with "none" (null) first when {@code withNone}; none or ALL is selected. */
    static Combo combo(Composite parent, boolean withNone) {
        Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        List<PeerGroup> choices = new ArrayList<>();
        if (withNone) {
            choices.add(null);
            combo.add(Messages.get("peers.none"));
        }
        for (PeerGroup group : PeerGroup.values()) {
            choices.add(group);
            combo.add(Messages.get("peers." + group.name()));
        }
        combo.setData(CHOICES, choices);
        combo.select(0);
        return combo;
    }

    static PeerGroup selected(Combo combo) {
        List<?> choices = (List<?>) combo.getData(CHOICES);
        int index = combo.getSelectionIndex();
        return index < 0 ? null : (PeerGroup) choices.get(index);
    }

    static void select(Combo combo, PeerGroup group) {
        combo.select(Math.max(0, ((List<?>) combo.getData(CHOICES)).indexOf(group)));
    }
}
