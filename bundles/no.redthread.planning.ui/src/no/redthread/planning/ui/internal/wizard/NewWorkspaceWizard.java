package no.redthread.planning.ui.internal.wizard;

import java.nio.file.Path;
import java.util.function.BiPredicate;

import org.eclipse.jface.wizard.Wizard;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.core.catalogue.Municipality;
import no.redthread.planning.ui.internal.Messages;

/**
 * File → New workspace: choose the municipality (by today's or an old number or name), then the folder, which is
 * proposed from the municipality chosen. Finishing creates the plan-system skeleton with the ten red-thread steps
 * (through the given creator, which reports its own errors).
 */
public final class NewWorkspaceWizard extends Wizard {

    private final MunicipalityPage municipalityPage;
    private final FolderPage folderPage;
    private final BiPredicate<Municipality, Path> creator;

    /** @param creator creates the workspace; returns false when it could not (the wizard stays open) */
    public NewWorkspaceWizard(CatalogueService catalogue, Path defaultParent, BiPredicate<Municipality, Path> creator) {
        this.creator = creator;
        folderPage = new FolderPage(defaultParent);
        municipalityPage = new MunicipalityPage(new MunicipalitySearch(catalogue),
                municipality -> folderPage.propose(municipality == null ? null : municipality.name()));
        setWindowTitle(Messages.get("wizard.title"));
    }

    @Override
    public void addPages() {
        addPage(municipalityPage);
        addPage(folderPage);
    }

    @Override
    public boolean canFinish() {
        return municipalityPage.isPageComplete() && folderPage.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        return creator.test(municipalityPage.selected(), folderPage.folder());
    }
}
