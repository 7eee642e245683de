package no.redthread.funding.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import no.redthread.workbench.CommandContribution;

/**
 * An export command: a save dialog proposing a file name, the write, and an error naming the file when it fails (the
 * file is then as it was: the export writes atomically).
 */
abstract class FileExport implements CommandContribution {

    /** The file the user chose, or empty when cancelled. */
    interface Chooser {
        Optional<Path> choose(Shell shell, String title, String proposedName, String extension);
    }

    private Chooser chooser = FileExport::askForFile;

    /** What an export writes; throws with the reason when it cannot. */
    interface Writer {
        void write(Path file) throws IOException;
    }

    @Override
    public MenuLocation menu() {
        return MenuLocation.FILE;
    }

    /** The proposed file name with its extension, e.g. "Virkemidler.csv". */
    abstract String proposedName();

    abstract String extension();

    /** The write, or empty with a message when there is nothing to export. */
    abstract Optional<Writer> writer(Shell shell);

    @Override
    public void execute() {
        Shell shell = Display.getCurrent() == null ? null : Display.getCurrent().getActiveShell();
        String title = label().replace("&", "").replace("\u2026", "").trim();
        Optional<Writer> writer = writer(shell);
        if (writer.isEmpty()) {
            return;
        }
        chooser.choose(shell, title, proposedName(), extension()).ifPresent(file -> write(file, writer.get())
                .ifPresent(problem -> MessageDialog.openError(shell, title, problem)));
    }

    /** Writes the file; the problem in words naming the file when it fails. */
    static Optional<String> write(Path file, Writer writer) {
        try {
            writer.write(file);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(Messages.get("export.failed", file, e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    void setChooser(Chooser newChooser) {
        chooser = newChooser;
    }

    private static Optional<Path> askForFile(Shell shell, String title, String proposedName, String extension) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(title);
        dialog.setFileName(proposedName);
        dialog.setFilterExtensions(new String[] {"*." + extension, "*"});
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return Optional.empty();
        }
        Path file = Path.of(chosen);
        return Optional.of(file.getFileName().toString().contains(".") ? file : file.resolveSibling(file.getFileName() + "." + extension));
    }
}
