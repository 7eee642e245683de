package no.redthread.planning.ui.internal.parts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanKind;
import no.redthread.model.plan.PlanPackage.Literals;
import no.redthread.model.plan.PlanStatus;
import no.redthread.planning.ui.internal.Messages;

/** Name, kind, status, election period and adoption date of the plan; edits go through commands. */
final class PlanHeader {

    private final Supplier<EditingDomain> domain;
    private final Predicate<EObject> editable;
    private final Composite area;
    private final Text name;
    private final Combo kind;
    private final Combo status;
    private final Text period;
    private final Text adopted;
    private Plan plan;

    PlanHeader(Composite parent, Supplier<EditingDomain> domain, Predicate<EObject> editable) {
        this.domain = domain;
        this.editable = editable;
        area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(4, false));
        area.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        name = text("plan.name", Literals.PLAN__NAME, 3);
        kind = combo("plan.kind", Literals.PLAN__KIND, PlanKind.VALUES, "kind.");
        status = combo("plan.status", Literals.PLAN__STATUS, PlanStatus.VALUES, "status.");
        period = text("plan.period", Literals.PLAN__ELECTION_PERIOD, 1);
        adopted = new Text(area, SWT.BORDER);
        label("plan.adopted", adopted);
        adopted.setMessage(Messages.get("plan.adopted.format"));
        adopted.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        adopted.addListener(SWT.DefaultSelection, e -> commitDate());
        adopted.addListener(SWT.FocusOut, e -> commitDate());
    }

    void show(Plan shown) {
        plan = shown;
        area.setVisible(shown != null);
        ((GridData) area.getLayoutData()).exclude = shown == null;
        if (shown == null) {
            return;
        }
        name.setText(nonNull(shown.getName()));
        kind.select(PlanKind.VALUES.indexOf(shown.getKind()));
        status.select(PlanStatus.VALUES.indexOf(shown.getStatus()));
        period.setText(nonNull(shown.getElectionPeriod()));
        adopted.setText(shown.getAdoptionDate() == null ? "" : shown.getAdoptionDate().toString());
        boolean canEdit = domain.get() != null && editable.test(shown);
        for (var control : List.of(name, kind, status, period, adopted)) {
            control.setEnabled(canEdit);
        }
    }

    private Text text(String key, EAttribute attribute, int span) {
        Text text = new Text(area, SWT.BORDER);
        label(key, text);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
        Runnable commit = () -> {
            if (plan != null) {
                ModelEdits.set(domain.get(), plan, attribute, text.getText().trim());
            }
        };
        text.addListener(SWT.DefaultSelection, e -> commit.run());
        text.addListener(SWT.FocusOut, e -> commit.run());
        return text;
    }

    private Combo combo(String key, EAttribute attribute, List<? extends Enumerator> values, String prefix) {
        Combo combo = new Combo(area, SWT.READ_ONLY);
        label(key, combo);
        combo.setItems(values.stream().map(v -> Messages.get(prefix + v.getName())).toArray(String[]::new));
        combo.addListener(SWT.Selection, e -> {
            if (plan != null && combo.getSelectionIndex() >= 0) {
                ModelEdits.set(domain.get(), plan, attribute, values.get(combo.getSelectionIndex()));
            }
        });
        return combo;
    }

    private void label(String key, org.eclipse.swt.widgets.Control control) {
        Label label = new Label(area, SWT.NONE);
        label.setText(Messages.get(key));
        label.moveAbove(control);
    }

    private void commitDate() {
        if (plan == null) {
            return;
        }
        String typed = adopted.getText().trim();
        try {
            ModelEdits.set(domain.get(), plan, Literals.PLAN__ADOPTION_DATE, typed.isEmpty() ? null : LocalDate.parse(typed));
        } catch (DateTimeParseException e) {
            adopted.setToolTipText(Messages.get("plan.adopted.invalid", typed));
            adopted.getDisplay().beep();
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
