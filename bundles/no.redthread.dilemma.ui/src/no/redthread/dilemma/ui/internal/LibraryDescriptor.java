package no.redthread.dilemma.ui.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.dilemma.ScenarioLibrary;
import no.redthread.workbench.Area;
import no.redthread.workbench.ui.PartDescriptor;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchPart;

@Component(service = PartDescriptor.class, property = "redthread.part.id=" + LibraryDescriptor.ID)
public final class LibraryDescriptor extends DilemmaPartDescriptor {

    public static final String ID = "no.redthread.dilemma.library";

    private final ScenarioLibrary library;
    private final CatalogueService catalogue;
    private final DilemmaSession session;

    @Activate
    public LibraryDescriptor(@Reference ScenarioLibrary library, @Reference CatalogueService catalogue,
            @Reference DilemmaSession session) {
        super(ID, "library.part", Area.LEFT);
        this.library = library;
        this.catalogue = catalogue;
        this.session = session;
    }

    @Override
    public WorkbenchPart createPart(PartSite site) {
        return new LibraryPart(library, new CatalogueNames(catalogue), session, site);
    }
}
