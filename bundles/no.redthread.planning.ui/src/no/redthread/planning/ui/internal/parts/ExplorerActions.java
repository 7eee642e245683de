package no.redthread.planning.ui.internal.parts;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import no.redthread.model.api.ModelIds;
import no.redthread.model.plan.Goal;
import no.redthread.model.plan.Identified;
import no.redthread.model.plan.Measure;
import no.redthread.model.plan.PlanPackage.Literals;
import no.redthread.model.plan.SdgTarget;
import no.redthread.model.plan.Theme;
import no.redthread.planning.ui.internal.Messages;

/** The Explorer's edits, each one command on the editing domain's stack. */
final class ExplorerActions {

    private ExplorerActions() {
    }

    /** The children a new-child menu offers for an object, as EMF.Edit describes them. */
    static Collection<?> newChildDescriptors(EditingDomain domain, EObject owner) {
        return domain.getNewChildDescriptors(owner, null);
    }

    /**
     * A new child, labelled with its item provider's text ("Nytt mål") for the menu and for Undo,
     * instead of EMF's English command label ("New Nytt mål").
     */
    static Command createChild(EditingDomain domain, EObject owner, Object descriptor) {
        Command command = CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
        if (descriptor instanceof CommandParameter parameter && parameter.getValue() instanceof Identified created
                && created.getId() == null) {
            created.setId(ModelIds.newId(created.eClass().getName()));
        }
        String text = command instanceof CommandActionDelegate delegate ? delegate.getText() : null;
        return text == null ? command : new CommandWrapper(text, command.getDescription(), command);
    }

    static Command delete(EditingDomain domain, List<?> objects) {
        return DeleteCommand.create(domain, objects);
    }

    /** A copy next to the original, with fresh ids so the workspace keeps every id unique. */
    static Command duplicate(EditingDomain domain, EObject original) {
        EObject copy = EcoreUtil.copy(original);
        freshIds(copy);
        EStructuralFeature name = copy.eClass().getEStructuralFeature("name");
        if (name instanceof EAttribute && copy.eGet(name) != null) {
            copy.eSet(name, copy.eGet(name) + " (kopi)");
        }
        EReference containment = original.eContainmentFeature();
        if (containment == null || !containment.isMany()) {
            return null;
        }
        return AddCommand.create(domain, original.eContainer(), containment, copy);
    }

    /** The link a drop makes, as one command that Undo names: a measure follows a goal; a goal addresses an SDG target or a theme. */
    static Command link(EditingDomain domain, Object dragged, Object target) {
        Command add = null;
        if (dragged instanceof Measure measure && target instanceof Goal goal && !measure.getFollows().contains(goal)) {
            add = AddCommand.create(domain, measure, Literals.MEASURE__FOLLOWS, goal);
        } else if (dragged instanceof Goal goal && target instanceof SdgTarget sdgTarget && !goal.getAddressedSdgTargets().contains(sdgTarget)) {
            add = AddCommand.create(domain, goal, Literals.GOAL__ADDRESSED_SDG_TARGETS, sdgTarget);
        } else if (dragged instanceof Goal goal && target instanceof Theme theme && !goal.getAddressedThemes().contains(theme)) {
            add = AddCommand.create(domain, goal, Literals.GOAL__ADDRESSED_THEMES, theme);
        }
        return add == null ? null : new CommandWrapper(Messages.get("explorer.link.label"), null, add);
    }

    private static void freshIds(EObject root) {
        if (root instanceof Identified identified) {
            identified.setId(ModelIds.newId(root.eClass().getName()));
        }
        root.eAllContents().forEachRemaining(child -> {
            if (child instanceof Identified identified) {
                identified.setId(ModelIds.newId(child.eClass().getName()));
            }
        });
    }

    /** The attribute that names an object (name or title), for Rename. */
    static EAttribute nameAttribute(EObject object) {
        for (String candidate : new String[] { "name", "title" }) {
            if (object.eClass().getEStructuralFeature(candidate) instanceof EAttribute attribute) {
                return attribute;
            }
        }
        return null;
    }
}
