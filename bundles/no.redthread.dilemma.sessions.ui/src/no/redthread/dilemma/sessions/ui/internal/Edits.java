package no.redthread.dilemma.sessions.ui.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;

/** Runs the editor's changes as commands on the current workspace's stack, so Undo/Redo cover them. */
final class Edits {

    private final WorkspaceService workspaces;

    Edits(WorkspaceService workspaces) {
        this.workspaces = workspaces;
    }

    Optional<Workspace> workspace() {
        return workspaces.current();
    }

    EditingDomain domain() {
        return workspaces.current().orElseThrow(() -> new IllegalStateException("no workspace is open"))
                .editingDomain();
    }

    /** Executes the command; returns its first result (the added object of an add command), if any. */
    Object run(Command command) {
        domain().getCommandStack().execute(command);
        return command.getResult().stream().findFirst().orElse(null);
    }

    /** Sets a feature the session API has no command for, unless it already has that value. */
    void set(EObject owner, EStructuralFeature feature, Object value, String labelKey) {
        if (owner == null || Objects.equals(owner.eGet(feature), value)) {
            return;
        }
        Command set = SetCommand.create(domain(), owner, feature, value);
        run(new CompoundCommand(Messages.get(labelKey), List.of(set)));
    }
}
