package no.redthread.planning.ui.internal.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.core.catalogue.Municipality;
import no.redthread.planning.ui.internal.Messages;

/** The new-workspace wizard driven through its real widgets with real mouse and key events (Xvfb). */
class NewWorkspaceWizardTest {

    @TempDir
    Path parent;

    private final List<Object[]> created = new ArrayList<>();
    private Display display;
    private Shell shell;
    private VisibleWizardDialog dialog;
    private NewWorkspaceWizard wizard;
    private UserEvents user;

    @BeforeEach
    void openWizard() throws InterruptedException {
        display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        user = new UserEvents(display);
        shell = new Shell(display);
        wizard = new NewWorkspaceWizard(catalogue(), parent, (municipality, folder) -> {
            created.add(new Object[] {municipality, folder});
            return true;
        });
        dialog = new VisibleWizardDialog(shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.getShell().setBounds(100, 100, 700, 560);
        dialog.getShell().forceActive();
        user.settle(300);
    }

    @AfterEach
    void closeWizard() {
        if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close();
        }
        shell.dispose();
        user.settle(50);
    }

    @Test
    void typingAltaAndChoosing5601ProposesAltaAndTheProposalFollowsTheChoiceAfterBackAndNext() {
        assertFalse(dialog.button(IDialogConstants.FINISH_ID).isEnabled());
        user.click(filter());
        user.type("alta");
        user.waitUntil(() -> rows().contains("5601  Alta"), "typing alta lists 5601 Alta: " + rows());
        clickRow("5601  Alta");
        user.click(dialog.button(IDialogConstants.NEXT_ID));
        user.waitUntil(() -> dialog.getCurrentPage() == wizard.getPage("folder"), "Next shows the folder page");
        assertEquals(parent.resolve("Alta").toString(), folderText().getText());

        user.click(dialog.button(IDialogConstants.BACK_ID));
        chooseByTyping("5501");
        user.click(dialog.button(IDialogConstants.NEXT_ID));
        user.waitUntil(() -> dialog.getCurrentPage() == wizard.getPage("folder"), "Next shows the folder page");
        assertEquals(parent.resolve("Tromsø").toString(), folderText().getText(), "the proposal follows the choice");

        String mine = parent.resolve("mine").toString();
        user.click(folderText());
        user.clear();
        user.type(mine);
        user.waitUntil(() -> folderText().getText().equals(mine), "typed the folder: " + folderText().getText());
        user.click(dialog.button(IDialogConstants.BACK_ID));
        chooseByTyping("5601");
        user.click(dialog.button(IDialogConstants.NEXT_ID));
        assertEquals(mine, folderText().getText(), "a folder written by hand is kept");

        user.click(dialog.button(IDialogConstants.FINISH_ID));
        user.waitUntil(() -> created.size() == 1, "Finish creates the workspace");
        assertEquals("5601", ((Municipality) created.get(0)[0]).number());
        assertEquals(Path.of(mine), created.get(0)[1]);
    }

    @Test
    void thePre2024NumberFindsAltaAndSaysItWasItsNumber() {
        user.click(filter());
        user.type("5403");

        String expected = Messages.get("wizard.municipality.formerly", "5601  Alta", "5403");
        user.waitUntil(() -> rows().equals(List.of(expected)), "5403 lists only Alta: " + rows());
        assertTrue(table().getSelectionIndex() == 0, "the only match is chosen");
        user.click(dialog.button(IDialogConstants.FINISH_ID));
        user.waitUntil(() -> created.size() == 1, "Finish creates the workspace from the first page");
        assertEquals("5601", ((Municipality) created.get(0)[0]).number());
        assertEquals(parent.resolve("Alta"), created.get(0)[1]);
    }

    @Test
    void oldNamesAndNumbersOfMergedAndSplitMunicipalitiesListTodaysWithTheirHistory() {
        user.click(filter());
        user.type("lenvik");
        String senja = Messages.get("wizard.municipality.mergedFrom", "5530  Senja", "1931 Lenvik");
        user.waitUntil(() -> rows().equals(List.of(senja)), "Lenvik lists Senja: " + rows());

        user.clear();
        user.type("1507");
        user.waitUntil(() -> rows().equals(List.of(
                Messages.get("wizard.municipality.splitFrom", "1508  Ålesund", "1507"),
                Messages.get("wizard.municipality.splitFrom", "1580  Haram", "1507 Ålesund"))),
                "1507 lists both parts: " + rows());
        clickRow(rows().get(1));
        user.click(dialog.button(IDialogConstants.NEXT_ID));
        assertEquals(parent.resolve("Haram").toString(), folderText().getText());
    }

    private void chooseByTyping(String number) {
        user.click(filter());
        user.clear();
        user.type(number);
        user.waitUntil(() -> !rows().isEmpty() && rows().get(0).startsWith(number + "  "), "typed " + number);
        clickRow(rows().get(0));
    }

    private void clickRow(String text) {
        int index = rows().indexOf(text);
        assertTrue(index >= 0, text + " is not listed: " + rows());
        TableItem item = table().getItem(index);
        table().showItem(item);
        Rectangle bounds = item.getBounds();
        user.click(table(), bounds.x + 20, bounds.y + bounds.height / 2);
        user.waitUntil(() -> table().getSelectionIndex() == rows().indexOf(text), "clicked " + text);
    }

    private List<String> rows() {
        return Arrays.stream(table().getItems()).map(TableItem::getText).toList();
    }

    private Text filter() {
        return find(wizard.getPage("municipality").getControl(), Text.class);
    }

    private Table table() {
        return find(wizard.getPage("municipality").getControl(), Table.class);
    }

    private Text folderText() {
        return find(wizard.getPage("folder").getControl(), Text.class);
    }

    private static <T extends Control> T find(Control control, Class<T> type) {
        if (type.isInstance(control)) {
            return type.cast(control);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Opens the real WizardDialog and hands out its own buttons (Back, Next, Finish) to click. */
    private static final class VisibleWizardDialog extends WizardDialog {
        VisibleWizardDialog(Shell parent, IWizard wizard) {
            super(parent, wizard);
        }

        Button button(int id) {
            Button button = getButton(id);
            assertNotNull(button, "button " + id);
            assertTrue((button.getStyle() & SWT.PUSH) != 0);
            return button;
        }
    }

    private static CatalogueService catalogue() throws InterruptedException {
        var context = FrameworkUtil.getBundle(NewWorkspaceWizard.class).getBundleContext();
        ServiceTracker<CatalogueService, CatalogueService> tracker = new ServiceTracker<>(context, CatalogueService.class, null);
        tracker.open();
        try {
            return tracker.waitForService(10_000);
        } finally {
            tracker.close();
        }
    }
}
