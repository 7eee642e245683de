package no.redthread.workbench.ui.internal.parts;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

import no.redthread.workbench.Area;
import no.redthread.workbench.packs.ContentPackReport;
import no.redthread.workbench.ui.MessagePartDescriptor;
import no.redthread.workbench.ui.PartDescriptor;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchPart;
import no.redthread.workbench.ui.internal.Messages;

/** The Plugins view (Tillegg): every bundle, what it contributes and its problems. */
@Component(service = PartDescriptor.class, property = "redthread.part.id=" + PluginsPartDescriptor.ID)
public final class PluginsPartDescriptor extends MessagePartDescriptor {

    public static final String ID = "no.redthread.workbench.plugins";

    private final BundleContext context;
    private final ServiceComponentRuntime scr;
    /** The modules' accounts of their content packs, so this view lists them without knowing the modules. */
    private final List<ContentPackReport> reports = new CopyOnWriteArrayList<>();

    @Activate
    public PluginsPartDescriptor(BundleContext context, @Reference ServiceComponentRuntime scr) {
        super(ID, "plugins.label", "part.category.workbench", Area.BOTTOM, Messages::get);
        this.context = context;
        this.scr = scr;
    }

    @Reference(name = "reports", unbind = "removeReport", cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void addReport(ContentPackReport report) {
        reports.add(report);
    }

    void removeReport(ContentPackReport report) {
        reports.remove(report);
    }

    @Override
    public WorkbenchPart createPart(PartSite site) {
        return new PluginsPart(context, scr, reports, site);
    }
}
