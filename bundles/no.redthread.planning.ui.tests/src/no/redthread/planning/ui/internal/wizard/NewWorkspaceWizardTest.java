package no.redthread.planning.ui.internal.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.core.catalogue.Municipality;

class NewWorkspaceWizardTest {

    @TempDir
    Path parent;

    @Test
    void typingNarrowsThe357MunicipalitiesAndFinishingCreatesTheWorkspace() throws InterruptedException {
        List<Municipality> all = catalogue().municipalities();
        assertEquals(357, all.size());
        List<Object[]> created = new ArrayList<>();
        Display display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        Shell shell = new Shell(display);
        NewWorkspaceWizard wizard = new NewWorkspaceWizard(all, parent, (municipality, folder) -> {
            created.add(new Object[] { municipality, folder });
            return true;
        });
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            assertFalse(wizard.canFinish());
            wizard.municipalityPage().type("røros");
            assertEquals("5025", wizard.municipalityPage().selected().number());
            wizard.municipalityPage().type("5001");
            assertEquals("Trondheim", wizard.municipalityPage().selected().shortName().split(" ")[0]);

            dialog.showPage(wizard.getNextPage(wizard.municipalityPage()));
            assertTrue(wizard.folderPage().folder().startsWith(parent));
            assertTrue(wizard.canFinish());
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
            shell.dispose();
        }
        assertEquals(1, created.size());
        assertEquals("5001", ((Municipality) created.get(0)[0]).number());
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
