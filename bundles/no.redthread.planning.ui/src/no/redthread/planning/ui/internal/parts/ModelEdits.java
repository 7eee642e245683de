package no.redthread.planning.ui.internal.parts;

import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/** Every change goes through the editing domain's command stack, so Undo/Redo see it. */
final class ModelEdits {

    private ModelEdits() {
    }

    /** Sets a feature when the value differs; returns whether a command ran. */
    static boolean set(EditingDomain domain, EObject owner, EStructuralFeature feature, Object value) {
        if (Objects.equals(owner.eGet(feature), value)) {
            return false;
        }
        Command command = SetCommand.create(domain, owner, feature, value);
        if (!command.canExecute()) {
            return false;
        }
        domain.getCommandStack().execute(command);
        return true;
    }
}
