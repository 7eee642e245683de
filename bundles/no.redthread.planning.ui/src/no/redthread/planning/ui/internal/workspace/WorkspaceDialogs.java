package no.redthread.planning.ui.internal.workspace;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import no.redthread.planning.ui.internal.Messages;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceProblem;
import no.redthread.workspace.WorkspaceService;

/** The questions and reports around opening and saving, shared by the commands and the start-up. */
final class WorkspaceDialogs {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm").withZone(ZoneId.systemDefault());

    private WorkspaceDialogs() {
    }

    static Shell shell() {
        Display display = Display.getCurrent();
        Shell active = display.getActiveShell();
        return active != null ? active : display.getShells().length > 0 ? display.getShells()[0] : null;
    }

    /** Opens a folder as the workspace: offers crash recovery and reports unreadable files. */
    static void open(WorkspaceService service, Path folder) {
        try {
            service.open(folder);
            offerRecovery(service);
            service.current().ifPresent(WorkspaceDialogs::reportProblems);
        } catch (Exception e) {
            error("error.open", folder, e);
        }
    }

    static void offerRecovery(WorkspaceService service) throws java.io.IOException {
        var autosave = service.recoverableAutosave();
        if (autosave.isEmpty()) {
            return;
        }
        if (MessageDialog.openQuestion(shell(), Messages.get("recover.title"), Messages.get("recover.text", TIME.format(autosave.get())))) {
            service.recover();
        } else {
            service.discardAutosave();
        }
    }

    static void reportProblems(Workspace workspace) {
        List<WorkspaceProblem> problems = workspace.problems();
        if (!problems.isEmpty()) {
            String list = problems.stream().map(WorkspaceProblem::toString).collect(Collectors.joining("\n\n"));
            MessageDialog.openWarning(shell(), Messages.get("problems.title"), Messages.get("problems.text", list));
        }
    }

    /** Saves when there are unsaved changes; false when the save failed (the user was told). */
    static boolean save(WorkspaceService service) {
        try {
            service.save();
            return true;
        } catch (Exception e) {
            error("error.save", service.current().map(Workspace::folder).orElse(null), e);
            return false;
        }
    }

    static void error(String key, Object subject, Exception e) {
        MessageDialog.openError(shell(), Messages.get(key + ".title"), Messages.get(key, subject, e.getMessage() == null ? e.toString() : e.getMessage()));
    }
}
