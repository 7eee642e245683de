package no.redthread.dilemma.matrix.ui.internal;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.dilemma.matrix.MatrixCsvException;
import no.redthread.workbench.CommandContribution;

/** File → Open an interaction matrix (CSV): a participant's layer, or a new matrix when its items differ. */
@Component(service = CommandContribution.class)
public final class OpenMatrixCommand implements CommandContribution {

    public static final String ID = "no.redthread.dilemma.openMatrix";

    private final MatrixSession session;

    @Activate
    public OpenMatrixCommand(@Reference MatrixSession session) {
        this.session = session;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return Messages.get("command.open");
    }

    @Override
    public MenuLocation menu() {
        return MenuLocation.FILE;
    }

    @Override
    public void execute() {
        Shell shell = Display.getCurrent() == null ? null : Display.getCurrent().getActiveShell();
        FileChoice.DIALOG.choose(shell, false, "", "csv").ifPresent(file -> {
            try {
                MatrixFiles.open(session, file);
            } catch (MatrixCsvException e) {
                MessageDialog.openError(shell, Messages.get("matrix.openFailed"), e.getMessage());
            }
        });
    }
}
