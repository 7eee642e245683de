package no.redthread.workbench.ui.internal.parts;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import no.redthread.workbench.Area;
import no.redthread.workbench.ui.MessagePartDescriptor;
import no.redthread.workbench.ui.PartDescriptor;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchPart;
import no.redthread.workbench.ui.internal.Messages;

/** The first page, Kom i gang: what Redthread is and the first tasks. A first start shows it in front. */
@Component(service = PartDescriptor.class, property = "redthread.part.id=" + WelcomePart.ID)
public final class WelcomePart extends MessagePartDescriptor {

    public static final String ID = "no.redthread.workbench.welcome";

    private final BundleContext context;

    @Activate
    public WelcomePart(BundleContext context) {
        super(ID, "welcome.label", "part.category.workbench", Area.CENTER, Messages::get);
        this.context = context;
    }

    @Override
    public WorkbenchPart createPart(PartSite site) {
        return new GettingStartedPage(context, site);
    }
}
