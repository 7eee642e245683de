package no.redthread.dilemma.matrix.ui.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.workbench.Area;
import no.redthread.workbench.ui.PartDescriptor;
import no.redthread.workbench.ui.PartSite;
import no.redthread.workbench.ui.WorkbenchPart;

@Component(service = PartDescriptor.class, property = "redthread.part.id=" + MatrixDescriptor.ID)
public final class MatrixDescriptor extends DilemmaPartDescriptor {

    public static final String ID = "no.redthread.dilemma.matrix";

    private final MatrixSession session;

    @Activate
    public MatrixDescriptor(@Reference MatrixSession session) {
        super(ID, "matrix.part", Area.CENTER);
        this.session = session;
    }

    @Override
    public WorkbenchPart createPart(PartSite site) {
        return new MatrixPart(session, site);
    }
}
