package no.redthread.planning.ui.internal.wizard;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiPredicate;

import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;

import no.redthread.core.catalogue.Municipality;
import no.redthread.planning.ui.internal.Messages;

/**
 * File → New workspace: choose the municipality, then the folder. Finishing creates the plan-system
 * skeleton with the ten red-thread steps (through the given creator, which reports its own errors).
 */
public final class NewWorkspaceWizard extends Wizard {

    private final MunicipalityPage municipalityPage;
    private final FolderPage folderPage;
    private final BiPredicate<Municipality, Path> creator;

    /** @param creator creates the workspace; returns false when it could not (the wizard stays open) */
    public NewWorkspaceWizard(List<Municipality> municipalities, Path defaultParent, BiPredicate<Municipality, Path> creator) {
        this.creator = creator;
        municipalityPage = new MunicipalityPage(municipalities);
        folderPage = new FolderPage(defaultParent);
        setWindowTitle(Messages.get("wizard.title"));
    }

    @Override
    public void addPages() {
        addPage(municipalityPage);
        addPage(folderPage);
    }

    @Override
    public IWizardPage getNextPage(IWizardPage page) {
        if (page == municipalityPage && municipalityPage.selected() != null) {
            folderPage.propose(municipalityPage.selected().name());
        }
        return super.getNextPage(page);
    }

    @Override
    public boolean canFinish() {
        return municipalityPage.isPageComplete() && folderPage.isPageComplete() && folderPage.getControl() != null;
    }

    @Override
    public boolean performFinish() {
        return creator.test(municipalityPage.selected(), folderPage.folder());
    }

    /** For tests. */
    MunicipalityPage municipalityPage() {
        return municipalityPage;
    }

    FolderPage folderPage() {
        return folderPage;
    }
}
