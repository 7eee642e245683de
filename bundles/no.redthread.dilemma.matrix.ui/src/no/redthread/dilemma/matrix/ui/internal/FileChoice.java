package no.redthread.dilemma.matrix.ui.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** The file dialog of the dilemma views; tests put their own chooser in its place. */
interface FileChoice {

    /** The chosen file, or empty when cancelled. */
    Optional<Path> choose(Shell shell, boolean save, String proposedName, String extension);

    FileChoice DIALOG = (shell, save, proposedName, extension) -> {
        FileDialog dialog = new FileDialog(shell, save ? SWT.SAVE : SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*." + extension, "*" });
        if (save) {
            dialog.setFileName(proposedName);
            dialog.setOverwrite(true);
        }
        String chosen = dialog.open();
        if (chosen == null) {
            return Optional.empty();
        }
        Path file = Path.of(chosen);
        boolean named = file.getFileName().toString().contains(".");
        return Optional.of(named || !save ? file : file.resolveSibling(file.getFileName() + "." + extension));
    };
}
