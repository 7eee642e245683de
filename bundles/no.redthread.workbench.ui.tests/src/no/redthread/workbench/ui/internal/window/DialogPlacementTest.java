package no.redthread.workbench.ui.internal.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import no.redthread.workbench.ui.FilteredListDialog;

/** The window's list dialogs (quick access, show view, open recent) open centred on the window. */
class DialogPlacementTest {

    private final WorkbenchFixture fixture = new WorkbenchFixture();
    private WorkbenchWindow window;

    @BeforeEach
    void openWindow() throws IOException {
        fixture.clearSettings();
        window = fixture.open();
        window.shell().setMaximized(false);
        window.shell().setBounds(60, 40, 1000, 700);
        fixture.pump();
    }

    @AfterEach
    void closeWindows() {
        fixture.closeAll();
    }

    @Test
    void quickAccessAndShowViewOpenCentredOnTheWindow() {
        window.runCommand(BuiltInCommands.QUICK_ACCESS);
        window.runCommand("no.redthread.workbench.showView");

        assertEquals(2, fixture.dialogOffsets.size(), "both dialogs opened: " + fixture.dialogTitles);
        for (Point offset : fixture.dialogOffsets) {
            assertTrue(Math.abs(offset.x) <= 2 && Math.abs(offset.y) <= 2, "centre of the dialog off the window's by " + offset);
        }
    }

    @Test
    void aCommandLabelAsTitleLosesItsMnemonicAndEllipsis() {
        // Over a shell of its own, so that the fixture does not close it while it is looked at.
        Shell parent = new Shell(window.shell().getDisplay());
        parent.setBounds(100, 80, 900, 600);
        parent.open();
        FilteredListDialog dialog = new FilteredListDialog(parent, "Åpne &nylig brukt …", List.of());
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            assertEquals("Åpne nylig brukt", dialog.getShell().getText());
            Point offset = WorkbenchFixture.centreOffset(dialog.getShell(), parent);
            assertTrue(Math.abs(offset.x) <= 2 && Math.abs(offset.y) <= 2, "centre of the dialog off its parent's by " + offset);
        } finally {
            dialog.close();
            parent.dispose();
        }
    }
}
