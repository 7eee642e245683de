package no.redthread.plugins.ui.internal;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.plugins.PluginInstaller;
import no.redthread.workbench.Area;
import no.redthread.workbench.ui.MessagePartDescriptor;
import no.redthread.workbench.ui.PartDescriptor;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchPart;

/**
 * <i>Tilleggsdepoter</i>, beside <i>Tillegg</i> in the bottom area: the workbench lists the bundles, this part
 * fetches new ones, so the window bundle needs no knowledge of repositories.
 */
@Component(service = PartDescriptor.class, property = "redthread.part.id=" + RepositoriesPartDescriptor.ID)
public final class RepositoriesPartDescriptor extends MessagePartDescriptor {

    public static final String ID = "no.redthread.plugins.repositories";

    private final PluginInstaller installer;
    private final BundleContext context;

    @Activate
    public RepositoriesPartDescriptor(@Reference PluginInstaller installer, BundleContext context) {
        super(ID, "part.label", "part.category", Area.BOTTOM, Messages::get);
        this.installer = installer;
        this.context = context;
    }

    @Override
    public WorkbenchPart createPart(PartSite site) {
        return new RepositoriesPart(installer, context, site);
    }
}
